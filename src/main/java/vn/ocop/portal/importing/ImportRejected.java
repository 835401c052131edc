package vn.ocop.portal.importing;

import java.util.List;

/**
 * A file refused before any job starts: too large, empty, of the wrong type (a macro-enabled
 * workbook, an old {@code .xls}, a renamed program), or a CSV that is not UTF-8. Carries the reason
 * as a message key with arguments ({@code importing.file.*}), rendered in the user's language.
 */
public class ImportRejected extends RuntimeException {

	private final String messageKey;

	private final List<String> args;

	private final boolean tooLarge;

	ImportRejected(String messageKey, Object... args) {
		this(false, messageKey, args);
	}

	private ImportRejected(boolean tooLarge, String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = ImportProblem.arguments(args);
		this.tooLarge = tooLarge;
	}

	static ImportRejected tooLarge(long maxMegabytes) {
		return new ImportRejected(true, "importing.file.tooLarge", maxMegabytes);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.toArray();
	}

	/** Whether the file was refused for its size (HTTP 413). */
	public boolean tooLarge() {
		return tooLarge;
	}

}
