package vn.ocop.portal.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of a job and writes them to {@code import_problem} in batches, so a file
 * full of bad rows does not fill the memory. Keeps the first {@code max} problems and counts all.
 */
final class ProblemSink {

	private static final int BATCH = 500;

	private final ImportJobs jobs;

	private final ImportJobId job;

	private final int max;

	private final List<ImportProblem> buffer = new ArrayList<>();

	private long count;

	private int kept;

	private int written;

	ProblemSink(ImportJobs jobs, ImportJobId job, int max) {
		this.jobs = jobs;
		this.job = job;
		this.max = max;
	}

	void add(ImportProblem problem) {
		count++;
		if (kept < max) {
			buffer.add(problem);
			kept++;
			if (buffer.size() >= BATCH) {
				flush();
			}
		}
	}

	void addAll(List<ImportProblem> problems) {
		problems.forEach(this::add);
	}

	void flush() {
		if (!buffer.isEmpty()) {
			jobs.addProblems(job, written, buffer);
			written += buffer.size();
			buffer.clear();
		}
	}

	long count() {
		return count;
	}

}
