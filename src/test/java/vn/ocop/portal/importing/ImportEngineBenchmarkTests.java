package vn.ocop.portal.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's own share of the import benchmark (docs/import.md, "Volumes"): one workbook of
 * 100,000 things and 500,000 parts referring to them (the shape of 100,000 organisations with
 * 500,000 annual updates), imported with the test sheets' cheap upserts, then again unchanged.
 * Off by default; run it with
 * {@code ./mvnw -q test -Dtest=ImportEngineBenchmarkTests -Docop.benchmark=true -DargLine=-Xmx512m}.
 */
@ImportingIntegrationTest
@EnabledIfSystemProperty(named = "ocop.benchmark", matches = "true")
class ImportEngineBenchmarkTests {

	@Autowired
	Imports imports;

	@TempDir
	Path folder;

	@Test
	void importsSixHundredThousandRowsInUnderAMinuteWithinHalfAGigabyte() throws Exception {
		int things = Integer.getInteger("things", 100_000);
		int parts = Integer.getInteger("parts", 500_000);
		Path file = workbook(DemoFiles.uniquePrefix(), things, parts);

		resetPeaks();
		long started = System.nanoTime();
		ImportJobView job = imports.importNow(file, null, ImportsIntegrationTests.OFFICER);
		Duration first = Duration.ofNanos(System.nanoTime() - started);
		long firstPeak = heapPeakMegabytes();

		resetPeaks();
		started = System.nanoTime();
		ImportJobView again = imports.importNow(file, null, ImportsIntegrationTests.OFFICER);
		Duration second = Duration.ofNanos(System.nanoTime() - started);

		System.out.printf("BENCHMARK %,d rows (%,d bytes): first import %s in %d ms (heap peak %d MB of %d MB), again %s in %d ms (%s)%n",
				job.rowsTotal(), Files.size(file), job.status(), first.toMillis(), firstPeak,
				Runtime.getRuntime().maxMemory() / 1024 / 1024, again.status(), second.toMillis(), again.totals());
		assertThat(job.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(job.totals().created()).isEqualTo(things + parts);
		assertThat(again.totals().unchanged()).isEqualTo(things + parts);
		assertThat(first).isLessThan(Duration.ofSeconds(60));
	}

	private Path workbook(String prefix, int things, int parts) throws Exception {
		Path file = folder.resolve("benchmark.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			workbook.setCompressTempFiles(true);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Sheet thingSheet = workbook.createSheet("demo-things");
			header(thingSheet, "ma", "ten", "ngay", "so-tien");
			for (int i = 1; i <= things; i++) {
				Row row = thingSheet.createRow(i);
				row.createCell(0).setCellValue(prefix + "-" + i);
				row.createCell(1).setCellValue("Hợp tác xã số " + i);
				row.createCell(2).setCellValue(LocalDate.of(2020, 1, 1).plusDays(i % 1000));
				row.getCell(2).setCellStyle(date);
				row.createCell(3).setCellValue(i * 1.5);
			}
			Sheet partSheet = workbook.createSheet("demo-parts");
			header(partSheet, "ma-phan", "ma-vat", "so-luong");
			for (int i = 1; i <= parts; i++) {
				Row row = partSheet.createRow(i);
				row.createCell(0).setCellValue(prefix + "-P" + i);
				row.createCell(1).setCellValue(prefix + "-" + (1 + i % things));
				row.createCell(2).setCellValue(i % 50);
			}
			workbook.write(out);
			workbook.dispose();
		}
		return file;
	}

	private static void header(Sheet sheet, String... names) {
		Row header = sheet.createRow(0);
		for (int c = 0; c < names.length; c++) {
			header.createCell(c).setCellValue(names[c]);
		}
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** Sum of the heap pools' peaks: an upper bound of the heap used at any one time. */
	private static long heapPeakMegabytes() {
		return ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum() / 1024 / 1024;
	}

}
