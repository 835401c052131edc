package vn.ocop.portal.importing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.identity.ScopedUser;

/**
 * Runs one import job, in the calling thread: two passes over the file.
 * <ol>
 * <li><b>Check</b>: every sheet the file has is matched to a {@link SheetImporter} (an unknown
 * sheet, or one the user may not import, is a problem), then streamed in import order: header,
 * then each row parsed, its key registered and checked. Problems go to {@code import_problem} as
 * they are found. Any problem: the job fails and nothing is stored.</li>
 * <li><b>Store</b>, only for a clean file: the file is streamed again and every row stored in
 * batches ({@link SheetImporter#store}) or, for sheets with a {@link StagedStore}, copied with
 * PostgreSQL's COPY into a staging table and upserted at once, in ONE transaction, behind a cluster-wide advisory lock (two imports never store at the
 * same time). Any exception rolls back everything; the job fails with the sheet and rows of the
 * batch that failed. The job's success and its audit entry commit with the data.</li>
 * </ol>
 * Progress goes to {@code import_job} every {@code ocop.importing.progress-every} rows, in its own
 * short transaction, so every node's pages see it. The temporary file is deleted at the end.
 */
@Component
class ImportEngine {

	private static final Logger log = LoggerFactory.getLogger(ImportEngine.class);

	static final String MODULE = "importing";

	static final String ENTITY = "ImportJob";

	private final ImportSheets sheets;

	private final ImportJobs jobs;

	private final ImportFiles files;

	private final Auditor auditor;

	private final ImportingProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate storeTransaction;

	private final TransactionTemplate ownTransaction;

	private final DataSource dataSource;

	ImportEngine(ImportSheets sheets, ImportJobs jobs, ImportFiles files, Auditor auditor, ImportingProperties properties,
			Clock clock, PlatformTransactionManager transactions, DataSource dataSource, ApplicationEventPublisher events) {
		this.dataSource = dataSource;
		this.sheets = sheets;
		this.jobs = jobs;
		this.files = files;
		this.auditor = auditor;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
		this.storeTransaction = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Runs the queued job to its end (succeeded or failed) and deletes the file. */
	void run(ImportJobId id, ImportFile file, ScopedUser user) {
		try {
			if (!jobs.start(id)) {
				log.warn("Import {} is no longer queued; not run", id);
				return;
			}
			new Run(id, file, user).execute();
		}
		catch (RuntimeException | Error unexpected) {
			log.error("Import {} ({}) failed unexpectedly", id, file.name(), unexpected);
			failWithoutProblems(id, file, List.of(), 0, "importing.failure.unexpected", List.of(id.toString()));
		}
		finally {
			files.discard(file);
		}
	}

	/** Fails the job for a reason other than row problems, and audits it, in a transaction of its own. */
	private void failWithoutProblems(ImportJobId id, ImportFile file, List<SheetSummary> summary, long rows, String key,
			List<String> args) {
		ownTransaction.executeWithoutResult(status -> {
			if (jobs.fail(id, rows, 0, summary, key, args)) {
				auditor.record(audit(id, file, "IMPORT_FAILED", ImportStatus.FAILED, rows, 0, summary, key));
			}
		});
	}

	static AuditRecord audit(ImportJobId id, ImportFile file, String action, ImportStatus status, long rows, long problems,
			List<SheetSummary> summary, String failure) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("file", file.name());
		values.put("sha256", file.sha256());
		values.put("size", file.size());
		values.put("format", file.format().name());
		values.put("status", status.name());
		values.put("rows", rows);
		values.put("problems", problems);
		values.put("sheets", summary);
		if (failure != null) {
			values.put("failure", failure);
		}
		return new AuditRecord(MODULE, ENTITY, id.toString(), action, null, values);
	}

	/** The sheets of a file, matched to their importers, in import order. */
	private record Plan(SheetImporter<?> importer, String sheetName) {
	}

	/** One failed batch: which sheet, which rows. */
	private static final class StoreFailed extends RuntimeException {

		final String sheet;

		final int firstRow;

		final int lastRow;

		StoreFailed(String sheet, int firstRow, int lastRow, Throwable cause) {
			super(cause);
			this.sheet = sheet;
			this.firstRow = firstRow;
			this.lastRow = lastRow;
		}

	}

	/** The state of one job while it runs. */
	private final class Run {

