package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.portal.registry.RegistryTestData.PROVINCIAL_OFFICER;
import static vn.ocop.portal.registry.RegistryTestData.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

import vn.ocop.portal.registry.OrganisationQuery.Order;
import vn.ocop.portal.registry.OrganisationQuery.UpdateFilter;

/**
 * The back-office list's SQL (tuned for national-scale data, docs/benchmarks.md) gives the same
 * organisations, in the same order, with the same status on the date and the same update status,
 * as a plain reference query written here: a subquery per organisation for the status on a date,
 * an outer join for the year's update, OFFSET for the page. Over the demo data of province 06
 * (1,104 organisations, updates of 2021 and 2022, suspended and dissolved ones).
 */
@RegistryIntegrationTest
class RegistryListQueryIntegrationTests {

	@Autowired
	OrganisationListIndex index;

	/** Lists from the database alone here; {@link RegistryListIndexIntegrationTests} through the node's index. */
	@BeforeEach
	void readLists() throws Exception {
		index.enabled = false;
	}

	@AfterEach
	void restoreIndex() {
		index.enabled = true;
	}

	private static final String REFERENCE = """
			SELECT o.id,
			       CASE WHEN :dated THEN (SELECT s.status FROM registry_status_change s WHERE s.organisation_id = o.id
			                              AND s.effective_date <= :date ORDER BY s.effective_date DESC, s.seq DESC LIMIT 1)
			            ELSE o.status END AS status_on,
			       u.status AS update_status
			  FROM registry_organisation o
			  LEFT JOIN registry_annual_update u ON u.organisation_id = o.id AND u.year = :year
			 WHERE o.unit_code IN (SELECT a.unit_code FROM registry_unit_area a WHERE a.container_code = '06')
			   AND (:kind = '' OR o.kind = :kind)
			   AND (NOT :dated OR o.registration_date <= :date)
			""";

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistryManagement management;

	@Test
	void aYearsUpdatesAnyAcceptedReturnedOrMissing() {
		for (int year : new int[] { 2021, 2022, 2023 }) {
			for (UpdateFilter update : UpdateFilter.values()) {
				String condition = switch (update) {
					case ANY -> "u.organisation_id IS NOT NULL";
					case MISSING -> "u.organisation_id IS NULL AND o.registration_date <= make_date(:year, 12, 31)";
					default -> "u.status = '" + update.name() + "'";
				};
				for (OrganisationKind kind : new OrganisationKind[] { null, OrganisationKind.HTX }) {
					OrganisationQuery query = new OrganisationQuery(kind, null, null, null, null, year, update, null, Order.NAME, 0, 200);
					assertSameAsReference(query, condition, year, null);
				}
			}
		}
		assertThat(reference(new OrganisationQuery(null, null, null, null, null, 2022, UpdateFilter.MISSING, null, Order.NAME, 0, 200),
				"u.organisation_id IS NULL AND o.registration_date <= DATE '2022-12-31'", 2022, null))
			.as("the demo data has organisations without a 2022 update")
			.isNotEmpty();
	}

	@Test
	void theStatusOnAPastDate() {
		LocalDate[] dates = { LocalDate.of(2021, 12, 31), LocalDate.of(2022, 12, 31), LocalDate.of(2023, 6, 30) };
		for (LocalDate date : dates) {
			assertSameAsReference(new OrganisationQuery(null, null, null, date, null, null, null, null, Order.NAME, 0, 200), "TRUE",
					null, date);
			for (OrganisationStatus status : OrganisationStatus.values()) {
				for (OrganisationKind kind : new OrganisationKind[] { null, OrganisationKind.THT }) {
					OrganisationQuery query = new OrganisationQuery(kind, status, null, date, null, null, null, null, Order.NAME, 0, 200);
					assertSameAsReference(query, "(SELECT s.status FROM registry_status_change s WHERE s.organisation_id = o.id"
							+ " AND s.effective_date <= :date ORDER BY s.effective_date DESC, s.seq DESC LIMIT 1) = '" + status.name() + "'",
							null, date);
				}
			}
		}
		assertThat(reference(new OrganisationQuery(null, OrganisationStatus.DISSOLVED, null, LocalDate.of(2022, 12, 31), null, null, null,
				null, Order.NAME, 0, 200), "(SELECT s.status FROM registry_status_change s WHERE s.organisation_id = o.id"
						+ " AND s.effective_date <= :date ORDER BY s.effective_date DESC, s.seq DESC LIMIT 1) = 'DISSOLVED'",
				null, LocalDate.of(2022, 12, 31)))
			.as("the demo data has organisations dissolved by the end of 2022")
			.isNotEmpty();
	}

