package vn.ocop.portal.units;

/** How many districts and communes lie in a province on a date. */
public record UnitCounts(int districts, int communes) {

	public static final UnitCounts NONE = new UnitCounts(0, 0);

}
