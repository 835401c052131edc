package vn.ocop.portal.reporting;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.ocop.portal.OcopPortalApplication;
import vn.ocop.portal.units.AdministrativeUnit;
import vn.ocop.portal.units.AdministrativeUnits;

/**
 * The year-end report benchmark (issue 5), run by {@code scripts/bench-reports.sh} against a
 * database holding the national-scale data set: boots the application without its web server
 * (demo data off), then times, after a warm-up, in the same JVM as the portal would run them:
 * <ul>
 * <li>{@code province}: one province's report figures ({@link YearEndReports#figures}: the
 * province and each of its units, this year, last year, the five years' history, the plan);</li>
 * <li>{@code document}: the same plus the written report (prose, tables, the two charts);</li>
 * <li>{@code docx}, {@code xlsx}, {@code pdf}: rendering that document as each file;</li>
 * <li>{@code country}: the whole country's figures ({@link YearEndReports#country}: every province
 * and every unit of every province);</li>
 * <li>{@code country-naive}: for comparison, every province's report one after the other.</li>
 * </ul>
 * Prints one line per measurement: name, unit, year, runs, median, p90 and max wall milliseconds,
 * and the median CPU milliseconds of the work (the benchmark thread's plus the database backends'),
 * which a machine loaded by other builds hardly changes.
 * Arguments: {@code --year=2025 --province=79 --runs=10 --warmup=3}.
 */
public final class YearEndReportBenchmark {

	private YearEndReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int year = Integer.parseInt(option(args, "year", "2025"));
		String province = option(args, "province", "79");
		int runs = Integer.parseInt(option(args, "runs", "10"));
		int warmup = Integer.parseInt(option(args, "warmup", "3"));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OcopPortalApplication.class)
			.web(WebApplicationType.NONE)
			.properties("ocop.demo.enabled=false", "spring.main.banner-mode=off", "ocop.command=bench-reports",
					"logging.level.root=WARN")
			.run()) {
			YearEndReports reports = context.getBean(YearEndReports.class);
			YearEndReportWriter writer = context.getBean(YearEndReportWriter.class);
			YearEndDocuments documents = context.getBean(YearEndDocuments.class);
			AdministrativeUnits units = context.getBean(AdministrativeUnits.class);
			Locale vietnamese = Locale.forLanguageTag("vi-VN");
			LocalDate date = reports.period(year).date();
			List<AdministrativeUnit> provinces = units.validOn(date, null);
			YearEndFigures sample = reports.figures(province, year);
			System.out.printf("# %s %d: %d units in the province, %d provinces; THT_ACTIVE %s, HTX_ACTIVE %s%n", province, year,
					sample.children().size(), provinces.size(), sample.value("THT_ACTIVE"), sample.value("HTX_ACTIVE"));

			time("province", province, year, warmup, runs, () -> reports.figures(province, year));
			time("document", province, year, warmup, runs, () -> writer.write(reports.figures(province, year), vietnamese));
			ReportDocument document = writer.write(sample, vietnamese);
			for (ReportFormat format : ReportFormat.values()) {
				time(format.name().toLowerCase(Locale.ROOT), province, year, warmup, runs, () -> {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					documents.write(document, format, out);
					return out.size();
				});
			}
			List<YearEndFigures> country = reports.country(year);
			System.out.printf("# country %d: %d provinces, %d units%n", year, country.size(),
					country.stream().mapToInt(one -> one.children().size()).sum());
			time("country", "all", year, Math.min(warmup, 2), runs, () -> reports.country(year));
			time("country-naive", "all", year, 0, 2, () -> {
				List<YearEndFigures> all = new ArrayList<>();
				provinces.forEach(one -> all.add(reports.figures(one.code().value(), year)));
				return all;
			});
		}
	}

	private static void time(String name, String unit, int year, int warmup, int runs, Supplier<?> work) {
		for (int i = 0; i < warmup; i++) {
			work.get();
		}
		double[] millis = new double[runs];
		double[] cpu = new double[runs];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < runs; i++) {
			long databaseBefore = databaseCpuTicks();
			long threadBefore = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			work.get();
			millis[i] = (System.nanoTime() - start) / 1e6;
			cpu[i] = (threads.getCurrentThreadCpuTime() - threadBefore) / 1e6 + (databaseCpuTicks() - databaseBefore) * 10.0;
		}
		Arrays.sort(millis);
		Arrays.sort(cpu);
		System.out.printf(Locale.ROOT, "%-14s unit=%-4s year=%d runs=%d median_ms=%.1f p90_ms=%.1f max_ms=%.1f cpu_median_ms=%.1f%n", name,
				unit, year, runs, millis[runs / 2], millis[(int) Math.ceil(runs * 0.9) - 1], millis[runs - 1], cpu[runs / 2]);
	}

	/**
	 * CPU ticks (1/100 s) used so far by the PostgreSQL backends of the benchmark's database
	 * (processes whose command line names it; the script turns parallel workers off so that the
	 * backends do all the work), so that a loaded machine's waiting is told apart from the work.
	 */
	private static long databaseCpuTicks() {
		String database = System.getProperty("bench.database", "");
		long ticks = 0;
		File[] processes = new File("/proc").listFiles((dir, name) -> name.chars().allMatch(Character::isDigit));
		if (database.isEmpty() || processes == null) {
			return 0;
		}
		for (File process : processes) {
			try {
				String command = Files.readString(new File(process, "cmdline").toPath()).replace('\0', ' ');
				if (!command.startsWith("postgres: ") || !command.contains(" " + database + " ")) {
					continue;
				}
				String stat = Files.readString(new File(process, "stat").toPath());
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			}
			catch (IOException | RuntimeException gone) {
				// the process ended meanwhile
			}
		}
		return ticks;
	}

	private static String option(String[] args, String name, String fallback) {
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				return arg.substring(name.length() + 3);
			}
		}
		return fallback;
	}

}