	@Test
	void theStatusOnADateFollowsTransitionsAndACorrectedRegistrationDate() {
		String name = "Hợp tác xã Khuổi Khon " + RegistryTestData.uniqueWord();
		OrganisationId id = as(PROVINCIAL_OFFICER, () -> management.register(OrganisationKind.HTX,
				RegistryTestData.cooperative(name, "01888", LocalDate.of(2023, 4, 3))));
		as(PROVINCIAL_OFFICER, () -> {
			management.suspend(id, LocalDate.of(2024, 2, 1), "Thiếu vốn");
			management.resume(id, LocalDate.of(2024, 8, 1));
			// the registration change's date corrected (an UPDATE of registry_status_change), then a dissolution
			management.correct(id, RegistryTestData.cooperative(name, "01888", LocalDate.of(2023, 1, 10)));
			management.dissolve(id, LocalDate.of(2025, 3, 1), "15/QĐ-UBND", LocalDate.of(2025, 2, 20), DissolutionKind.VOLUNTARY);
			return null;
		});
		Map<LocalDate, OrganisationStatus> expected = new java.util.LinkedHashMap<>();
		expected.put(LocalDate.of(2023, 1, 9), null);
		expected.put(LocalDate.of(2023, 1, 10), OrganisationStatus.OPERATING);
		expected.put(LocalDate.of(2024, 1, 31), OrganisationStatus.OPERATING);
		expected.put(LocalDate.of(2024, 2, 1), OrganisationStatus.SUSPENDED);
		expected.put(LocalDate.of(2024, 7, 31), OrganisationStatus.SUSPENDED);
		expected.put(LocalDate.of(2024, 8, 1), OrganisationStatus.OPERATING);
		expected.put(LocalDate.of(2025, 2, 28), OrganisationStatus.OPERATING);
		expected.put(LocalDate.of(2025, 3, 1), OrganisationStatus.DISSOLVED);
		expected.forEach((date, status) -> {
			for (OrganisationStatus filter : OrganisationStatus.values()) {
				OrganisationQuery query = new OrganisationQuery(null, filter, null, date, null, null, null, name, Order.NAME, 0, 25);
				assertThat(as(PROVINCIAL_OFFICER, () -> organisations.list(query)).map(OrganisationSummary::id).getContent())
					.as("%s on %s", filter, date)
					.isEqualTo(filter == status ? List.of(id) : List.of());
			}
		});
	}

	@Test
	void deepPagesCountedUpToTwiceTheirOffsetAreReadFromTheStartThenFromTheEnd() {
		// With the deep pages starting at row 100, the demo data's 1,104 organisations have deep pages
		// in their first half (the count stops at twice the offset: read from the start) and in their
		// second half (counted to the end: read from the end).
		Organisations target = AopTestUtils.getTargetObject(organisations);
		long deepOffset = target.deepOffset;
		target.deepOffset = 100;
		try {
			for (Order order : Order.values()) {
				List<Row> expected = reference(new OrganisationQuery(null, null, null, null, null, null, null, null, order, 0, 25), "TRUE",
						null, null);
				int lastPage = (expected.size() - 1) / 25;
				for (int number : new int[] { 4, 5, 10, lastPage / 2, lastPage / 2 + 1, lastPage - 1, lastPage }) {
					OrganisationQuery query = new OrganisationQuery(null, null, null, null, null, null, null, null, order, number, 25);
					List<Row> page = expected.subList(Math.min(number * 25, expected.size()), Math.min(number * 25 + 25, expected.size()));
					long limit = (number + 21) * 25L;
					Page<OrganisationSummary> capped = as(PROVINCIAL_OFFICER, () -> organisations.list(query, limit));
					assertThat(rows(capped)).as("%s page %d counted up to %d", order, number, limit).isEqualTo(page);
					assertThat(capped.getTotalElements()).isEqualTo(Math.min(expected.size(), limit + 1));
				}
			}
		}
		finally {
			target.deepOffset = deepOffset;
		}
	}

