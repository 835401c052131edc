package vn.ocop.portal.units;

/**
 * The back office's "open a unit" form: a unit code (typed, or chosen with the picker) and the
 * date the page shows.
 */
record UnitLookupForm(String code, String date) {

	static UnitLookupForm empty(String date) {
		return new UnitLookupForm("", date);
	}

}
