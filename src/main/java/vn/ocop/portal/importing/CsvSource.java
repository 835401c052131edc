package vn.ocop.portal.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a UTF-8 CSV file (byte-order mark allowed) with Commons CSV, record by record. The
 * delimiter is the one the header line uses most: comma, semicolon (Excel in some regional
 * settings) or tab. A record's row number is its position in the file, the header being row 1,
 * as Excel numbers the rows when it opens the file; empty lines count.
 */
final class CsvSource implements SheetSource {

	private static final int HEAD = 64 * 1024;

	private final Path file;

	private final String sheetName;

	private final CellValues values = new CellValues(false);

	private final AtomicLong bytesRead = new AtomicLong();

	CsvSource(Path file, String sheetName) {
		this.file = file;
		this.sheetName = sheetName;
	}

	@Override
	public List<String> sheetNames() {
		return List.of(sheetName);
	}

	@Override
	public CellValues values() {
		return values;
	}

	@Override
	public long size(List<String> sheetNames) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	@Override
	public long bytesRead() {
		return bytesRead.get();
	}

	@Override
	public void read(String sheet, RowHandler handler) {
		long recordNumber = 0;
		try (InputStream in = new BufferedInputStream(new CountingInputStream(Files.newInputStream(file), bytesRead), HEAD)) {
			char delimiter = delimiter(in);
			Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT));
			CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
			List<Cell> cells = new ArrayList<>();
			try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
				Iterator<CSVRecord> records = parser.iterator();
				while (true) {
					CSVRecord record;
					try {
						if (!records.hasNext()) {
							break;
						}
						record = records.next();
					}
					catch (UncheckedIOException | IllegalStateException malformed) {
						// Commons CSV reports an unclosed quote or a broken encoding this way
						throw new UnreadableFile("importing.problem.csvMalformed", Math.toIntExact(recordNumber + 1), malformed);
					}
					recordNumber = record.getRecordNumber();
					cells.clear();
					for (String value : record) {
						cells.add(value == null || value.isEmpty() ? null : Cell.text(value));
					}
					handler.row(Math.toIntExact(recordNumber), Collections.unmodifiableList(cells));
				}
			}
		}
		catch (StopReading stop) {
			// the handler skipped the rest of the file
		}
		catch (IOException ex) {
			throw new UnreadableFile("importing.problem.csvMalformed", Math.toIntExact(recordNumber + 1), ex);
		}
	}

	@Override
	public void close() {
	}

	/** Skips the byte-order mark and picks the delimiter the first line uses most. */
	private static char delimiter(InputStream in) throws IOException {
		in.mark(HEAD);
		byte[] head = in.readNBytes(HEAD);
		in.reset();
		int start = 0;
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			in.skipNBytes(3);
			start = 3;
		}
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = start; i < head.length; i++) {
			byte b = head[i];
			if (b == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (b == '\n' || b == '\r')) {
				break;
			}
			else if (!quoted && b == ',') {
				commas++;
			}
			else if (!quoted && b == ';') {
				semicolons++;
			}
			else if (!quoted && b == '\t') {
				tabs++;
			}
		}
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return tabs > commas ? '\t' : ',';
	}

}
