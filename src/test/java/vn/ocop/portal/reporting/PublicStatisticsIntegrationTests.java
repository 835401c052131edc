package vn.ocop.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public statistics page {@code /thong-ke} over real HTTP, without signing in: the headline
 * figures and charts of the latest year for the collective economy and for OCOP (certificates valid
 * by star, products by group, evaluations and new recognitions), each chart with its table, and the
 * open data (CSV, JSON) covering the OCOP indicators, in Vietnamese and English. The expected OCOP
 * figures are counted in the test from the certificates' rows (other tests sharing the database may
 * add certificates), not taken from constants or from the code under test.
 */
@ReportingIntegrationTest
class PublicStatisticsIntegrationTests {

	private static final List<String> GROUPS = List.of("TP", "DU", "DL", "TC", "SV", "DV");

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	YearEndReports reports;

	@Value("${ocop.certification.late-extension-days}")
	int lateExtensionDays;

	@Test
	void theLatestYearShowsTheOcopFiguresCountedFromTheCertificates() {
		int year = reports.latestReportedYear();
		LocalDate end = LocalDate.of(year, 12, 31);
		Document page = Jsoup.parse(html("/thong-ke"));
		ValidCounts valid = validOn(end, "06");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Thống kê kinh tế tập thể và sản phẩm OCOP");
		Element ocop = page.selectFirst("section.statistics-part--ocop");
		assertThat(ocop.selectFirst("h2").text()).isEqualTo("Sản phẩm OCOP");
		assertThat(ocop.selectFirst("p").text()).contains("31/12/" + year);
		Map<String, String> cards = cards(ocop);
		assertThat(valid.byStar.get(3)).as("the demo has valid 3★ certificates at the end of %s", year).isPositive();
		assertThat(cards).containsEntry("Sản phẩm OCOP 3 sao còn hiệu lực", vi(valid.byStar.get(3)))
			.containsEntry("Sản phẩm OCOP 4 sao còn hiệu lực", vi(valid.byStar.get(4)))
			.containsEntry("Sản phẩm OCOP 5 sao còn hiệu lực", vi(valid.byStar.get(5)))
			.containsEntry("Sản phẩm được đánh giá cấp tỉnh", vi(decided(year, false)))
			.containsEntry("Sản phẩm được công nhận mới", vi(recognisedFirstTime(year)));

		// products by group: table 7 (this year's column and the total), counted per group from the rows
		Element groups = table(ocop, "Bảng 7. Sản phẩm OCOP còn hiệu lực theo nhóm sản phẩm năm " + year);
		Map<String, String> thisYear = column(groups, 2);
		assertThat(thisYear).containsEntry("Thực phẩm", vi(valid.byGroup.get("TP")))
			.containsEntry("Đồ uống", vi(valid.byGroup.get("DU")))
			.containsEntry("Dược liệu", vi(valid.byGroup.get("DL")))
			.containsEntry("Thủ công mỹ nghệ", vi(valid.byGroup.get("TC")))
			.containsEntry("Sinh vật cảnh", vi(valid.byGroup.get("SV")))
			.containsEntry("Dịch vụ du lịch", vi(valid.byGroup.get("DV")))
			.containsEntry("Tổng số sản phẩm", vi(valid.products));
		assertThat(column(groups, 1)).containsEntry("Tổng số sản phẩm", vi(validOn(end.minusYears(1), "06").products));

		// every chart is an image whose text alternative is its caption, and the OCOP ones come with their tables
		List<Element> charts = page.select("figure.report-chart");
		assertThat(charts).hasSize(5).allSatisfy(chart -> {
			assertThat(chart.selectFirst("img").attr("alt")).isNotBlank().isEqualTo(chart.selectFirst("figcaption").text());
			assertThat(chart.selectFirst("img").attr("src")).startsWith("data:image/png;base64,");
		});
		assertThat(ocop.select("figure.report-chart figcaption").eachText()).containsExactly(
				"Biểu đồ 4. Sản phẩm OCOP còn hiệu lực theo nhóm sản phẩm năm " + year + " — Tỉnh Bắc Kạn",
				"Biểu đồ 3. Sản phẩm OCOP còn hiệu lực theo hạng sao qua các năm — Tỉnh Bắc Kạn",
				"Biểu đồ 5. Sản phẩm OCOP được đánh giá và được công nhận mới qua các năm — Tỉnh Bắc Kạn");
		Element years = table(ocop, "Bảng 9. Kết quả OCOP qua các năm — Tỉnh Bắc Kạn");
		Map<String, String> threeStars = column(years, 3);
		for (int back = 0; back < YearEndReports.HISTORY_YEARS; back++) {
			int earlier = year - back;
			ValidCounts then = validOn(LocalDate.of(earlier, 12, 31), "06");
			// a year without any valid certificate in the province has no figures (never 0)
			assertThat(threeStars).as("3★ on 31/12/%s", earlier)
				.containsEntry(String.valueOf(earlier), then.products == 0 ? "chưa có số liệu" : vi(then.byStar.get(3)));
		}
		assertThat(column(years, 1)).containsEntry(String.valueOf(year), vi(decided(year, false)));
		// by the units of the year, which add up to the province
		Element units = table(ocop, "Bảng 8. Sản phẩm OCOP còn hiệu lực theo nhóm sản phẩm và đơn vị hành chính năm " + year
				+ " — Tỉnh Bắc Kạn");
		assertThat(units.select("tbody tr")).hasSize(reports.figures("06", year).children().size() + 1);
		assertThat(column(units, 7)).containsEntry("Toàn Tỉnh Bắc Kạn", vi(valid.products));
	}

