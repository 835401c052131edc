package vn.ocop.portal.importing;

import java.time.Instant;
import java.util.List;

/**
 * An import job as pages, the API and the command line show it.
 *
 * @param phase           {@code CHECKING} or {@code STORING} while running, else null
 * @param progressPercent 0–100: the check pass fills the first half, the store pass the second
 * @param rowsTotal       data rows of the file, known once the check pass is over (0 before)
 * @param rowsProcessed   rows checked (check pass) or stored (store pass)
 * @param problemCount    all problems found; at most {@code ocop.importing.max-problems} are kept
 * @param sheets          per sheet: rows, and once stored, created/updated/unchanged
 * @param failureKey      why the job failed other than by row problems (message key), else null
 */
public record ImportJobView(ImportJobId id, String fileName, String format, String sha256, long sizeBytes,
		String submittedBy, Instant submittedAt, ImportStatus status, String phase, int progressPercent, long rowsTotal,
		long rowsProcessed, long problemCount, List<SheetSummary> sheets, String failureKey, List<String> failureArgs,
		Instant finishedAt) {

	public ImportJobView {
		sheets = sheets == null ? List.of() : List.copyOf(sheets);
		failureArgs = failureArgs == null ? List.of() : List.copyOf(failureArgs);
	}

	public boolean isFinished() {
		return status.isFinished();
	}

	public boolean succeeded() {
		return status == ImportStatus.SUCCEEDED;
	}

	/** Created, updated and unchanged rows over all sheets. */
	public StoreCounts totals() {
		return sheets.stream()
			.map(sheet -> new StoreCounts(sheet.created(), sheet.updated(), sheet.unchanged()))
			.reduce(StoreCounts.NONE, StoreCounts::plus);
	}

}
