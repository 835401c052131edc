package vn.ocop.portal.importing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The JSON of the imports API ({@code /api/v1/imports}). */
final class ImportJson {

	private ImportJson() {
	}

	/** The answer to an upload: 202 Accepted with the job's location. */
	record Submitted(String id, ImportStatus status, String location) {
	}

	/** One job: status, progress, counts, and its first problems. */
	record Job(String id, String fileName, String format, String sha256, long sizeBytes, String submittedBy,
			Instant submittedAt, Instant finishedAt, ImportStatus status, String statusText, boolean finished, String phase,
			int progressPercent, String progressText, long rowsTotal, long rowsProcessed, long problemCount,
			List<Sheet> sheets, String failure, List<Problem> firstProblems, String problemsUrl) {

		static Job of(ImportJobView job, List<ImportProblem> firstProblems, ImportMessages messages, Locale locale,
				String progressText) {
			return new Job(job.id().toString(), job.fileName(), job.format(), job.sha256(), job.sizeBytes(), job.submittedBy(),
					job.submittedAt(), job.finishedAt(), job.status(), messages.text(job.status().messageKey(), null, locale),
					job.isFinished(), job.phase(), job.progressPercent(), progressText, job.rowsTotal(), job.rowsProcessed(),
					job.problemCount(), job.sheets().stream().map(sheet -> Sheet.of(sheet, messages, locale)).toList(),
					job.failureKey() == null ? null : messages.failure(job, locale),
					firstProblems.stream().map(problem -> Problem.of(problem, messages, locale)).toList(),
					"/api/v1/imports/" + job.id() + "/problems");
		}

	}

	record Sheet(String sheet, String title, long rows, long created, long updated, long unchanged) {

		static Sheet of(SheetSummary sheet, ImportMessages messages, Locale locale) {
			return new Sheet(sheet.sheet(), messages.text(sheet.title(), null, locale), sheet.rows(), sheet.created(),
					sheet.updated(), sheet.unchanged());
		}

	}

	/** A problem with its reason in the request's language, and the key and arguments it came from. */
	record Problem(String sheet, Integer row, String column, String value, String message, String messageKey,
			List<String> args) {

		static Problem of(ImportProblem problem, ImportMessages messages, Locale locale) {
			return new Problem(problem.sheet(), problem.row(), problem.column(), problem.value(),
					messages.problem(problem, locale), problem.messageKey(), problem.args());
		}

	}

	/** A page of problems; {@code page} from 0. */
	record ProblemPage(String jobId, int page, int size, long totalElements, int totalPages, long problemCount,
			List<Problem> problems) {
	}

}
