package vn.ocop.portal.importing;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.web.Languages;

/** Problems, failures and refusals in words, in Vietnamese or English, from the message bundles. */
@Component
class ImportMessages {

	private final MessageSource messages;

	ImportMessages(MessageSource messages) {
		this.messages = messages;
	}

	String problem(ImportProblem problem, Locale locale) {
		return text(problem.messageKey(), problem.args().toArray(), locale);
	}

	/** Why the job failed when it is not the row problems; empty otherwise. */
	String failure(ImportJobView job, Locale locale) {
		return job.failureKey() == null ? "" : text(job.failureKey(), job.failureArgs().toArray(), locale);
	}

	String rejected(ImportRejected rejected, Locale locale) {
		return text(rejected.messageKey(), rejected.args(), locale);
	}

	/** What the progress bar says: rows checked or stored, or the final status. */
	String progress(ImportJobView job, Locale locale) {
		if (job.status() == ImportStatus.RUNNING && "STORING".equals(job.phase())) {
			return text("importing.progress.storing", new Object[] { job.rowsProcessed(), job.rowsTotal(), job.progressPercent() },
					locale);
		}
		if (job.status() == ImportStatus.RUNNING) {
			return text("importing.progress.checking", new Object[] { job.rowsProcessed(), job.progressPercent() }, locale);
		}
		return text(job.status().messageKey(), null, locale);
	}

	String text(String key, Object[] args, Locale locale) {
		return messages.getMessage(key, args, key, Languages.supported(locale));
	}

}
