package vn.ocop.portal.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Test files in the domain's words: a batch of things with a code prefix unique to the test (the
 * database is shared), written as a real XLSX workbook (dates as real Excel dates, numbers as
 * numbers, codes as numbers formatted {@code 000} where asked) or as CSV text.
 */
final class DemoFiles {

	static final List<String> THING_HEADERS = List.of("Mã", "Tên", "Ngày", "Số tiền");

	static final List<String> PART_HEADERS = List.of("ma-phan", "ma-vat", "so-luong");

	private DemoFiles() {
	}

	/** A code prefix no other test uses, e.g. {@code T3F9A1C}. */
	static String uniquePrefix() {
		return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

	/** A number cell shown with a number format, e.g. 61 shown as {@code 061} with {@code 000}. */
	record Formatted(double value, String format) {
	}

	/** {@code count} good things: code {@code <prefix>-0001}..., name, date, amount. */
	static List<List<Object>> things(String prefix, int count) {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			rows.add(new ArrayList<>(List.of(thingCode(prefix, i), "Vật số " + i, LocalDate.of(2022, 1, 1).plusDays(i % 365),
					new BigDecimal(i).add(new BigDecimal("0.5")))));
		}
		return rows;
	}

	static String thingCode(String prefix, int i) {
		return "%s-%04d".formatted(prefix, i);
	}

	static Sheet1 sheet(String name, List<String> headers, List<List<Object>> rows) {
		return new Sheet1(name, headers, rows);
	}

	record Sheet1(String name, List<String> headers, List<List<Object>> rows) {
	}

	/** A workbook with the sheets, in this order. */
	static Path xlsx(Path folder, String fileName, Sheet1... sheets) {
		Path file = folder.resolve(fileName);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Map<String, CellStyle> formats = new LinkedHashMap<>();
			for (Sheet1 data : sheets) {
				Sheet sheet = workbook.createSheet(data.name());
				Row header = sheet.createRow(0);
				for (int c = 0; c < data.headers().size(); c++) {
					header.createCell(c).setCellValue(data.headers().get(c));
				}
				for (int r = 0; r < data.rows().size(); r++) {
					Row row = sheet.createRow(r + 1);
					List<Object> values = data.rows().get(r);
					for (int c = 0; c < values.size(); c++) {
						Object value = values.get(c);
						if (value == null) {
							continue;
						}
						Cell cell = row.createCell(c);
						if (value instanceof LocalDate day) {
							cell.setCellValue(day);
							cell.setCellStyle(date);
						}
						else if (value instanceof Formatted formatted) {
							cell.setCellValue(formatted.value());
							cell.setCellStyle(formats.computeIfAbsent(formatted.format(), format -> {
								CellStyle style = workbook.createCellStyle();
								style.setDataFormat(workbook.createDataFormat().getFormat(format));
								return style;
							}));
						}
						else if (value instanceof Number number) {
							cell.setCellValue(number.doubleValue());
						}
						else if (value instanceof Boolean bool) {
							cell.setCellValue(bool);
						}
						else {
							cell.setCellValue(value.toString());
						}
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/** CSV text: dates as dd/MM/yyyy, amounts in vi-VN ({@code 1.234,5}). */
	static String csv(List<String> headers, List<List<Object>> rows) {
		StringBuilder text = new StringBuilder(String.join(",", headers)).append("\r\n");
		for (List<Object> row : rows) {
			text.append(row.stream().map(DemoFiles::csvValue).collect(Collectors.joining(","))).append("\r\n");
		}
		return text.toString();
	}

	static Path write(Path folder, String fileName, String text, Charset charset, boolean bom) {
		Path file = folder.resolve(fileName);
		try (OutputStream out = Files.newOutputStream(file)) {
			if (bom) {
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			}
			out.write(text.getBytes(charset));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	static Path writeUtf8(Path folder, String fileName, String text) {
		return write(folder, fileName, text, StandardCharsets.UTF_8, true);
	}

	private static String csvValue(Object value) {
		if (value == null) {
			return "";
		}
		String text;
		if (value instanceof LocalDate day) {
			text = CellValues.DATE_OUT.format(day);
		}
		else if (value instanceof BigDecimal number) {
			text = viVn(number);
		}
		else {
			text = value.toString();
		}
		return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	/** 1234.5 as {@code 1.234,5}. */
	static String viVn(BigDecimal number) {
		String plain = number.toPlainString();
		String whole = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
		String fraction = plain.contains(".") ? "," + plain.substring(plain.indexOf('.') + 1) : "";
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				grouped.append('.');
			}
			grouped.append(whole.charAt(i));
		}
		return grouped + fraction;
	}

}
