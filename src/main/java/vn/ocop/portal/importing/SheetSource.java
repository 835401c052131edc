package vn.ocop.portal.importing;

import java.io.Closeable;
import java.util.List;

/**
 * A file opened for reading, sheet by sheet and row by row, never whole: XLSX through POI's
 * streaming event API ({@link XlsxSource}), CSV through Commons CSV ({@link CsvSource}).
 */
interface SheetSource extends Closeable {

	/** The sheets of the file, as it names them, in file order. */
	List<String> sheetNames();

	/** How the file's cells read (its date system). */
	CellValues values();

	/**
	 * Streams one sheet: the handler receives every row that has at least one cell, with its row
	 * number as Excel shows it. A handler may throw {@link StopReading} to skip the rest of the
	 * sheet. A file that cannot be read further raises {@link UnreadableFile}.
	 */
	void read(String sheetName, RowHandler handler);

	/** Bytes the given sheets take (uncompressed), for the progress of the check pass. */
	long size(List<String> sheetNames);

	/** Bytes read so far, over every {@link #read}. */
	long bytesRead();

	@Override
	void close();

	/** Receives rows; {@code cells} is indexed by column (0 = A), null where a cell is empty. */
	@FunctionalInterface
	interface RowHandler {

		void row(int number, List<Cell> cells);

	}

	/** Thrown by a {@link RowHandler} to skip the rest of a sheet. */
	final class StopReading extends RuntimeException {

		StopReading() {
			super(null, null, false, false);
		}

	}

	/** The file cannot be read further: a message key ({@code importing.problem.*}) and the row it happened at. */
	final class UnreadableFile extends RuntimeException {

		final String messageKey;

		final Integer row;

		UnreadableFile(String messageKey, Integer row, Throwable cause) {
			super(messageKey, cause);
			this.messageKey = messageKey;
			this.row = row;
		}

	}

}