		private final ImportJobId id;

		private final ImportFile file;

		private final ScopedUser user;

		private final ProblemSink problems;

		private final FileImportContext context;

		private final Map<String, SheetSummary> summary = new LinkedHashMap<>();

		private long rows;

		private long stored;

		private long reported;

		private long totalBytes;

		Run(ImportJobId id, ImportFile file, ScopedUser user) {
			this.id = id;
			this.file = file;
			this.user = user;
			this.problems = new ProblemSink(jobs, id, properties.maxProblems());
			this.context = new FileImportContext(id, user, LocalDate.now(clock), sheets);
		}

		void execute() {
			try (SheetSource source = open()) {
				List<Plan> plans = plan(source);
				totalBytes = Math.max(1, source.size(plans.stream().map(Plan::sheetName).toList()));
				for (Plan plan : plans) {
					check(source, plan.importer(), plan.sheetName());
				}
				if (problems.count() == 0 && rows == 0) {
					problems.add(ImportProblem.ofFile("importing.problem.noRows", file.name()));
				}
				if (problems.count() > 0) {
					failWithProblems();
					return;
				}
				store(source, plans);
			}
			catch (SheetSource.UnreadableFile unreadable) {
				log.info("Import {}: {} cannot be read", id, file.name(), unreadable);
				problems.add(new ImportProblem("", unreadable.row, null, null, unreadable.messageKey, ImportProblem.arguments(file.name())));
				failWithProblems();
			}
		}

		private SheetSource open() {
			if (file.format() == FileFormat.XLSX) {
				return new XlsxSource(file.path());
			}
			String sheet = file.csvSheet() != null ? file.csvSheet()
					: sheets.forCsvFileName(file.name()).map(importer -> importer.definition().name()).orElse(null);
			if (sheet == null) {
				problems.add(ImportProblem.ofFile("importing.problem.csvSheetUnknown", file.name(), sheetNames()));
				return new CsvSource(file.path(), "");
			}
			return new CsvSource(file.path(), sheet);
		}

		/** Matches every sheet of the file to an importer; problems for unknown, doubled and forbidden sheets. */
		private List<Plan> plan(SheetSource source) {
			Map<SheetImporter<?>, String> found = new LinkedHashMap<>();
			for (String name : source.sheetNames()) {
				if (name.isEmpty() || ImportSheets.isInstructions(name)) {
					continue;
				}
				SheetImporter<?> importer = sheets.find(name).orElse(null);
				if (importer == null) {
					problems.add(ImportProblem.ofSheet(name, null, "importing.problem.unknownSheet", name, sheetNames()));
				}
				else if (found.containsKey(importer)) {
					problems.add(ImportProblem.ofSheet(name, null, "importing.problem.duplicateSheet", name, found.get(importer),
							importer.definition().name()));
				}
				else if (!importer.mayImport(user)) {
					problems.add(ImportProblem.ofSheet(name, null, "importing.problem.sheetNotAllowed", name));
					found.put(importer, name);
				}
				else {
					found.put(importer, name);
				}
			}
			return sheets.all().stream()
				.filter(found::containsKey)
				.filter(importer -> importer.mayImport(user))
				.map(importer -> new Plan(importer, found.get(importer)))
				.toList();
		}

		private <R> void check(SheetSource source, SheetImporter<R> importer, String sheetName) {
			SheetDefinition definition = importer.definition();
			SheetLayout layout = new SheetLayout(definition, sheetName, source.values());
			long[] sheetRows = { 0 };
			source.read(sheetName, (number, cells) -> {
				if (!layout.hasHeader()) {
					problems.addAll(layout.header(number, cells));
					if (layout.unreadable()) {
						throw new SheetSource.StopReading();
					}
					return;
				}
				ImportProblem stray = layout.strayValue(number, cells);
				if (stray != null) {
					problems.add(stray);
				}
				ImportRow row = layout.row(number, cells);
				if (row == null) {
					return;
				}
				sheetRows[0]++;
				rows++;
				RowProblems rowProblems = row.problems();
				R parsed = importer.parse(row, rowProblems);
				if (rowProblems.isEmpty()) {
					String key = importer.key(parsed);
					Integer earlier = key == null ? null : context.register(definition.name(), key, number);
					if (earlier != null) {
						rowProblems.addProblem(new ImportProblem(sheetName, number, keyColumns(definition, row), key,
								"importing.problem.duplicateKey", ImportProblem.arguments(key, earlier)));
					}
					else {
						importer.check(parsed, context, rowProblems);
					}
				}
				problems.addAll(rowProblems.list());
				if (rows % properties.progressEvery() == 0) {
					jobs.progress(id, "CHECKING", (int) Math.min(49, source.bytesRead() * 50 / totalBytes), 0, rows);
				}
			});
			summary.put(definition.name(), new SheetSummary(definition.name(), definition.titleKey(), sheetRows[0], 0, 0, 0));
			jobs.progress(id, "CHECKING", (int) Math.min(49, source.bytesRead() * 50 / totalBytes), 0, rows);
		}

