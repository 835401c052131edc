package vn.ocop.portal.registry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;

/** Reading the registry's rule files: UTF-8 CSV with a header, {@code #} comments, ISO dates. */
final class RuleCsv {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setCommentMarker('#')
		.setIgnoreSurroundingSpaces(true)
		.setIgnoreEmptyLines(true)
		.get();

	private RuleCsv() {
	}

	static List<CSVRecord> read(Resource resource) {
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			return FORMAT.parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	static LocalDate date(CSVRecord row, String column) {
		String value = row.get(column);
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw problem(row, column, "is not a date (yyyy-MM-dd)");
		}
	}

	static int integer(CSVRecord row, String column) {
		try {
			return Integer.parseInt(row.get(column).strip());
		}
		catch (NumberFormatException ex) {
			throw problem(row, column, "is not a whole number");
		}
	}

	static boolean yesNo(CSVRecord row, String column) {
		return switch (row.get(column).strip().toLowerCase(Locale.ROOT)) {
			case "yes" -> true;
			case "no" -> false;
			default -> throw problem(row, column, "is neither yes nor no");
		};
	}

	static IllegalStateException problem(CSVRecord row, String column, String reason) {
		return new IllegalStateException("Rule file line " + row.getParser().getCurrentLineNumber() + ", column " + column
				+ " '" + (row.isMapped(column) ? row.get(column) : "") + "' " + reason);
	}

	/** Whether two inclusive periods (null ends open) overlap. */
	static boolean overlap(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2) {
		LocalDate start1 = from1 == null ? LocalDate.MIN : from1;
		LocalDate end1 = to1 == null ? LocalDate.MAX : to1;
		LocalDate start2 = from2 == null ? LocalDate.MIN : from2;
		LocalDate end2 = to2 == null ? LocalDate.MAX : to2;
		return !start1.isAfter(end2) && !start2.isAfter(end1);
	}

	static boolean covers(LocalDate from, LocalDate to, LocalDate date) {
		return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
	}

}
