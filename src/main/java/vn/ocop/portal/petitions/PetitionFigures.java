package vn.ocop.portal.petitions;

/**
 * Petition indicators of one department (or of all, {@code departmentCode} null) for one year
 * (domain §6, glossary "Đối thoại và kiến nghị"): petitions received that year, those answered,
 * those answered by their deadline, those still unanswered after it, and those whose answer is published.
 *
 * @param departmentCode the lead department's code; null for petitions not yet assigned, or for a total
 * @param departmentName its name in the requested language (empty for a total)
 */
public record PetitionFigures(String departmentCode, String departmentName, int year, long received, long answered,
		long answeredOnTime, long overdue, long published) {

	/** Share of answered petitions answered on time, in percent (0 when none was answered). */
	public long onTimePercent() {
		return answered == 0 ? 0 : Math.round(100.0 * answeredOnTime / answered);
	}

}
