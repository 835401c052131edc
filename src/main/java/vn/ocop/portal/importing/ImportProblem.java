package vn.ocop.portal.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * One reason why a file was not imported, where the user finds it: the sheet, the row number as
 * Excel shows it (null for a problem of the file or of a whole sheet), the column header as the
 * file writes it, the value of the cell (cut to {@value #VALUE_LENGTH} characters), and the reason
 * as a message key with its arguments, rendered in Vietnamese and English from the bundles
 * ({@code importing.problem.*} or the sheet importer's own keys).
 */
public record ImportProblem(String sheet, Integer row, String column, String value, String messageKey, List<String> args) {

	/** The longest cell value a problem keeps. */
	public static final int VALUE_LENGTH = 200;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	public ImportProblem {
		if (sheet == null) {
			sheet = "";
		}
		if (messageKey == null || messageKey.isBlank()) {
			throw new IllegalArgumentException("A problem needs a message key");
		}
		value = truncate(value, VALUE_LENGTH);
		column = truncate(column, VALUE_LENGTH);
		args = args == null ? List.of() : List.copyOf(args);
	}

	/** A problem of the whole file (no sheet, row or column). */
	static ImportProblem ofFile(String messageKey, Object... args) {
		return new ImportProblem("", null, null, null, messageKey, arguments(args));
	}

	/** A problem of a whole sheet, or of one of its columns. */
	static ImportProblem ofSheet(String sheet, String column, String messageKey, Object... args) {
		return new ImportProblem(sheet, null, column, null, messageKey, arguments(args));
	}

	/** Message arguments as text: dates as {@code dd/MM/yyyy}, numbers without grouping. */
	static List<String> arguments(Object... args) {
		if (args == null) {
			return List.of();
		}
		return Arrays.stream(args).map(ImportProblem::argument).toList();
	}

	private static String argument(Object arg) {
		if (arg == null) {
			return "";
		}
		if (arg instanceof LocalDate date) {
			return DATE.format(date);
		}
		if (arg instanceof BigDecimal number) {
			return number.toPlainString();
		}
		return String.valueOf(arg);
	}

	/** Cuts to at most {@code maxLength} characters without splitting a surrogate pair. */
	static String truncate(String value, int maxLength) {
		if (value == null || value.length() <= maxLength) {
			return value;
		}
		int end = Character.isHighSurrogate(value.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
		return value.substring(0, end);
	}

}
