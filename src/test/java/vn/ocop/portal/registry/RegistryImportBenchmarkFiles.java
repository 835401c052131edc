package vn.ocop.portal.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the import benchmark's files (scripts/bench-import.sh, docs/benchmarks.md): one
 * province's registry as provinces would send it, {@code organisations} organisations (default
 * 100,000) of sheet {@code to-chuc} and one annual update per organisation and year for
 * {@code years} years (default 5, 2021–2025: 500,000 rows) of sheet {@code cap-nhat-hang-nam}:
 * <ul>
 * <li>{@code registry-benchmark.xlsx}: both sheets in one workbook, strings in the shared-strings
 * table and dates as date cells, as Excel saves them;</li>
 * <li>{@code to-chuc.csv} and {@code cap-nhat-hang-nam.csv}: the same rows as UTF-8 CSV (one
 * sheet per file), dates {@code dd/MM/yyyy}.</li>
 * </ul>
 * Every row passes the registry's rules: units are the communes of the province in the
 * pre-2025 unit set (valid on the registration dates 2009–2020), about 55% cooperative groups,
 * 44% cooperatives and 1% unions, 2% suspended and 1% dissolved in 2025, members above the legal
 * minimums. Deterministic (fixed seed); codes {@code BENCH-0000001}... Not a test: a program run on
 * the test class path,
 * {@code java -cp target/test-classes:target/classes:<dependencies> vn.ocop.portal.registry.RegistryImportBenchmarkFiles
 * --out=DIR [--organisations=100000] [--years=5] [--province=06] [--format=xlsx|csv|both]}.
 */
public final class RegistryImportBenchmarkFiles {

	static final String PREFIX = "BENCH-";

	private static final int FIRST_YEAR = 2021;

	private static final LocalDate FIRST_REGISTRATION = LocalDate.of(2009, 1, 1);

	private static final LocalDate LAST_REGISTRATION = LocalDate.of(2020, 12, 31);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final List<String> WORK = List.of("nông nghiệp", "dịch vụ nông nghiệp", "chè", "chăn nuôi", "thủy sản",
			"rau an toàn", "cây ăn quả", "dược liệu", "du lịch cộng đồng", "vận tải", "xây dựng", "thương mại", "chế biến",
			"môi trường", "lâm nghiệp", "thủ công mỹ nghệ", "nước sạch");

	private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Hoàng", "Nông", "Triệu", "Lý", "Hà", "Ma", "Đinh", "Lương");

	private static final List<String> GIVEN = List.of("Văn Minh", "Thị Hoa", "Văn Hùng", "Thị Lan", "Đức Thắng", "Thị Mai",
			"Văn Tâm", "Quang Huy", "Thị Thu", "Văn Sơn");

	static final String[] ORGANISATION_HEADER = { "ma", "loai", "ten", "so-dang-ky", "ma-so-thue", "ngay-dang-ky",
			"co-quan-dang-ky", "ma-don-vi", "dia-chi", "nganh", "nguoi-dai-dien", "chuc-danh", "dien-thoai", "email",
			"trang-thai", "ngay-trang-thai", "ly-do-tam-ngung", "so-quyet-dinh-giai-the", "ngay-quyet-dinh-giai-the",
			"hinh-thuc-giai-the" };

	static final String[] UPDATE_HEADER = { "ma-to-chuc", "nam", "thanh-vien-chinh-thuc", "thanh-vien-lien-ket-gop-von",
			"thanh-vien-lien-ket-khong-gop-von", "hop-tac-xa-thanh-vien", "lao-dong", "von-dieu-le", "tong-tai-san",
			"doanh-thu", "loi-nhuan", "thu-nhap-binh-quan" };

	/** A commune of the province: code, proper name (without "Xã"), district code. */
	record Commune(String code, String name, String district) {
	}

	/** One cell value; dates stay dates so that the workbook holds date cells. */
	private interface Sink extends AutoCloseable {

		void row(Object... values) throws IOException;

		@Override
		void close() throws IOException;

	}