		private void failWithProblems() {
			problems.flush();
			List<SheetSummary> sheetsSummary = List.copyOf(summary.values());
			ownTransaction.executeWithoutResult(status -> {
				if (jobs.fail(id, rows, problems.count(), sheetsSummary, null, List.of())) {
					auditor.record(audit(id, file, "IMPORT_FAILED", ImportStatus.FAILED, rows, problems.count(), sheetsSummary, null));
				}
			});
		}

		private void store(SheetSource source, List<Plan> plans) {
			jobs.progress(id, "STORING", 50, rows, 0);
			try {
				storeTransaction.executeWithoutResult(status -> {
					jobs.lockStorePass();
					for (Plan plan : plans) {
						storeSheet(source, plan.importer(), plan.sheetName());
					}
					List<SheetSummary> done = List.copyOf(summary.values());
					if (!jobs.succeed(id, rows, done)) {
						throw new IllegalStateException("Import " + id + " is no longer running (marked abandoned?)");
					}
					auditor.record(audit(id, file, "IMPORTED", ImportStatus.SUCCEEDED, rows, 0, done, null));
					events.publishEvent(new ImportSucceeded(id, done.stream().map(SheetSummary::sheet).toList(), rows));
				});
			}
			catch (StoreFailed failed) {
				log.error("Import {} ({}): storing sheet {} rows {}-{} failed; everything rolled back", id, file.name(),
						failed.sheet, failed.firstRow, failed.lastRow, failed.getCause());
				failWithoutProblems(id, file, List.copyOf(summary.values()), rows, "importing.failure.store",
						ImportProblem.arguments(failed.sheet, failed.firstRow, failed.lastRow, id));
			}
		}

		private <R> void storeSheet(SheetSource source, SheetImporter<R> importer, String sheetName) {
			SheetDefinition definition = importer.definition();
			StagedStore<R> staged = importer.staged();
			if (staged != null) {
				StoreCounts counts = storeStaged(source, importer, staged, sheetName);
				summary.computeIfPresent(definition.name(), (name, sheet) -> sheet.stored(counts));
				return;
			}
			SheetLayout layout = new SheetLayout(definition, sheetName, source.values());
			List<R> batch = new ArrayList<>(properties.batchSize());
			int[] batchRows = { 0, 0 };
			StoreCounts[] counts = { StoreCounts.NONE };
			source.read(sheetName, (number, cells) -> {
				if (!layout.hasHeader()) {
					layout.header(number, cells);
					return;
				}
				ImportRow row = layout.row(number, cells);
				if (row == null) {
					return;
				}
				R parsed = importer.parse(row, row.problems());
				if (!row.problems().isEmpty()) {
					throw new StoreFailed(sheetName, number, number,
							new IllegalStateException("Row parsed cleanly in the check pass but not in the store pass"));
				}
				if (batch.isEmpty()) {
					batchRows[0] = number;
				}
				batchRows[1] = number;
				batch.add(parsed);
				if (batch.size() >= properties.batchSize()) {
					counts[0] = counts[0].plus(storeBatch(importer, sheetName, batch, batchRows));
				}
			});
			if (!batch.isEmpty()) {
				counts[0] = counts[0].plus(storeBatch(importer, sheetName, batch, batchRows));
			}
			summary.computeIfPresent(definition.name(), (name, sheet) -> sheet.stored(counts[0]));
		}

