package vn.ocop.portal.units;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small RFC 4180 reader for the unit-set files: UTF-8 (a BOM is skipped), comma separated,
 * optional double quotes ({@code ""} inside quotes is one quote), {@code \n} or {@code \r\n}.
 * Blank lines are skipped. Row numbers are the file's line numbers (header = 1).
 */
final class UnitCsv {

	/** A parsed file: the header and the data rows. */
	record Table(String file, List<String> header, List<Row> rows) {

		Optional<Integer> column(String name) {
			int index = header.indexOf(name);
			return index < 0 ? Optional.empty() : Optional.of(index);
		}

	}

	/** One data row and the line it starts on. */
	record Row(int line, List<String> values) {

		String get(int index) {
			return index < values.size() ? values.get(index).strip() : "";
		}

	}

	private UnitCsv() {
	}

	/** Reads a whole file; malformed input is reported to {@code problems} and yields what could be read. */
	static Table read(String file, InputStream in, LoadProblems problems) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(in.readAllBytes()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			problems.add(file, 0, "", "units.load.error.encoding");
			return new Table(file, List.of(), List.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
		return parse(file, text, problems);
	}

	private static Table parse(String file, String text, LoadProblems problems) {
		List<String> header = null;
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int length = text.length();
		int line = 1;
		int i = 0;
		while (i <= length) {
			int rowStart = line;
			fields.clear();
			boolean endOfRow = false;
			while (!endOfRow) {
				field.setLength(0);
				if (i < length && text.charAt(i) == '"') {
					// Quoted field: up to the closing quote; "" is one quote.
					int j = i + 1;
					boolean closed = false;
					while (j < length) {
						char c = text.charAt(j);
						if (c == '"') {
							if (j + 1 < length && text.charAt(j + 1) == '"') {
								field.append('"');
								j += 2;
								continue;
							}
							closed = true;
							j++;
							break;
						}
						if (c == '\n') {
							line++;
						}
						field.append(c);
						j++;
					}
					if (!closed) {
						problems.add(file, rowStart, "", "units.load.error.quote");
						return new Table(file, header == null ? List.of() : header, rows);
					}
					i = j;
				}
				// Unquoted part (or what follows a closing quote) up to the separator.
				int j = i;
				while (j < length && text.charAt(j) != ',' && text.charAt(j) != '\n') {
					j++;
				}
				field.append(text, i, j);
				if (j < length && text.charAt(j) == ',') {
					fields.add(field.toString());
					i = j + 1;
				}
				else {
					int end = field.length();
					if (end > 0 && field.charAt(end - 1) == '\r') {
						field.setLength(end - 1);
					}
					fields.add(field.toString());
					i = j + 1;
					endOfRow = true;
				}
			}
			boolean blank = fields.size() == 1 && fields.get(0).isBlank();
			if (!blank) {
				if (header == null) {
					header = headerOf(fields);
				}
				else {
					rows.add(new Row(rowStart, List.copyOf(fields)));
				}
			}
			line++;
		}
		return new Table(file, header == null ? List.of() : header, rows);
	}

	private static List<String> headerOf(List<String> fields) {
		List<String> header = new ArrayList<>();
		for (String name : fields) {
			header.add(name.replace("\uFEFF", "").strip().toLowerCase(java.util.Locale.ROOT));
		}
		return List.copyOf(header);
	}

}