	@Test
	void deepPagesInEveryOrderWithTheirCounts() {
		for (Order order : Order.values()) {
			List<Row> expected = reference(new OrganisationQuery(null, null, null, null, null, null, null, null, order, 0, 25), "TRUE",
					null, null);
			assertThat(expected.size()).as("more rows than the deep-page threshold").isGreaterThan((int) Organisations.DEEP_OFFSET + 50);
			int lastPage = (expected.size() - 1) / 25;
			for (int number : new int[] { 0, 1, 39, 40, 41, lastPage - 1, lastPage, lastPage + 1 }) {
				OrganisationQuery query = new OrganisationQuery(null, null, null, null, null, null, null, null, order, number, 25);
				List<Row> page = expected.subList(Math.min(number * 25, expected.size()), Math.min(number * 25 + 25, expected.size()));
				Page<OrganisationSummary> exact = as(PROVINCIAL_OFFICER, () -> organisations.list(query));
				assertThat(rows(exact)).as("%s page %d", order, number).isEqualTo(page);
				assertThat(exact.getTotalElements()).isEqualTo(expected.size());
				// Counted up to a limit, as the back office does: the total is the limit + 1 when more match.
				for (long limit : new long[] { (number + 1) * 25L, (number + 21) * 25L }) {
					Page<OrganisationSummary> capped = as(PROVINCIAL_OFFICER, () -> organisations.list(query, limit));
					assertThat(rows(capped)).as("%s page %d counted up to %d", order, number, limit).isEqualTo(page);
					assertThat(capped.getTotalElements()).isEqualTo(Math.min(expected.size(), limit + 1));
				}
			}
		}
		List<Row> cooperatives = reference(new OrganisationQuery(OrganisationKind.THT, null, null, null, null, 2022, UpdateFilter.ANY, null,
				Order.NAME, 0, 25), "u.organisation_id IS NOT NULL", 2022, null);
		OrganisationQuery deep = new OrganisationQuery(OrganisationKind.THT, null, null, null, null, 2022, UpdateFilter.ANY, null, Order.NAME,
				(int) Organisations.DEEP_OFFSET / 25, 25);
		assertThat(rows(as(PROVINCIAL_OFFICER, () -> organisations.list(deep, 2_000))))
			.isEqualTo(cooperatives.subList(Math.min(1_000, cooperatives.size()), Math.min(1_025, cooperatives.size())));
	}

	@Test
	void wordsWithoutDiacritics() {
		for (String words : new String[] { "hop tac xa", "hop tac", "che", "to hop tac chan nuoi", "nong nghiep", "xa", "hop tac xa dong tam",
				"zzzz" }) {
			List<Row> all = new ArrayList<>();
			OrganisationQuery first = new OrganisationQuery(null, null, null, null, null, null, null, words, Order.NAME, 0, 200);
			Page<OrganisationSummary> page = as(PROVINCIAL_OFFICER, () -> organisations.list(first));
			for (int n = 1; !page.getContent().isEmpty(); n++) {
				all.addAll(rows(page));
				OrganisationQuery next = first.withPage(n);
				page = as(PROVINCIAL_OFFICER, () -> organisations.list(next));
			}
			StringBuilder condition = new StringBuilder("TRUE");
			for (String word : words.split(" ")) {
				condition.append(" AND o.search_text LIKE '%").append(word).append("%'");
			}
			List<Row> expected = reference(first, condition.toString(), null, null);
			assertThat(all).as(words).isEqualTo(expected);
			// As the back office asks: pages of 25 counted up to 20 pages beyond (from the matches
			// themselves when there are no more than that, else from the walk of the name order); the
			// matches counted from the walk of the filter index, on past its first entries when they
			// hold a fifth of the limit, else from the trigram index
			for (long probe : new long[] { 10_000, 200, 30 }) {
				assertCappedPages(words, expected, probe);
			}
		}
	}

	private void assertCappedPages(String words, List<Row> expected, long probe) {
		Organisations target = AopTestUtils.getTargetObject(organisations);
		long walkProbe = target.walkProbe;
		target.walkProbe = probe;
		try {
			for (int number : new int[] { 0, 1, 5, 20, 21 }) {
				OrganisationQuery capped = new OrganisationQuery(null, null, null, null, null, null, null, words, Order.NAME, number, 25);
				long limit = (number + 21) * 25L;
				Page<OrganisationSummary> found = as(PROVINCIAL_OFFICER, () -> organisations.list(capped, limit));
				assertThat(rows(found)).as("%s page %d counted up to %d, walking %d", words, number, limit, probe)
					.isEqualTo(expected.subList(Math.min(number * 25, expected.size()), Math.min(number * 25 + 25, expected.size())));
				assertThat(found.getTotalElements()).isEqualTo(Math.min(expected.size(), limit + 1));
			}
		}
		finally {
			target.walkProbe = walkProbe;
		}
	}