		/**
		 * The set-based store of a sheet: every row streamed with COPY into the importer's staging
		 * table on the file's transaction (PostgreSQL parses and writes while this thread reads the
		 * next rows), then one call to upsert the sheet.
		 */
		private <R> StoreCounts storeStaged(SheetSource source, SheetImporter<R> importer, StagedStore<R> staged,
				String sheetName) {
			SheetDefinition definition = importer.definition();
			SheetLayout layout = new SheetLayout(definition, sheetName, source.values());
			int[] range = { 0, 0 };
			long[] staging = { 0 };
			Connection connection = DataSourceUtils.getConnection(dataSource);
			CopyIn copy = null;
			try {
				try (Statement statement = connection.createStatement()) {
					statement.execute(staged.createTable());
				}
				CopyIn open = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(staged.copyCommand());
				copy = open;
				StringBuilder buffer = new StringBuilder(1 << 17);
				StagingRow out = new StagingRow(buffer);
				source.read(sheetName, (number, cells) -> {
					if (!layout.hasHeader()) {
						layout.header(number, cells);
						return;
					}
					ImportRow row = layout.row(number, cells);
					if (row == null) {
						return;
					}
					R parsed = importer.parse(row, row.problems());
					if (!row.problems().isEmpty()) {
						throw new StoreFailed(sheetName, number, number,
								new IllegalStateException("Row parsed cleanly in the check pass but not in the store pass"));
					}
					if (range[0] == 0) {
						range[0] = number;
					}
					range[1] = number;
					try {
						staged.write(parsed, context, out);
					}
					catch (RuntimeException failure) {
						throw new StoreFailed(sheetName, number, number, failure);
					}
					out.end();
					staging[0]++;
					if (buffer.length() >= 1 << 16) {
						send(open, buffer, sheetName, range);
					}
					stagedProgress(1);
				});
				send(open, buffer, sheetName, range);
				open.endCopy();
				copy = null;
				StoreCounts counts = staged.store(staging[0], context);
				if (counts == null) {
					throw new IllegalStateException("store returned no counts");
				}
				return counts;
			}
			catch (StoreFailed failed) {
				throw failed;
			}
			catch (SQLException | RuntimeException failure) {
				throw new StoreFailed(sheetName, range[0], range[1], failure);
			}
			finally {
				if (copy != null && copy.isActive()) {
					try {
						copy.cancelCopy();
					}
					catch (SQLException ignored) {
						// the transaction rolls back anyway
					}
				}
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
		}

		private void send(CopyIn copy, StringBuilder buffer, String sheetName, int[] range) {
			if (buffer.isEmpty()) {
				return;
			}
			byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
			buffer.setLength(0);
			try {
				copy.writeToCopy(bytes, 0, bytes.length);
			}
			catch (SQLException failure) {
				throw new StoreFailed(sheetName, range[0], range[1], failure);
			}
		}

		/** Progress while copying: up to 90 %, the set-based upserts of the sheets come after. */
		private void stagedProgress(int rowsStaged) {
			stored += rowsStaged;
			if (stored - reported >= properties.progressEvery()) {
				long done = stored;
				reported = done;
				ownTransaction.executeWithoutResult(status -> jobs.progress(id, "STORING",
						(int) Math.min(90, 50 + done * 40 / Math.max(1, rows)), rows, done));
			}
		}

		private <R> StoreCounts storeBatch(SheetImporter<R> importer, String sheetName, List<R> batch, int[] batchRows) {
			StoreCounts counts;
			try {
				counts = importer.store(List.copyOf(batch), context);
			}
			catch (RuntimeException failure) {
				throw new StoreFailed(sheetName, batchRows[0], batchRows[1], failure);
			}
			if (counts == null) {
				throw new StoreFailed(sheetName, batchRows[0], batchRows[1], new IllegalStateException("store returned no counts"));
			}
			stored += batch.size();
			batch.clear();
			if (stored - reported >= properties.progressEvery()) {
				long done = stored;
				reported = done;
				ownTransaction.executeWithoutResult(status -> jobs.progress(id, "STORING",
						(int) Math.min(99, 50 + done * 50 / Math.max(1, rows)), rows, done));
			}
			return counts;
		}

		private String keyColumns(SheetDefinition definition, ImportRow row) {
			return definition.keyColumns().stream().map(row::header).collect(Collectors.joining(" + "));
		}

		private String sheetNames() {
			return sheets.all().stream().map(importer -> importer.definition().name()).collect(Collectors.joining(", "));
		}

	}

}