	@Test
	void theOpenDataCarriesTheOcopIndicatorsOfTheProvinceAndEachUnit() throws IOException {
		int year = 2022;
		LocalDate end = LocalDate.of(year, 12, 31);
		String csv = new String(http.get().uri("/thong-ke/du-lieu.csv?year=" + year).exchange().expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\ufeff");
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv.substring(1)))
			.getRecords();
		ValidCounts province = validOn(end, "06");
		for (String group : GROUPS) {
			assertThat(value(rows, "06", "OCOP_GROUP_" + group)).as(group).isEqualTo(String.valueOf(province.byGroup.get(group)));
		}
		for (int star = 3; star <= 5; star++) {
			assertThat(value(rows, "06", "OCOP_CERTIFIED_" + star + "STAR")).isEqualTo(String.valueOf(province.byStar.get(star)));
		}
		assertThat(value(rows, "06", "OCOP_EVALUATED")).isEqualTo(String.valueOf(decided(year, false)));
		assertThat(value(rows, "06", "OCOP_NEW_RECOGNISED")).isEqualTo(String.valueOf(recognisedFirstTime(year)));
		// each district of 2022 (Ba Bể, 061), counted from its own certificates
		ValidCounts baBe = validOn(end, "061");
		assertThat(rows).anySatisfy(row -> assertThat(row.get("unit_code")).isEqualTo("058"));
		for (String group : GROUPS) {
			assertThat(value(rows, "061", "OCOP_GROUP_" + group)).isEqualTo(String.valueOf(baBe.byGroup.get(group)));
		}

		JsonNode json = JsonMapper.builder().build().readTree(http.get().uri("/thong-ke/du-lieu.json?year=" + year + "&unit=061")
			.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
		assertThat(json.get("unit").asString()).isEqualTo("061");
		Map<String, Integer> jsonValues = new HashMap<>();
		for (JsonNode row : json.get("rows")) {
			if (row.get("unit_code").asString().equals("061") && !row.get("value").isNull()) {
				jsonValues.put(row.get("indicator").asString(), row.get("value").asInt());
			}
		}
		assertThat(jsonValues).containsEntry("OCOP_GROUP_TP", baBe.byGroup.get("TP"))
			.containsEntry("OCOP_CERTIFIED_3STAR", baBe.byStar.get(3))
			.containsKey("OCOP_EVALUATED")
			.containsKey("HTX_ACTIVE");
	}

	@Test
	void theEnglishPageReadsInEnglishWithEnglishNumbers() {
		int year = reports.latestReportedYear();
		Document page = Jsoup.parse(html("/thong-ke?lang=en"));
		ValidCounts valid = validOn(LocalDate.of(year, 12, 31), "06");

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Collective economy and OCOP statistics");
		assertThat(page.select("section.statistics-part h2").eachText()).containsExactly("Collective economy", "OCOP products");
		Element ocop = page.selectFirst("section.statistics-part--ocop");
		assertThat(cards(ocop)).containsEntry("Products with a valid 3-star OCOP certificate", en(valid.byStar.get(3)));
		assertThat(column(table(ocop, "Table 7. Products with a valid OCOP certificate by product group in " + year), 2))
			.containsEntry("Food", en(valid.byGroup.get("TP")))
			.containsEntry("Total products", en(valid.products));
		assertThat(page.select("figure.report-chart img").eachAttr("alt"))
			.contains("Chart 3. Products with a valid OCOP certificate by star over the years — Tỉnh Bắc Kạn");
		assertThat(page.select("main").text()).doesNotContain("Bảng").doesNotContain("Biểu đồ").doesNotContain("chưa có số liệu");
		// the collective economy's cards in the English format
		assertThat(cards(page.selectFirst("section.statistics-part"))).containsEntry("Cooperative groups in operation",
				en(reports.figures("06", year).value("THT_ACTIVE").intValue()));
	}

