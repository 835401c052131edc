package vn.ocop.portal.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A province's OCOP history as a workbook, in the words officers write: subjects ({@code chu-the}),
 * products ({@code san-pham}) and the applications of past rounds ({@code danh-gia-ocop}). Codes are
 * unique to each instance (a random prefix and product sequences), so tests sharing the database
 * never meet. Rows are lists of cell values (a {@link LocalDate} becomes a real Excel date).
 */
public final class OcopHistoryWorkbook {

	public static final List<String> SUBJECT_HEADERS = List.of("Mã chủ thể", "Loại", "Mã tổ chức", "Số đăng ký", "Tên",
			"Mã số thuế", "Mã đơn vị", "Địa chỉ", "Người đại diện", "Điện thoại", "Email");

	public static final List<String> PRODUCT_HEADERS = List.of("Mã sản phẩm", "Mã chủ thể", "Bộ sản phẩm", "Tên",
			"Ngày đăng ký", "GTIN", "Mô tả");

	/** The history sheet's headers as the template writes them. */
	public static final List<String> APPLICATION_HEADERS = List.of("ma-san-pham", "cap", "don-vi", "nam", "dot", "loai",
			"diem-thanh-vien", "diem", "ket-qua", "hang-sao", "so-quyet-dinh", "ngay-quyet-dinh", "ngay-ket-luan",
			"chap-nhan-canh-bao", "ghi-chu");

	public final String prefix = "H" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);

	private final int sequence = TestNumbers.productSequences();

	private final int year;

	/** Products registered in {@code year} (their codes end with it). */
	public OcopHistoryWorkbook(int year) {
		this.year = year;
	}

	public String subject(int i) {
		return prefix + "-CT" + i;
	}

	/** The product code of product {@code i} registered by a subject of {@code unit} (061 Ba Bể, 062 Ngân Sơn). */
	public String product(String unit, int i) {
		return "06-%s-%d-%d".formatted(unit, sequence + i, year);
	}

	public String decision(String suffix) {
		return prefix + "/QĐ-UBND-" + suffix;
	}

	/** A household business in Ba Bể (commune 01909) and an enterprise in Ngân Sơn (062). */
	public List<List<Object>> subjects() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row(subject(1), "HOUSEHOLD_BUSINESS", "", "", "Hộ kinh doanh " + prefix, "", "01909", "Thôn Pác Ngòi", "", "", ""));
		rows.add(row(subject(2), "ENTERPRISE", "", "", "Công ty TNHH " + prefix, "", "062", "Nà Phặc", "", "", ""));
		return rows;
	}

	/** Products 1 and 2 of the Ba Bể subject, 3 to 5 of the Ngân Sơn one. */
	public List<List<Object>> products() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row(product("061", 1), subject(1), "TP-06", "Miến dong " + prefix, LocalDate.of(year, 3, 1), "", ""));
		rows.add(row(product("061", 2), subject(1), "TP-04", "Mật ong " + prefix, LocalDate.of(year, 3, 1), "", ""));
		rows.add(row(product("062", 3), subject(2), "TP-11", "Chè " + prefix, LocalDate.of(year, 3, 1), "", ""));
		rows.add(row(product("062", 4), subject(2), "TP-06", "Gạo nếp " + prefix, LocalDate.of(year, 3, 1), "", ""));
		rows.add(row(product("062", 5), subject(2), "TP-04", "Rượu men lá " + prefix, LocalDate.of(year, 3, 1), "", ""));
		return rows;
	}

	public static List<Object> row(Object... values) {
		return new ArrayList<>(List.of(values));
	}

	public record Sheet(String name, List<String> headers, List<List<Object>> rows) {
	}

	public static Path xlsx(Path file, Sheet... sheets) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			for (Sheet data : sheets) {
				org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(data.name());
				org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
				for (int c = 0; c < data.headers().size(); c++) {
					header.createCell(c).setCellValue(data.headers().get(c));
				}
				for (int r = 0; r < data.rows().size(); r++) {
					org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
					List<Object> values = data.rows().get(r);
					for (int c = 0; c < values.size(); c++) {
						Object value = values.get(c);
						if (value instanceof LocalDate day) {
							org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
							cell.setCellValue(day);
							cell.setCellStyle(date);
						}
						else if (value != null && !value.toString().isEmpty()) {
							row.createCell(c).setCellValue(value.toString());
						}
					}
				}
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

}
