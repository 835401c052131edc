package vn.ocop.portal.importing;

import java.util.List;

/**
 * An import stored its file: every row of every sheet, in one transaction (the event is published
 * in it, once per import, never per row).
 *
 * @param job    the import job
 * @param sheets the names of the sheets stored (e.g. {@code to-chuc}, {@code chung-nhan})
 * @param rows   the data rows read
 */
public record ImportSucceeded(ImportJobId job, List<String> sheets, long rows) {

	public ImportSucceeded {
		sheets = List.copyOf(sheets);
	}

}
