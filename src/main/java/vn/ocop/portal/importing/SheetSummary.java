package vn.ocop.portal.importing;

/**
 * What happened to one sheet of an import: its data rows, and once stored how many rows were
 * created, updated and unchanged.
 *
 * @param sheet the sheet's definition name, e.g. {@code to-chuc}
 * @param title message key of the sheet's title
 */
public record SheetSummary(String sheet, String title, long rows, long created, long updated, long unchanged) {

	SheetSummary stored(StoreCounts counts) {
		return new SheetSummary(sheet, title, rows, counts.created(), counts.updated(), counts.unchanged());
	}

}