	@Test
	void nextAndPreviousLinksFromACursorGiveTheSamePagesAsPageNumbers() {
		OrganisationQuery[] queries = {
				new OrganisationQuery(null, null, null, null, null, null, null, null, Order.NAME, 0, 25),
				new OrganisationQuery(null, null, null, null, null, null, null, null, Order.REGISTRATION_DATE, 0, 25),
				new OrganisationQuery(null, null, null, null, null, null, null, null, Order.UNIT, 0, 25),
				new OrganisationQuery(OrganisationKind.THT, OrganisationStatus.OPERATING, "061", LocalDate.of(2022, 12, 31), null, 2022,
						UpdateFilter.ANY, null, Order.NAME, 0, 25),
				new OrganisationQuery(null, null, null, null, null, 2023, UpdateFilter.MISSING, null, Order.REGISTRATION_DATE, 0, 25),
				new OrganisationQuery(null, null, null, null, null, null, null, "xa", Order.UNIT, 0, 25) };
		for (OrganisationQuery first : queries) {
			long all = as(PROVINCIAL_OFFICER, () -> organisations.list(first)).getTotalElements();
			int lastPage = (int) ((all - 1) / 25);
			assertThat(lastPage).as("%s has pages to follow", first).isGreaterThanOrEqualTo(2);
			// forwards from the first page by "next" links, to one past the last page
			Page<OrganisationSummary> page = as(PROVINCIAL_OFFICER, () -> organisations.list(first, 25L * 21));
			for (int number = 1; number <= lastPage + 1; number++) {
				OrganisationQuery numbered = first.withPage(number);
				OrganisationId last = page.getContent().get(page.getContent().size() - 1).id();
				Page<OrganisationSummary> byNumber = as(PROVINCIAL_OFFICER, () -> organisations.list(numbered, (numbered.page() + 21) * 25L));
				page = as(PROVINCIAL_OFFICER,
						() -> organisations.list(numbered, (numbered.page() + 21) * 25L, Organisations.Cursor.after(last)));
				assertThat(rows(page)).as("%s next to page %d", first, number).isEqualTo(rows(byNumber));
				// counted up to the limit from the page on (a deep page number counts them all)
				assertThat(page.getTotalElements()).as("%s total on page %d", first, number)
					.isEqualTo(Math.min(byNumber.getTotalElements(), (numbered.page() + 21) * 25L + 1));
				if (page.getContent().isEmpty()) {
					break;
				}
			}
			// backwards from the last page by "previous" links
			OrganisationQuery lastQuery = first.withPage(lastPage);
			page = as(PROVINCIAL_OFFICER, () -> organisations.list(lastQuery, (lastPage + 21) * 25L));
			for (int number = lastPage - 1; number >= 0; number--) {
				OrganisationQuery numbered = first.withPage(number);
				OrganisationId firstRow = page.getContent().get(0).id();
				Page<OrganisationSummary> byNumber = as(PROVINCIAL_OFFICER, () -> organisations.list(numbered, (numbered.page() + 21) * 25L));
				page = as(PROVINCIAL_OFFICER,
						() -> organisations.list(numbered, (numbered.page() + 21) * 25L, Organisations.Cursor.before(firstRow)));
				assertThat(rows(page)).as("%s previous to page %d", first, number).isEqualTo(rows(byNumber));
				assertThat(page.getTotalElements()).as("%s total on page %d", first, number)
					.isEqualTo(Math.min(byNumber.getTotalElements(), (numbered.page() + 21) * 25L + 1));
			}
		}
		// a cursor naming no organisation gives way to the page number
		OrganisationQuery third = queries[0].withPage(2);
		assertThat(rows(as(PROVINCIAL_OFFICER, () -> organisations.list(third, 25L * 23, Organisations.Cursor.after(OrganisationId.of("HTX-NONE"))))))
			.isEqualTo(rows(as(PROVINCIAL_OFFICER, () -> organisations.list(third, 25L * 23))));
	}

