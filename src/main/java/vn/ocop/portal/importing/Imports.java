package vn.ocop.portal.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopeGuard;
import vn.ocop.portal.identity.ScopedUser;

/**
 * The importer's public service: submit a file (from the back office or the REST API, run on this
 * node's import workers), import a file now (the command line), and read jobs and their problems.
 * Users see their own jobs; the administrator sees everyone's. See {@code docs/import.md}.
 */
@Component("imports")
public class Imports {

	/** Jobs per page of the list. */
	public static final int JOBS_PAGE_SIZE = 20;

	/** Problems per page on screen. */
	public static final int PROBLEMS_PAGE_SIZE = 50;

	private final ImportFiles files;

	private final ImportJobs jobs;

	private final ImportEngine engine;

	private final ImportWorkers workers;

	private final ImportSheets sheets;

	private final AbandonedImports abandoned;

	private final ScopeGuard scopeGuard;

	private final TransactionTemplate ownTransaction;

	Imports(ImportFiles files, ImportJobs jobs, ImportEngine engine, ImportWorkers workers, ImportSheets sheets,
			AbandonedImports abandoned, ScopeGuard scopeGuard, PlatformTransactionManager transactions) {
		this.scopeGuard = scopeGuard;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.files = files;
		this.jobs = jobs;
		this.engine = engine;
		this.workers = workers;
		this.sheets = sheets;
		this.abandoned = abandoned;
	}

	/**
	 * Checks the file (size, type, encoding) and queues its import, which runs in the background:
	 * the job as it was queued (QUEUED; follow it with {@link #find}). A file refused outright raises {@link ImportRejected}, as does
	 * a full queue ({@code importing.file.busy}).
	 *
	 * @param csvSheet for a CSV file, the sheet it holds; null: from the file name ({@code to-chuc.csv})
	 */
	public ImportJobView submit(InputStream content, String fileName, String csvSheet, ScopedUser user) {
		ImportFile file = files.receive(content, fileName, csvSheet);
		abandoned.sweep();
		ImportJobId id = ImportJobId.random();
		// committed before a worker looks for it, even when the caller runs in a transaction
		ownTransaction.executeWithoutResult(status -> jobs.queue(id, file, user.username()));
		ImportJobView queued = jobs.find(id).orElseThrow();
		if (!workers.submit(user, () -> engine.run(id, file, user))) {
			files.discard(file);
			jobs.fail(id, 0, 0, List.of(), "importing.failure.busy", List.of());
			throw new ImportRejected("importing.file.busy");
		}
		return queued;
	}

	/** Imports a file in the calling thread (the command line): the finished job. */
	public ImportJobView importNow(Path path, String csvSheet, ScopedUser user) {
		ImportFile file;
		try (InputStream content = Files.newInputStream(path)) {
			file = files.receive(content, path.getFileName().toString(), csvSheet);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		abandoned.sweep();
		ImportJobId id = ImportJobId.random();
		jobs.queue(id, file, user.username());
		ImportWorkers.runAs(ImportWorkers.authenticationOf(user), () -> engine.run(id, file, user));
		return jobs.find(id).orElseThrow();
	}

	/** The job, if the viewer may see it (their own, or any for the administrator). */
	public Optional<ImportJobView> find(ImportJobId id, ScopedUser viewer) {
		return jobs.find(id).filter(job -> seesAll(viewer) || job.submittedBy().equals(viewer.username()));
	}

	/** The viewer's jobs (everyone's for the administrator), newest first; {@code page} from 0. */
	public Page<ImportJobView> recent(ScopedUser viewer, int page) {
		return jobs.page(seesAll(viewer) ? null : viewer.username(), Math.max(0, page), JOBS_PAGE_SIZE);
	}

	/** A page (from 0) of a job's problems, in file order. */
	public Page<ImportProblem> problems(ImportJobView job, int page, int size) {
		return jobs.problems(job.id(), Math.max(0, page), Math.max(1, Math.min(size, 1_000)));
	}

	/** Every kept problem of a job, in file order, streamed (for the downloadable report). */
	public void eachProblem(ImportJobView job, Consumer<ImportProblem> consumer) {
		jobs.eachProblem(job.id(), consumer);
	}

	/** The latest earlier import that stored a file with the same content (SHA-256), if any. */
	public Optional<ImportJobView> earlierImportOfSameFile(ImportJobView job) {
		return jobs.earlierSuccessWithSameContent(job);
	}

	/**
	 * Whether the signed-in user may upload files at all (bean {@code imports}, for the upload
	 * pages' and the API's {@code @PreAuthorize}): true when at least one sheet admits them
	 * ({@link SheetImporter#mayImport}), so a module that opens its sheets to another role opens
	 * the pages too; each row is still checked against the user's data scope by its sheet.
	 */
	public boolean mayUpload() {
		return scopeGuard.currentUser().map(user -> !sheets.importable(user).isEmpty()).orElse(false);
	}

	/** The sheets the user may import, in import order. */
	public List<SheetDefinition> sheets(ScopedUser user) {
		return sheets.importable(user);
	}

	/** Every registered sheet, in import order. */
	public List<SheetDefinition> allSheets() {
		return sheets.all().stream().map(SheetImporter::definition).toList();
	}

	private static boolean seesAll(ScopedUser viewer) {
		return viewer.role() == Role.ADMIN;
	}

}
