package vn.ocop.portal.registry;

/**
 * Where an annual update stands. A representative's update is {@link #SUBMITTED} and waits for an
 * officer, who accepts it or returns it with a reason; the representative corrects a
 * {@link #RETURNED} update and submits it again. An update an officer enters or corrects is
 * {@link #ACCEPTED} at once. An accepted update is changed only by officers.
 */
public enum AnnualUpdateStatus {

	/** Submitted by the organisation's representative, waiting for review (đã gửi, chờ duyệt). */
	SUBMITTED,
	/** Accepted by an officer, or entered by one (đã tiếp nhận). */
	ACCEPTED,
	/** Returned to the representative for correction, with a reason (trả lại để bổ sung). */
	RETURNED;

	public String messageKey() {
		return "registry.update.status." + name();
	}

}
