package vn.ocop.portal.units;

/**
 * What loading one unit set did.
 *
 * @param set          the set
 * @param loaded       false when the set had been loaded before (nothing done)
 * @param provinces    province rows added
 * @param districts    district rows added
 * @param communes     commune rows added
 * @param amendments   amendments applied (each closes a row and opens one)
 * @param successions  successions added
 * @param closedRows   rows of earlier sets closed by a complete national list
 */
public record UnitSetLoadResult(UnitSetDefinition set, boolean loaded, int provinces, int districts, int communes,
		int amendments, int successions, int closedRows) {

	static UnitSetLoadResult alreadyLoaded(UnitSetDefinition set) {
		return new UnitSetLoadResult(set, false, 0, 0, 0, 0, 0, 0);
	}

	/** Rows of the file that were stored. */
	public int rows() {
		return provinces + districts + communes + amendments + successions;
	}

}
