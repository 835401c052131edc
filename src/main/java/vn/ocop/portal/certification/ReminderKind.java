package vn.ocop.portal.certification;

/** Reminders to the holder and officers: the re-rating window has opened; it closes soon. */
enum ReminderKind {

	WINDOW_OPEN, WINDOW_CLOSING;

	public String messageKey() {
		return "certification.reminder." + name();
	}

}
