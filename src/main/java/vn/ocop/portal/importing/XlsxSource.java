package vn.ocop.portal.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XLSX workbook with POI's streaming event API: {@link XSSFReader} gives the parts, the
 * shared strings are read once ({@link ReadOnlySharedStringsTable}), the styles tell number formats
 * apart, and each sheet's XML is parsed with SAX, row by row, as {@code XSSFSheetXMLHandler} does,
 * but keeping each cell's type and raw value (a number stays a number, a date cell is recognised by
 * its format, a code keeps the zeros its format shows). Memory holds the shared strings, the
 * styles and one row, never the workbook.
 */
final class XlsxSource implements SheetSource {

	private final OPCPackage pkg;

	/**
	 * The shared strings as plain text, read once: POI's table hands out each item as a new
	 * rich-text object (an XMLBeans document), far too slow for every cell of both passes, and
	 * keeping the table as well would hold every string twice.
	 */
	private final String[] strings;

	private final StylesTable styles;

	private final CellValues values;

	private final Map<String, PackagePart> sheets = new LinkedHashMap<>();

	private final Map<String, Long> partSizes = new LinkedHashMap<>();

	private final AtomicLong bytesRead = new AtomicLong();

	XlsxSource(Path file) {
		try {
			this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (Exception | LinkageError broken) {
			throw new UnreadableFile("importing.problem.unreadable", null, broken);
		}
		try {
			XSSFReader reader = new XSSFReader(pkg);
			this.strings = plainStrings(new ReadOnlySharedStringsTable(pkg, false));
			this.styles = reader.getStylesTable();
			this.values = new CellValues(date1904(reader));
			XSSFReader.SheetIterator iterator = reader.getSheetIterator();
			while (iterator.hasNext()) {
				try (InputStream ignored = iterator.next()) {
					sheets.putIfAbsent(iterator.getSheetName(), iterator.getSheetPart());
				}
			}
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (PackagePart part : sheets.values()) {
					ZipEntry entry = zip.getEntry(part.getPartName().getName().substring(1));
					partSizes.put(part.getPartName().getName(), entry == null || entry.getSize() < 0 ? 0 : entry.getSize());
				}
			}
		}
		catch (Exception | LinkageError broken) {
			pkg.revert();
			throw new UnreadableFile("importing.problem.unreadable", null, broken);
		}
	}

	@Override
	public List<String> sheetNames() {
		return List.copyOf(sheets.keySet());
	}

	@Override
	public CellValues values() {
		return values;
	}

	@Override
	public long size(List<String> sheetNames) {
		return sheetNames.stream()
			.map(sheets::get)
			.filter(part -> part != null)
			.mapToLong(part -> partSizes.getOrDefault(part.getPartName().getName(), 0L))
			.sum();
	}

	@Override
	public long bytesRead() {
		return bytesRead.get();
	}

	@Override
	public void read(String sheetName, RowHandler handler) {
		PackagePart part = sheets.get(sheetName);
		if (part == null) {
			throw new IllegalArgumentException("No sheet " + sheetName);
		}
		SheetHandler sheet = new SheetHandler(handler);
		try (InputStream in = new CountingInputStream(part.getInputStream(), bytesRead)) {
			XMLReader xml = XMLHelper.newXMLReader();
			xml.setContentHandler(sheet);
			xml.parse(new InputSource(in));
		}
		catch (StopReading stop) {
			// the handler skipped the rest of the sheet
		}
		catch (SAXException ex) {
			if (ex.getCause() instanceof StopReading) {
				return;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new UnreadableFile("importing.problem.unreadable", sheet.rowNumber, ex);
		}
		catch (IOException | ParserConfigurationException ex) {
			throw new UnreadableFile("importing.problem.unreadable", sheet.rowNumber, ex);
		}
	}

	@Override
	public void close() {
		pkg.revert();
	}

	/** Whether the workbook counts dates from 1904 (old Mac Excel) instead of 1900. */
	private static boolean date1904(XSSFReader reader) throws Exception {
		boolean[] date1904 = { false };
		try (InputStream workbook = reader.getWorkbookData()) {
			XMLReader xml = XMLHelper.newXMLReader();
			xml.setContentHandler(new DefaultHandler() {

				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if ("workbookPr".equals(name(localName, qName))) {
						String value = attributes.getValue("date1904");
						date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
					}
				}

			});
			xml.parse(new InputSource(workbook));
		}
		return date1904[0];
	}

	private static String name(String localName, String qName) {
		if (localName != null && !localName.isEmpty()) {
			return localName;
		}
		int colon = qName.indexOf(':');
		return colon < 0 ? qName : qName.substring(colon + 1);
	}