	private RegistryImportBenchmarkFiles() {
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(option(args, "out", "target/bench-import"));
		int organisations = Integer.parseInt(option(args, "organisations", "100000"));
		int years = Integer.parseInt(option(args, "years", "5"));
		String province = option(args, "province", "06");
		String format = option(args, "format", "both");
		List<Commune> communes = communes(province);
		if (communes.isEmpty()) {
			throw new IllegalArgumentException("No communes of province " + province + " in units-20250301-20250630.csv");
		}
		Files.createDirectories(out);
		long started = System.nanoTime();
		if (!format.equals("csv")) {
			Path file = out.resolve("registry-benchmark.xlsx");
			writeXlsx(file, communes, organisations, years);
			System.out.printf("%s: %,d bytes%n", file, Files.size(file));
		}
		if (!format.equals("xlsx")) {
			Path organisationFile = out.resolve("to-chuc.csv");
			Path updateFile = out.resolve("cap-nhat-hang-nam.csv");
			try (Sink organisationSink = csv(organisationFile, ORGANISATION_HEADER); Sink updateSink = csv(updateFile, UPDATE_HEADER)) {
				write(communes, organisations, years, organisationSink, updateSink);
			}
			System.out.printf("%s: %,d bytes; %s: %,d bytes%n", organisationFile, Files.size(organisationFile), updateFile,
					Files.size(updateFile));
		}
		System.out.printf("%,d organisations, %,d annual updates (%d communes of province %s) in %d ms%n", organisations,
				(long) organisations * years, communes.size(), province, (System.nanoTime() - started) / 1_000_000);
	}

