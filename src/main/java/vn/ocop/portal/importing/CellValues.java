package vn.ocop.portal.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import vn.ocop.portal.shared.web.Languages;
import vn.ocop.portal.shared.web.SearchText;

/**
 * Reads cells the way Vietnamese spreadsheets write them (docs/import.md, section on dates, numbers and codes).
 * One instance per file being read (it keeps the workbook's date system and a formatter, which is
 * not thread-safe).
 * <ul>
 * <li>Numbers: number cells as stored; text in vi-VN ({@code 7.210}, {@code 1.234,5},
 * {@code 0,5}) or plain ({@code 7210}, {@code 1234.5}). A dot followed by groups of exactly three
 * digits is a thousands separator ({@code 1.234} is one thousand two hundred thirty-four).</li>
 * <li>Dates: real Excel dates (a number cell with a date format), or text {@code dd/MM/yyyy}
 * ({@code d/M/yyyy} accepted), checked strictly: {@code 31/02/2024} is refused.</li>
 * <li>Codes: text as typed; a number cell keeps the leading zeros its format shows ({@code 000}
 * shows {@code 61} as {@code 061}) and never gets a {@code .0}.</li>
 * </ul>
 */
final class CellValues {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

	static final DateTimeFormatter DATE_OUT = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final Pattern VI_GROUPED = Pattern.compile("[+-]?[1-9]\\d{0,2}(\\.\\d{3})+(,\\d+)?");

	private static final Pattern VI_DECIMAL = Pattern.compile("[+-]?\\d+,\\d+");

	private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	private static final Pattern ZEROS = Pattern.compile("0+");

	private static final Set<String> TRUE = Set.of("co", "x", "true", "yes", "y", "1", "dung");

	private static final Set<String> FALSE = Set.of("khong", "false", "no", "n", "0", "sai");

	private final boolean date1904;

	/** Formats number cells as Excel shows them with Vietnamese regional settings ({@code 1.234,5}). */
	private final DataFormatter formatter = new DataFormatter(Languages.VIETNAMESE);

	CellValues(boolean date1904) {
		this.date1904 = date1904;
	}

	/** The cell as the user sees it in Excel (dates as {@code dd/MM/yyyy}, numbers in vi-VN). */
	String display(Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (cell.kind()) {
			case TEXT, ERROR -> cell.text();
			case BOOLEAN -> "1".equals(cell.text()) ? "TRUE" : "FALSE";
			case NUMBER -> {
				LocalDate date = cell.dateFormatted() ? excelDate(cell) : null;
				if (date != null) {
					yield DATE_OUT.format(date);
				}
				try {
					yield formatter.formatRawCellContents(Double.parseDouble(cell.text()), cell.formatIndex(),
							cell.formatString() == null ? "General" : cell.formatString(), date1904);
				}
				catch (RuntimeException unformattable) {
					yield cell.text();
				}
			}
		};
	}

	/** The number in the cell; null when it is not one. */
	BigDecimal number(Cell cell) {
		return switch (cell.kind()) {
			case NUMBER -> cell.dateFormatted() ? null : plain(cell.text());
			case TEXT -> parseNumber(cell.text());
			default -> null;
		};
	}

	/** The date in the cell; null when it is not one. */
	LocalDate date(Cell cell) {
		return switch (cell.kind()) {
			case NUMBER -> cell.dateFormatted() ? excelDate(cell) : null;
			case TEXT -> parseDate(cell.text());
			default -> null;
		};
	}

	/** Yes or no; null when the cell says neither. */
	Boolean bool(Cell cell) {
		String value = switch (cell.kind()) {
			case BOOLEAN -> cell.text();
			case NUMBER -> {
				BigDecimal number = plain(cell.text());
				yield number == null ? "" : number.stripTrailingZeros().toPlainString();
			}
			case TEXT -> Names.normalise(SearchText.fold(cell.text()));
			default -> "";
		};
		if (TRUE.contains(value)) {
			return Boolean.TRUE;
		}
		return FALSE.contains(value) ? Boolean.FALSE : null;
	}

	/** A code: text stripped, or a number with the leading zeros its format shows. */
	String code(Cell cell) {
		if (cell.kind() != Cell.Kind.NUMBER) {
			return cell.text().strip();
		}
		BigDecimal number = plain(cell.text());
		if (number == null) {
			return cell.text().strip();
		}
		String digits = number.stripTrailingZeros().toPlainString();
		String format = cell.formatString();
		if (format != null && ZEROS.matcher(format).matches() && digits.matches("\\d+") && digits.length() < format.length()) {
			return "0".repeat(format.length() - digits.length()) + digits;
		}
		return digits;
	}

	/** The value read as the column's type, as text, to compare with an example; null when unreadable. */
	String canonical(ColumnType type, Cell cell) {
		if (cell == null || cell.isBlank()) {
			return "";
		}
		Object value = switch (type) {
			case TEXT -> cell.kind() == Cell.Kind.NUMBER ? display(cell).strip() : cell.text().strip();
			case CODE -> code(cell);
			case INTEGER, DECIMAL -> {
				BigDecimal number = number(cell);
				yield number == null ? null : number.stripTrailingZeros().toPlainString();
			}
			case DATE -> date(cell);
			case BOOLEAN -> bool(cell);
		};
		return value == null ? null : value.toString();
	}

	/** vi-VN or plain number text; null when it is neither. */
	static BigDecimal parseNumber(String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip();
		if (VI_GROUPED.matcher(value).matches()) {
			return new BigDecimal(value.replace(".", "").replace(',', '.'));
		}
		if (VI_DECIMAL.matcher(value).matches()) {
			return new BigDecimal(value.replace(',', '.'));
		}
		if (PLAIN.matcher(value).matches()) {
			return new BigDecimal(value);
		}
		return null;
	}

	/** {@code dd/MM/yyyy} (or {@code d/M/yyyy}), strictly; null otherwise. */
	static LocalDate parseDate(String text) {
		try {
			return text == null ? null : LocalDate.parse(text.strip(), DATE);
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

	private LocalDate excelDate(Cell cell) {
		BigDecimal number = plain(cell.text());
		if (number == null || !DateUtil.isValidExcelDate(number.doubleValue())) {
			return null;
		}
		return DateUtil.getLocalDateTime(number.doubleValue(), date1904).toLocalDate();
	}

	/** A number as Excel stores it ({@code 1234.5}, {@code 4.5E-3}); null when malformed. */
	private static BigDecimal plain(String raw) {
		try {
			return raw == null ? null : new BigDecimal(raw.strip());
		}
		catch (NumberFormatException malformed) {
			return null;
		}
	}

}
