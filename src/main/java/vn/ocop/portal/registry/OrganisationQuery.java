package vn.ocop.portal.registry;

import java.time.LocalDate;

/**
 * What a list of organisations asks for; every filter is optional (null: no filter).
 *
 * @param kind         cooperative group, cooperative or union
 * @param status       the status on {@code date} (the current status without a date)
 * @param unitCode     a province, district or commune code: organisations whose unit lay in it on
 *                     {@code date} (today without a date)
 * @param date         the day the list describes: only organisations registered by then, with
 *                     their status and unit on that day; null: today, every organisation
 * @param sector       sector
 * @param year         a reporting year: with {@code updateStatus}, filters by that year's update
 * @param updateStatus the state of the year's update ({@link UpdateFilter#ANY} when only the year is given)
 * @param text         words to find in the name, registration number, tax code or code, with or
 *                     without diacritics ("hop tac xa dong tam" finds "Hợp tác xã Đồng Tâm")
 * @param sort         the order of the list
 * @param page         page number from 0
 * @param size         rows per page (1..200)
 */
public record OrganisationQuery(OrganisationKind kind, OrganisationStatus status, String unitCode, LocalDate date,
		Sector sector, Integer year, UpdateFilter updateStatus, String text, Order sort, int page, int size) {

	public static final int MAX_PAGE_SIZE = 200;

	public static final int MAX_TEXT = 100;

	/** The state of an organisation's update for the chosen year. */
	public enum UpdateFilter {
		ANY, MISSING, SUBMITTED, ACCEPTED, RETURNED;

		public String messageKey() {
			return "registry.list.update." + name();
		}
	}

	/** Orders of the list: by name in Vietnamese order, by registration date (newest first), by unit code. */
	public enum Order {
		NAME, REGISTRATION_DATE, UNIT;

		public String messageKey() {
			return "registry.list.sort." + name();
		}
	}

	public OrganisationQuery {
		unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
		text = text == null || text.isBlank() ? null : text.strip();
		if (text != null && text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT);
		}
		sort = sort == null ? Order.NAME : sort;
		page = Math.max(0, page);
		size = size < 1 ? 25 : Math.min(size, MAX_PAGE_SIZE);
		if (updateStatus != null && year == null) {
			updateStatus = null;
		}
		if (year != null && updateStatus == null) {
			updateStatus = UpdateFilter.ANY;
		}
	}

	/** Everything, first page of 25, by name. */
	public static OrganisationQuery all() {
		return new OrganisationQuery(null, null, null, null, null, null, null, null, Order.NAME, 0, 25);
	}

	public OrganisationQuery withText(String words) {
		return new OrganisationQuery(kind, status, unitCode, date, sector, year, updateStatus, words, sort, page, size);
	}

	public OrganisationQuery withPage(int number) {
		return new OrganisationQuery(kind, status, unitCode, date, sector, year, updateStatus, text, sort, number, size);
	}

}