	// ------------------------------------------------------------------------------------------------

	/** Products with a certificate valid on the day in the unit, counted row by row from the certificates. */
	private ValidCounts validOn(LocalDate day, String unit) {
		Map<Integer, Set<Long>> byStar = new TreeMap<>();
		Map<String, Set<Long>> byGroup = new TreeMap<>();
		Set<Long> products = new HashSet<>();
		jdbc.sql("SELECT product_id, star, group_code, issued_on, superseded_on, revoked_on, expires_on, rerating_filed_on, area_codes"
				+ " FROM certification_certificate")
			.query(rs -> {
				Array areas = rs.getArray("area_codes");
				if (!Arrays.asList((Object[]) areas.getArray()).contains(unit)) {
					return;
				}
				LocalDate issued = rs.getObject("issued_on", LocalDate.class);
				LocalDate superseded = rs.getObject("superseded_on", LocalDate.class);
				LocalDate revoked = rs.getObject("revoked_on", LocalDate.class);
				LocalDate expires = rs.getObject("expires_on", LocalDate.class);
				LocalDate filed = rs.getObject("rerating_filed_on", LocalDate.class);
				boolean inForce = !issued.isAfter(day) && (superseded == null || superseded.isAfter(day))
						&& (revoked == null || revoked.isAfter(day))
						&& (!expires.isBefore(day) || filed != null && !filed.isAfter(day)
								&& !expires.plusDays(lateExtensionDays).isBefore(day));
				if (inForce) {
					long product = rs.getLong("product_id");
					byStar.computeIfAbsent(rs.getInt("star"), star -> new HashSet<>()).add(product);
					byGroup.computeIfAbsent(rs.getString("group_code"), group -> new HashSet<>()).add(product);
					products.add(product);
				}
			});
		Map<Integer, Integer> stars = new HashMap<>();
		for (int star = 3; star <= 5; star++) {
			stars.put(star, byStar.getOrDefault(star, Set.of()).size());
		}
		Map<String, Integer> groups = new HashMap<>();
		GROUPS.forEach(group -> groups.put(group, byGroup.getOrDefault(group, Set.of()).size()));
		return new ValidCounts(stars, groups, products.size());
	}

	private record ValidCounts(Map<Integer, Integer> byStar, Map<String, Integer> byGroup, int products) {
	}

	/** Applications of the province's provincial rounds decided in the year (recognised or not; or only first-time recognised ones). */
	private int decided(int year, boolean firstTimeRecognised) {
		return jdbc.sql("SELECT count(*) FROM ocop_application a JOIN ocop_round r ON r.id = a.round_id AND r.level = 'PROVINCE'"
				+ " WHERE '06' = ANY (a.area_codes) AND a.state IN ('DECIDED', 'NOT_RECOGNISED')"
				+ " AND EXTRACT(YEAR FROM COALESCE(a.decision_date, a.concluded_on)) = :year"
				+ (firstTimeRecognised ? " AND a.kind = 'FIRST_TIME' AND a.state = 'DECIDED'" : ""))
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	private int recognisedFirstTime(int year) {
		return decided(year, true);
	}

	private String html(String path) {
		return http.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

	/** The cards of a part: label → value as shown. */
	private static Map<String, String> cards(Element part) {
		Map<String, String> cards = new HashMap<>();
		for (Element card : part.select(".stat-card")) {
			cards.put(card.selectFirst(".stat-card__label").text(), card.selectFirst(".stat-card__value").text());
		}
		return cards;
	}

	private static Element table(Element part, String caption) {
		Element table = part.select(".report-table table").stream()
			.filter(one -> one.selectFirst("caption").text().equals(caption))
			.findFirst()
			.orElse(null);
		assertThat(table).as("a table captioned %s among %s", caption, part.select(".report-table caption").eachText()).isNotNull();
		return table;
	}

	/** A table's column by the text of each row's first cell. */
	private static Map<String, String> column(Element table, int index) {
		Map<String, String> column = new HashMap<>();
		for (Element row : table.select("tbody tr")) {
			column.put(row.child(0).text(), row.child(index).text());
		}
		return column;
	}

	private static String value(List<CSVRecord> rows, String unit, String indicator) {
		return rows.stream()
			.filter(row -> row.get("unit_code").equals(unit) && row.get("indicator").equals(indicator))
			.map(row -> row.get("value"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + unit + " " + indicator));
	}

	private static String vi(int value) {
		return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi-VN")).format(value);
	}

	private static String en(int value) {
		return java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(value);
	}

}