	/** Column index of a cell reference: {@code A1} is 0, {@code AB7} is 27. */
	static int column(String reference) {
		int column = 0;
		int i = 0;
		while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
			column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
			i++;
		}
		return column - 1;
	}

	/** The number format of each style, looked up once. */
	private record Format(int index, String string, boolean date) {
	}

	/** SAX handler of one sheet's XML ({@code <row r="5"><c r="B5" t="s" s="3"><v>12</v></c>...}). */
	private static String[] plainStrings(ReadOnlySharedStringsTable table) {
		List<String> plain = new ArrayList<>(Math.max(16, table.getUniqueCount()));
		while (true) {
			try {
				plain.add(table.getItemAt(plain.size()).getString());
			}
			catch (IllegalStateException end) { // past the last item (the table says so only this way)
				return plain.toArray(String[]::new);
			}
		}
	}

	private final class SheetHandler extends DefaultHandler {

		private static final Format GENERAL = new Format(0, "General", false);

		private final RowHandler handler;

		private final List<Cell> cells = new ArrayList<>();

		private final Map<Integer, Format> formats = new LinkedHashMap<>();

		private final StringBuilder value = new StringBuilder();

		private Integer rowNumber;

		private int nextRow = 1;

		private int column;

		private int nextColumn;

		private String type;

		private String style;

		private boolean collecting;

		private boolean hasValue;

		private boolean inInline;

		private boolean inPhonetic;

		SheetHandler(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (name(localName, qName)) {
				case "row" -> {
					String r = attributes.getValue("r");
					rowNumber = r == null ? nextRow : Integer.parseInt(r);
					cells.clear();
					nextColumn = 0;
				}
				case "c" -> {
					String r = attributes.getValue("r");
					column = r == null ? nextColumn : column(r);
					type = attributes.getValue("t");
					style = attributes.getValue("s");
					value.setLength(0);
					hasValue = false;
				}
				case "v" -> {
					value.setLength(0);
					collecting = true;
				}
				case "is" -> {
					value.setLength(0);
					inInline = true;
				}
				case "rPh" -> inPhonetic = true;
				case "t" -> collecting = inInline && !inPhonetic;
				default -> {
					// formulas (f) and everything else: only their cached values (v) count
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (name(localName, qName)) {
				case "v" -> {
					collecting = false;
					hasValue = true;
				}
				case "t" -> collecting = false;
				case "rPh" -> inPhonetic = false;
				case "is" -> {
					inInline = false;
					hasValue = true;
				}
				case "c" -> {
					if (hasValue) {
						Cell cell = cell();
						while (cells.size() <= column) {
							cells.add(null);
						}
						cells.set(column, cell);
					}
					nextColumn = column + 1;
				}
				case "row" -> {
					if (!cells.isEmpty()) {
						handler.row(rowNumber, Collections.unmodifiableList(cells));
					}
					nextRow = rowNumber + 1;
				}
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (collecting) {
				value.append(ch, start, length);
			}
		}

		private Cell cell() {
			String text = value.toString();
			if (type == null || type.equals("n")) {
				Format format = format();
				return Cell.number(text, format.index(), format.string(), format.date());
			}
			return switch (type) {
				case "s" -> Cell.text(sharedString(text));
				case "b" -> new Cell(Cell.Kind.BOOLEAN, "1".equals(text.strip()) || "true".equalsIgnoreCase(text.strip()) ? "1" : "0", 0, null, false);
				case "e" -> new Cell(Cell.Kind.ERROR, text, 0, null, false);
				case "d" -> Cell.text(isoDate(text));
				default -> Cell.text(text); // inlineStr, str (a formula's text)
			};
		}

		private String sharedString(String index) {
			try {
				return strings[Integer.parseInt(index.strip())];
			}
			catch (RuntimeException broken) {
				throw new UnreadableFile("importing.problem.unreadable", rowNumber, broken);
			}
		}

		private Format format() {
			if (style == null || styles == null) {
				return GENERAL;
			}
			int index;
			try {
				index = Integer.parseInt(style);
			}
			catch (NumberFormatException malformed) {
				return GENERAL;
			}
			return formats.computeIfAbsent(index, key -> {
				XSSFCellStyle cellStyle = key < styles.getNumCellStyles() ? styles.getStyleAt(key) : null;
				if (cellStyle == null) {
					return GENERAL;
				}
				int formatIndex = cellStyle.getDataFormat();
				String formatString = cellStyle.getDataFormatString();
				if (formatString == null) {
					formatString = BuiltinFormats.getBuiltinFormat(formatIndex);
				}
				return new Format(formatIndex, formatString, formatString != null && DateUtil.isADateFormat(formatIndex, formatString));
			});
		}

		/** A date cell of strict OOXML ({@code t="d"}, ISO 8601) as {@code dd/MM/yyyy} text. */
		private static String isoDate(String text) {
			try {
				return CellValues.DATE_OUT.format(LocalDate.parse(text.strip().substring(0, Math.min(10, text.strip().length()))));
			}
			catch (DateTimeParseException | StringIndexOutOfBoundsException notADate) {
				return text;
			}
		}

	}

}