	@Test
	void theYearsWithAnUpdateFollowTheUpdatesWrittenMovedAndRemoved() {
		String name = "Hợp tác xã Nà Phặc " + RegistryTestData.uniqueWord();
		OrganisationId id = as(PROVINCIAL_OFFICER, () -> management.register(OrganisationKind.HTX,
				RegistryTestData.cooperative(name, "01888", LocalDate.of(2024, 3, 1))));
		assertThat(missing(name, 2024)).isTrue();
		assertThat(missing(name, 2025)).isTrue();
		as(PROVINCIAL_OFFICER, () -> {
			management.enterAnnualUpdate(id, 2024, RegistryTestData.figures(9, 0));
			management.enterAnnualUpdate(id, 2025, RegistryTestData.figures(9, 0));
		});
		assertThat(missing(name, 2024)).isFalse();
		assertThat(missing(name, 2025)).isFalse();
		assertThat(jdbc.sql("SELECT update_years FROM registry_organisation WHERE id = :id").param("id", id.value())
			.query((rs, n) -> List.of((Integer[]) rs.getArray(1).getArray())).single()).containsExactly(2024, 2025);
		// the triggers also follow updates that move a row to another year and rows removed (not done
		// by the registry today, but by hand in the database)
		jdbc.sql("UPDATE registry_annual_update SET year = 2026 WHERE organisation_id = :id AND year = 2025").param("id", id.value()).update();
		assertThat(missing(name, 2025)).isTrue();
		assertThat(missing(name, 2026)).isFalse();
		jdbc.sql("DELETE FROM registry_annual_update WHERE organisation_id = :id AND year = 2024").param("id", id.value()).update();
		assertThat(missing(name, 2024)).isTrue();
		assertThat(missing(name, 2026)).isFalse();
	}

	private boolean missing(String name, int year) {
		OrganisationQuery query = new OrganisationQuery(null, null, null, null, null, year, UpdateFilter.MISSING, name, Order.NAME, 0, 25);
		List<OrganisationSummary> found = as(PROVINCIAL_OFFICER, () -> organisations.list(query)).getContent();
		assertThat(found).hasSizeLessThanOrEqualTo(1);
		return !found.isEmpty();
	}

	/** Every page of the query (by 200) against the reference with the condition. */
	private void assertSameAsReference(OrganisationQuery query, String condition, Integer year, LocalDate date) {
		List<Row> expected = reference(query, condition, year, date);
		List<Row> listed = new ArrayList<>();
		long total = -1;
		for (int n = 0; n * 200 <= expected.size(); n++) {
			OrganisationQuery page = query.withPage(n);
			Page<OrganisationSummary> found = as(PROVINCIAL_OFFICER, () -> organisations.list(page));
			listed.addAll(rows(found));
			total = found.getTotalElements();
		}
		assertThat(listed).as("%s", query).isEqualTo(expected);
		assertThat(total).isEqualTo(expected.size());
	}

	private List<Row> reference(OrganisationQuery query, String condition, Integer year, LocalDate date) {
		String order = switch (query.sort()) {
			case NAME -> " ORDER BY o.name_sort_key, o.id";
			case REGISTRATION_DATE -> " ORDER BY o.registration_date DESC, o.name_sort_key, o.id";
			case UNIT -> " ORDER BY o.unit_code, o.name_sort_key, o.id";
		};
		String statusCondition = query.status() == null || query.date() != null ? "" : " AND o.status = '" + query.status().name() + "'";
		return jdbc.sql(REFERENCE + " AND " + condition + statusCondition + order)
			.params(Map.of("dated", date != null, "date", date == null ? LocalDate.of(2000, 1, 1) : date, "year",
					year == null ? 0 : year, "kind", query.kind() == null ? "" : query.kind().name()))
			.query((rs, n) -> new Row(rs.getString("id"), rs.getString("status_on"), rs.getString("update_status")))
			.list();
	}

	private static List<Row> rows(Page<OrganisationSummary> page) {
		return page.getContent()
			.stream()
			.map(row -> new Row(row.id().value(), row.status() == null ? null : row.status().name(),
					row.updateStatus() == null ? null : row.updateStatus().name()))
			.toList();
	}

	record Row(String id, String status, String updateStatus) {
	}

}