	/** The province's communes in the unit set valid 2008–2025 (the registration dates' set). */
	static List<Commune> communes(String province) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = RegistryImportBenchmarkFiles.class.getResourceAsStream("/units/units-20250301-20250630.csv");
				Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			for (CSVRecord record : parser) {
				rows.add(new String[] { record.get("code"), record.get("name"), record.get("level"), record.get("parent_code") });
			}
		}
		Set<String> districts = new HashSet<>();
		for (String[] row : rows) {
			if (province.equals(row[3]) && row[0].length() == 3) {
				districts.add(row[0]);
			}
		}
		List<Commune> communes = new ArrayList<>();
		for (String[] row : rows) {
			if (row[0].length() == 5 && districts.contains(row[3])) {
				communes.add(new Commune(row[0], properName(row[1]), row[3]));
			}
		}
		return communes;
	}

	private static String properName(String name) {
		for (String prefix : List.of("Thị trấn ", "Phường ", "Xã ")) {
			if (name.startsWith(prefix)) {
				return name.substring(prefix.length());
			}
		}
		return name;
	}

	private static void writeXlsx(Path file, List<Commune> communes, int organisations, int years) throws IOException {
		// shared strings, as Excel writes them (the reader keeps that table in memory)
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true); OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Sink organisationSink = sheet(workbook.createSheet("to-chuc"), date, ORGANISATION_HEADER);
			Sink updateSink = sheet(workbook.createSheet("cap-nhat-hang-nam"), date, UPDATE_HEADER);
			write(communes, organisations, years, organisationSink, updateSink);
			workbook.write(out);
			workbook.dispose();
		}
	}

	private static Sink sheet(Sheet sheet, CellStyle dateStyle, String[] header) throws IOException {
		Sink sink = new Sink() {
			int next;

			public void row(Object... values) {
				Row row = sheet.createRow(next++);
				for (int c = 0; c < values.length; c++) {
					Object value = values[c];
					if (value == null) {
						continue;
					}
					org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
					if (value instanceof LocalDate day) {
						cell.setCellValue(day);
						cell.setCellStyle(dateStyle);
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}

			public void close() {
			}
		};
		sink.row((Object[]) header);
		return sink;
	}

	private static Sink csv(Path file, String[] header) throws IOException {
		Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().print(writer);
		printer.printRecord((Object[]) header);
		return new Sink() {
			public void row(Object... values) throws IOException {
				printer.printRecord(Arrays.stream(values)
					.map(value -> value instanceof LocalDate day ? DAY.format(day) : value)
					.toArray());
			}

			public void close() throws IOException {
				printer.close(true);
			}
		};
	}

	/** The rows, the same for every format: organisation i, then (in the other sheet) its updates. */
	private static void write(List<Commune> communes, int organisations, int years, Sink organisationSink, Sink updateSink)
			throws IOException {
		Random random = new Random(20261128L);
		int span = (int) (LAST_REGISTRATION.toEpochDay() - FIRST_REGISTRATION.toEpochDay()) + 1;
		List<Object[]> updates = new ArrayList<>();
		for (int i = 1; i <= organisations; i++) {
			int roll = random.nextInt(100);
			String kind = roll < 55 ? "THT" : roll < 99 ? "HTX" : "LHHTX";
			Commune commune = communes.get(random.nextInt(communes.size()));
			LocalDate registered = FIRST_REGISTRATION.plusDays(random.nextInt(span));
			String code = PREFIX + "%07d".formatted(i);
			String work = WORK.get(random.nextInt(WORK.size()));
			String name = switch (kind) {
				case "THT" -> "Tổ hợp tác " + work + " " + commune.name() + " " + (1 + random.nextInt(40));
				case "HTX" -> "Hợp tác xã " + work + " " + commune.name() + " " + (1 + random.nextInt(40));
				default -> "Liên hiệp hợp tác xã " + work + " " + commune.name() + " " + i;
			};
			String number = kind.equals("THT") && random.nextInt(3) > 0 ? null : "BK%08d".formatted(i);
			String tax = kind.equals("THT") ? null : "47%08d".formatted(i);
			String sector = switch (random.nextInt(10)) {
				case 0, 1 -> "TRADE_SERVICES_OTHER";
				case 2 -> "INDUSTRY_CONSTRUCTION";
				default -> kind.equals("HTX") && random.nextInt(40) == 0 ? "FINANCE_CREDIT" : "AGRICULTURE";
			};
			String authority = kind.equals("THT") ? "UBND xã " + commune.name() : "Phòng Tài chính - Kế hoạch huyện";
			String representative = FAMILY.get(random.nextInt(FAMILY.size())) + " " + GIVEN.get(random.nextInt(GIVEN.size()));
			String phone = "0209 %03d %04d".formatted(random.nextInt(1000), random.nextInt(10000));
			String email = kind.equals("THT") ? null : "lienhe%d@htx.example.vn".formatted(i);
			int fate = random.nextInt(100);
			String status = fate < 2 ? "SUSPENDED" : fate < 3 ? "DISSOLVED" : "OPERATING";
			LocalDate statusDate = switch (status) {
				case "SUSPENDED" -> registered.plusDays(30 + random.nextInt(700));
				case "DISSOLVED" -> LocalDate.of(2025, 1 + random.nextInt(6), 1 + random.nextInt(28));
				default -> null;
			};
			boolean dissolved = status.equals("DISSOLVED");
			organisationSink.row(code, kind, name, number, tax, registered, authority, commune.code(),
					"Thôn " + (1 + random.nextInt(20)) + ", xã " + commune.name(), sector, representative,
					kind.equals("THT") ? "Tổ trưởng" : "Giám đốc", phone, email, status, statusDate,
					status.equals("SUSPENDED") ? "Tạm dừng sản xuất kinh doanh" : null,
					dissolved ? "%d/QĐ-UBND".formatted(1 + random.nextInt(900)) : null, dissolved ? statusDate : null,
					dissolved ? (random.nextBoolean() ? "VOLUNTARY" : "COMPULSORY") : null);
			for (int year = FIRST_YEAR; year < FIRST_YEAR + years; year++) {
				updates.add(update(code, kind, year, random));
			}
			if (updates.size() >= 10_000) {
				flush(updates, updateSink);
			}
		}
		flush(updates, updateSink);
	}

	private static void flush(List<Object[]> updates, Sink updateSink) throws IOException {
		for (Object[] update : updates) {
			updateSink.row(update);
		}
		updates.clear();
	}

	private static Object[] update(String code, String kind, int year, Random random) {
		int official = switch (kind) {
			case "THT" -> 2 + random.nextInt(20);
			case "HTX" -> 7 + random.nextInt(40);
			default -> 0;
		};
		int capital = kind.equals("HTX") ? random.nextInt(4) : 0;
		int cooperatives = kind.equals("LHHTX") ? 4 + random.nextInt(9) : 0;
		long scale = kind.equals("THT") ? 1 : 6;
		long charter = scale * (20 + random.nextInt(400)) * 1_000_000L;
		return new Object[] { code, year, official, capital, 0, cooperatives, official + 1 + random.nextInt(10), charter,
				charter * 2, scale * (40 + random.nextInt(800)) * 1_000_000L, scale * (random.nextInt(100) - 20) * 1_000_000L,
				(30 + random.nextInt(70)) * 1_000_000L };
	}

	private static String option(String[] args, String name, String fallback) {
		String prefix = "--" + name + "=";
		return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length())).findFirst()
			.orElse(fallback);
	}

}
