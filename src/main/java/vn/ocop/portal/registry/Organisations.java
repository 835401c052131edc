package vn.ocop.portal.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.shared.web.SearchText;
import vn.ocop.portal.units.AdministrativeUnit;
import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.UnitCode;

/**
 * Reading the registry (bean {@code organisations}): lists with filters, one organisation with
 * its history, memberships and annual updates. Every read is limited to what the current user
 * may see ({@link RegistryAccess}); lists filter by the user's scope in SQL.
 */
@Component("organisations")
@Transactional(readOnly = true)
public class Organisations {

	private final OrganisationStore store;

	private final AnnualUpdateStore updates;

	private final UnionMembershipStore memberships;

	private final UnitAreas areas;

	private final AdministrativeUnits units;

	private final RegistryAccess access;

	private final JdbcClient jdbc;

	private final OrganisationListIndex index;

	private final Clock clock;

	Organisations(OrganisationStore store, AnnualUpdateStore updates, UnionMembershipStore memberships, UnitAreas areas,
			AdministrativeUnits units, RegistryAccess access, JdbcClient jdbc, OrganisationListIndex index, Clock clock) {
		this.store = store;
		this.updates = updates;
		this.memberships = memberships;
		this.areas = areas;
		this.units = units;
		this.access = access;
		this.jdbc = jdbc;
		this.index = index;
		this.clock = clock;
	}

	/**
	 * From this many rows skipped on (page 41 of 25 rows and beyond), a page counts every matching
	 * organisation and is read from the nearer end of the order.
	 */
	static final long DEEP_OFFSET = 1_000;

	/** {@link #DEEP_OFFSET}, which tests lower to take the deep pages' way on small data. */
	long deepOffset = DEEP_OFFSET;

	/** Today in Vietnam, from the application's clock. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** One page of the organisations the current user may see that match the query, with their exact number. */
	public Page<OrganisationSummary> list(OrganisationQuery query) {
		return list(query, Long.MAX_VALUE);
	}

	/**
	 * One page of the organisations the current user may see that match the query, counting them
	 * only up to {@code countLimit} (counting a filtered national list costs more than its page,
	 * docs/benchmarks.md): when more match, the page's total is {@code countLimit + 1}, so that it
	 * has a next page, and the caller shows "more than {@code countLimit}".
	 */
	public Page<OrganisationSummary> list(OrganisationQuery query, long countLimit) {
		return list(query, countLimit, null);
	}

	/**
	 * Where a page of the back-office list starts: right after the organisation {@code id} (the
	 * last row of the page before, for a "next" link) or, with {@code after} false, right before it
	 * (the first row of the page after, for a "previous" link). The page is then found from that
	 * organisation's place in the order (keyset pagination) instead of skipping the rows before it,
	 * whatever its depth; the query's page number only names it and anchors its count.
	 */
	record Cursor(OrganisationId id, boolean after) {

		static Cursor after(OrganisationId id) {
			return new Cursor(id, true);
		}

		static Cursor before(OrganisationId id) {
			return new Cursor(id, false);
		}

	}

	/**
	 * Planner settings for the statements of a list or search, for the calling transaction only (one
	 * round trip). A plan per request: a generic plan (the driver prepares a statement used five
	 * times) sees neither the size of the scope's unit codes (it sorts the whole scope for every
	 * page) nor how common a searched word is (it gathers every organisation with "hop", "tac" and
	 * "xa" from the trigram index and sorts them: 112 ms, against 0.3 ms for walking the name order
	 * to the first 21). No parallel workers either: a list is one of many requests served at once,
	 * and the workers' start costs more than they save on the walks the planner thinks long (a page
	 * of "du lich cong dong", whose 5,874 matches lie together under D: 83 ms with two workers,
	 * 13 ms without). No JIT compiling: it pays only for statements that run for seconds, and a
	 * plan with a step the settings rule out is costed above its threshold (compiling took 5 to
	 * 185 ms for statements that run in 1 to 25 ms).
	 */
	static void planPerRequest(JdbcClient jdbc) {
		jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true), set_config('max_parallel_workers_per_gather', '0', true),"
				+ " set_config('jit', 'off', true)")
			.query()
			.listOfRows();
	}

	/**
	 * {@link #list(OrganisationQuery, long)} from a {@link Cursor} when one is given and its
	 * organisation exists: the same rows as the query's page number when nothing changed in
	 * between; the total counts up to {@code countLimit} from the page on (the rows before it are
	 * taken as the page number says). A "next" cursor that finds nothing and a "previous" one that
	 * finds less than a full page (rows were added or removed meanwhile) give way to the page number.
	 */
	Page<OrganisationSummary> list(OrganisationQuery query, long countLimit, Cursor cursor) {
		LocalDate date = query.date() == null ? today() : query.date();
		RegistryAccess.ScopeFilter scope = access.scopeFilter();
		Filter filter = filter(query, date, scope);
		PageRequest page = PageRequest.of(query.page(), query.size());
		String order = switch (query.sort()) {
			case NAME -> " ORDER BY o.name_sort_key, o.id";
			case REGISTRATION_DATE -> " ORDER BY o.registration_date DESC, o.name_sort_key, o.id";
			case UNIT -> " ORDER BY o.unit_code, o.name_sort_key, o.id";
		};
		String reversed = switch (query.sort()) {
			case NAME -> " ORDER BY o.name_sort_key DESC, o.id DESC";
			case REGISTRATION_DATE -> " ORDER BY o.registration_date, o.name_sort_key DESC, o.id DESC";
			case UNIT -> " ORDER BY o.unit_code DESC, o.name_sort_key DESC, o.id DESC";
		};
		Map<String, Object> position = cursor == null || countLimit == Long.MAX_VALUE ? null
				: jdbc.sql("SELECT o.id AS c_id, o.name_sort_key AS c_key, o.registration_date AS c_date, o.unit_code AS c_unit"
						+ " FROM registry_organisation o WHERE o.id = :id")
					.param("id", cursor.id().value())
					.query()
					.listOfRows()
					.stream()
					.findFirst()
					.orElse(null);
		if (position == null) {
			// The node's index finds the page and counts every match (docs/registry.md) when it can
			// answer; its page's rows are read here.
			Optional<OrganisationListIndex.Found> found = index.find(query, date, scope, filter.scopeUnits(), filter.filterUnits(),
					page.getOffset(), page.getPageSize());
			if (found.isPresent()) {
				long total = countLimit == Long.MAX_VALUE ? found.get().total() : Math.min(found.get().total(), countLimit + 1);
				return new PageImpl<>(rows(query, filter, date, "SELECT o.id FROM registry_organisation o WHERE o.id = ANY(:pageIds)",
						order, Map.of("pageIds", found.get().ids().toArray(String[]::new))), page, total);
			}
		}
		planPerRequest(jdbc);
		if (position != null) {
			Page<OrganisationSummary> fromCursor = pageFrom(query, filter, date, page, order, reversed, cursor.after(), position,
					countLimit);
			if (fromCursor != null) {
				return fromCursor;
			}
		}
		boolean deep = page.getOffset() >= deepOffset;
		// A deep page counts them (an index-only scan of the narrow registry_organisation_list_idx,
		// V9, cheaper than the walk of the sort order that skips the rows before the page): the page
		// is then read from the nearer end of the order, so the last pages skip nothing. Up to twice
		// its offset only, when the count has a limit: more tells the page lies in the first half, to
		// be read from the start, and a page shows no larger total than the limit anyway (page 100 of
		// a province of 101,104 counts 5,000 instead of all: 193 pages a second at 4 connections
		// instead of 87, docs/benchmarks.md, session 7).
		// Otherwise the matches are listed up to the limit (the walk that counts them reads their ids as
		// well): when that is all of them, the page is taken from them.
		List<String> matches = countLimit == Long.MAX_VALUE || deep ? null : matchesUpTo(query.text(), filter, countLimit + 1);
		long counted = matches != null ? matches.size()
				: countLimit == Long.MAX_VALUE
						? jdbc.sql("SELECT count(*) " + matching(filter)).params(filter.parameters()).query(Long.class).single()
						: cappedCount(filter, "", Map.of(), Math.max(countLimit + 1, 2 * page.getOffset() + page.getPageSize()),
								query.text());
		long total = countLimit == Long.MAX_VALUE ? counted : Math.min(counted, countLimit + 1);
		if (matches != null && matches.size() <= countLimit) {
			// Every match is known (at most the limit, 525 in the back office): its page is sorted from
			// them, however rare they are in the order (a rare phrase's matches are spread over the whole
			// scope, which the walk of the order index would read again to find a page).
			// (OFFSET 0 keeps the planner from walking the order index for them instead of looking them
			// up: the matches of a phrase lie together in the name order, "Hợp tác xã Đồng Tâm …" under
			// Đ, a quarter of the way in; 222 ms against 2 ms)
			String pageIds = "SELECT o.id FROM (SELECT o.id, o.name_sort_key, o.registration_date, o.unit_code"
					+ " FROM registry_organisation o WHERE o.id = ANY(:matches) OFFSET 0) o" + order + " LIMIT :limit OFFSET :offset";
			return new PageImpl<>(rows(query, filter, date, pageIds, order, Map.of("matches", matches.toArray(String[]::new),
					"limit", (long) page.getPageSize(), "offset", page.getOffset())), page, total);
		}
		long offset = page.getOffset();
		long limit = page.getPageSize();
		String pageOrder = order;
		if (deep) {
			// Skipping tens of thousands of entries of the name order index (the narrow one, V54) is
			// estimated dearer than reading and sorting the whole scope, which spills to disk (measured
			// 700 ms against 260 ms, docs/benchmarks.md); the list's indexes are in memory, so their
			// pages are costed as such for this transaction.
			jdbc.sql("SET LOCAL random_page_cost = 1.1").update();
		}
		if (deep && offset > counted / 2) {
			pageOrder = reversed;
			limit = Math.max(0, Math.min(limit, counted - offset));
			offset = Math.max(0, counted - page.getOffset() - page.getPageSize());
		}
		String pageIds = "SELECT o.id " + matching(filter) + pageOrder + " LIMIT :limit OFFSET :offset";
		long pageLimit = limit;
		long pageOffset = offset;
		if (matches != null) {
			// More matches than the limit: a page of a word search is found by the walk of the order
			// index, which meets them often enough, rather than from the trigram index or by reading
			// every organisation and sorting the matches (below); its ids first, on their own, so
			// that the planner settings for that walk touch no other statement.
			List<String> ids = wordSearch(query.text(), true, () -> jdbc.sql(pageIds)
				.params(filter.parameters())
				.param("limit", pageLimit)
				.param("offset", pageOffset)
				.query(String.class)
				.list());
			return new PageImpl<>(rows(query, filter, date, "SELECT o.id FROM registry_organisation o WHERE o.id = ANY(:pageIds)",
					order, Map.of("pageIds", ids.toArray(String[]::new))), page, total);
		}
		return new PageImpl<>(rows(query, filter, date, pageIds, order, Map.of("limit", pageLimit, "offset", pageOffset)), page,
				total);
	}

	/**
	 * The page after or before the cursor's organisation (its sort values in {@code position}),
	 * or null when there is none after it or a page before it is not full.
	 */
	private Page<OrganisationSummary> pageFrom(OrganisationQuery query, Filter filter, LocalDate date, PageRequest page,
			String order, String reversed, boolean after, Map<String, Object> position, long countLimit) {
		Map<String, Object> cursorParams = Map.of("cId", position.get("c_id"), "cKey", position.get("c_key"), "cDate",
				position.get("c_date"), "cUnit", position.get("c_unit"), "limit", (long) page.getPageSize(), "offset", 0L);
		String pageIds = "SELECT o.id " + matching(filter) + " AND " + keyset(query.sort(), after, false)
				+ (after ? order : reversed) + " LIMIT :limit";
		List<OrganisationSummary> rows = rows(query, filter, date, pageIds, order, cursorParams);
		if (after ? rows.isEmpty() : rows.size() < page.getPageSize() || page.getOffset() == 0) {
			return null;
		}
		// Counted from the page's first row on, up to what the page number leaves of the limit.
		long before = page.getOffset();
		long cap = Math.max(countLimit - before, 0) + 1;
		long fromPage;
		if (after) {
			fromPage = cappedCount(filter, " AND " + keyset(query.sort(), true, false), cursorParams, cap, query.text());
		}
		else {
			fromPage = rows.size() + cappedCount(filter, " AND " + keyset(query.sort(), true, true), cursorParams,
					Math.max(cap - rows.size(), 0), query.text());
		}
		return new PageImpl<>(rows, page, Math.min(before + fromPage, countLimit + 1));
	}

	/**
	 * How many organisations match (with the extra condition), counting no further than
	 * {@code limit}. For a word search the trigram index (V6) is not used: it proposes every table
	 * row that holds the words' trigrams (22,924 rows rechecked for "nong nghiep" to count 526), where
	 * the walk of the narrow filter index, which carries the search text (V41), stops at the limit;
	 * only words with digits (a code, a registration or tax number) are rare enough for it.
	 */
	private long cappedCount(Filter filter, String condition, Map<String, Object> extra, long limit, String text) {
		return wordSearch(text, () -> jdbc.sql("SELECT count(*) FROM (SELECT 1 " + matching(filter) + condition + " LIMIT :countLimit) matching")
			.params(filter.parameters())
			.params(extra)
			.param("countLimit", limit)
			.query(Long.class)
			.single());
	}

	/**
	 * How many entries of the filter index (those that pass the filters besides the words) the
	 * capped count of a word search reads at most before it asks the trigram index instead (about
	 * 5 ms; tests lower it to take the other way on small data).
	 */
	long walkProbe = 10_000;

	/**
	 * The ids of the organisations that match the query, up to {@code limit}. For words (no digits)
	 * the walk of the filter index, which tests each entry's search text (V51) and stops at the
	 * limit, finds the matches of common words soon ("che", "nong nghiep": the first 526 within
	 * 5,000 entries), but walks the whole scope for a rare phrase ("hop tac xa dong tam", 248 in a
	 * province of 101,104: 37 ms), which the trigram index (V6) answers in 7 ms; and the planner
	 * cannot tell the two apart (its estimates for the words of names are far off). So the walk
	 * reads at most {@link #walkProbe} entries (5 ms), and when they hold less than a fifth of the
	 * limit the trigram index gives them all.
	 */
	private List<String> matchesUpTo(String text, Filter filter, long limit) {
		Supplier<List<String>> all = () -> jdbc.sql("SELECT o.id " + matching(filter) + " LIMIT :limit")
			.params(filter.parameters())
			.param("limit", limit)
			.query(String.class)
			.list();
		if (filter.words() == null || text.chars().anyMatch(Character::isDigit)) {
			return all.get();
		}
		List<String> walked = wordSearch(text, () -> jdbc.sql("SELECT o.id FROM (SELECT o.id, " + filter.words() + " AS hit"
				+ " FROM registry_organisation o" + filter.join() + filter.besidesWords() + " LIMIT :probe) o WHERE o.hit LIMIT :limit")
			.params(filter.parameters())
			.param("probe", walkProbe)
			.param("limit", limit)
			.query(String.class)
			.list());
		if (walked.size() == limit) {
			return walked;
		}
		if (walked.size() * 5 >= limit) {
			// a fifth of the limit or more within the probe: common enough that walking on reads fewer
			// entries than the trigram index proposes ("to hop tac chan nuoi", 3 % of the scope); the
			// walk starts again from the first entry, so those of the probe are read twice (5 ms at most)
			return wordSearch(text, all);
		}
		// no walk of an index testing each entry: the trigram index's candidates, each tested
		return withoutPlans(all, "enable_indexonlyscan", "enable_seqscan");
	}

	/**
	 * Runs a statement of a search for {@code text} without bitmap scans when the text is words (no
	 * digits): the planner's estimate for {@code LIKE '%word%'} is far off for the words of names
	 * (296 rows estimated, 3,270 found for "to hop tac chan nuoi"), and the trigram index then
	 * proposes thousands of rows to recheck and sort (200 ms) where the walk of an index stops at
	 * the limit (3 ms). Nor by reading the table: the walk of the filter index reads the scope's
	 * entries only, and tests the words without visiting the rows (the table, of every province,
	 * was read in 122 ms to count the first 526 matches of "nong nghiep"). Words with digits
	 * (codes, registration and tax numbers) keep the trigram index.
	 */
	private <T> T wordSearch(String text, Supplier<T> statement) {
		return wordSearch(text, false, statement);
	}

	/**
	 * {@link #wordSearch(String, Supplier)}, and when the words are known to have {@code many}
	 * matches (more than the count's limit: at least 0.5 % of a province's organisations), without
	 * sorting either, for a statement that takes a page of ids in the order of an index: a page of
	 * them is met soon in the walk of that index, while the planner, multiplying the words'
	 * estimates, expects a handful, reads every organisation and sorts the matches (5,874 matches
	 * of "du lich cong dong": 91 ms reading 200,000 rows, against 23 ms for the walk from a cold
	 * cache). Called inside a transaction that {@link #planPerRequest planned per request} (no JIT).
	 */
	private <T> T wordSearch(String text, boolean many, Supplier<T> statement) {
		boolean words = text != null && text.chars().noneMatch(Character::isDigit);
		if (!words) {
			return statement.get();
		}
		return many ? withoutPlans(statement, "enable_bitmapscan", "enable_seqscan", "enable_sort")
				: withoutPlans(statement, "enable_bitmapscan", "enable_seqscan");
	}

	/**
	 * Runs the statement with the planner's {@code enable_…} settings named turned off, for the
	 * calling transaction's statement alone (on again after it; one round trip each way).
	 */
	private <T> T withoutPlans(Supplier<T> statement, String... settings) {
		String set = Arrays.stream(settings).map(setting -> "set_config('" + setting + "', '%s', true)").collect(Collectors.joining(", "));
		jdbc.sql("SELECT " + set.replace("%s", "off")).query().listOfRows();
		T result = statement.get();
		jdbc.sql("SELECT " + set.replace("%s", "on")).query().listOfRows();
		return result;
	}

	/**
	 * The rows after ({@code after}) or before the cursor's organisation in the order, or from it on
	 * ({@code inclusive}): row comparisons on the order's columns, so that the walk of the order's
	 * index starts at the cursor.
	 */
	private static String keyset(OrganisationQuery.Order sort, boolean after, boolean inclusive) {
		String op = after ? (inclusive ? ">=" : ">") : (inclusive ? "<=" : "<");
		return switch (sort) {
			case NAME -> "(o.name_sort_key, o.id) " + op + " (:cKey, :cId)";
			// newest first, then by name: the dates run the other way
			case REGISTRATION_DATE -> after
					? "o.registration_date <= :cDate AND (o.registration_date < :cDate OR (o.name_sort_key, o.id) " + op + " (:cKey, :cId))"
					: "o.registration_date >= :cDate AND (o.registration_date > :cDate OR (o.name_sort_key, o.id) " + op + " (:cKey, :cId))";
			case UNIT -> "(o.unit_code, o.name_sort_key, o.id) " + op + " (:cUnit, :cKey, :cId)";
		};
	}

	/** The rows of the page whose ids {@code pageIds} selects, in the order, with their units named. */
	private List<OrganisationSummary> rows(OrganisationQuery query, Filter filter, LocalDate date, String pageIds, String order,
			Map<String, Object> pageParams) {
		// The page's ids first, from the filter columns alone (an index-only scan of the list indexes,
		// V9, V34), then their rows: a deep page does not read the rows it skips (docs/benchmarks.md).
		String statusColumn = query.date() == null ? "o.status"
				: "(SELECT s.status FROM registry_status_change s WHERE s.organisation_id = o.id AND s.effective_date <= :date"
						+ " ORDER BY s.effective_date DESC, s.seq DESC LIMIT 1)";
		String yearColumns = query.year() == null ? ", NULL AS update_status, NULL AS members"
				: ", u.status AS update_status, CASE WHEN u.organisation_id IS NULL THEN NULL WHEN o.kind = 'LHHTX'"
						+ " THEN u.member_cooperatives ELSE u.official_members + u.capital_associates + u.non_capital_associates END AS members";
		List<OrganisationSummary> rows = jdbc.sql("SELECT o.id, o.kind, o.name, o.registration_number, o.tax_code,"
				+ " o.registration_date, o.unit_code, o.sector, " + statusColumn + " AS status_on" + yearColumns
				+ " FROM (" + pageIds + ") page JOIN registry_organisation o ON o.id = page.id" + filter.join() + order)
			.params(filter.parameters())
			.params(pageParams)
			.param("date", date)
			.query((rs, n) -> {
				String updateStatus = rs.getString("update_status");
				int members = rs.getInt("members");
				boolean noMembers = rs.wasNull();
				return new OrganisationSummary(new OrganisationId(rs.getString("id")), OrganisationKind.valueOf(rs.getString("kind")),
						rs.getString("name"), rs.getString("registration_number"), rs.getString("tax_code"),
						rs.getObject("registration_date", LocalDate.class), rs.getString("unit_code"), null,
						Sector.valueOf(rs.getString("sector")),
						rs.getString("status_on") == null ? null : OrganisationStatus.valueOf(rs.getString("status_on")),
						updateStatus == null ? null : AnnualUpdateStatus.valueOf(updateStatus), noMembers ? null : members);
			})
			.list();
		// The page's units named with two queries for all its codes, plus one for their provinces.
		Map<String, UnitRef> names = unitsOn(rows.stream().map(OrganisationSummary::unitCode).collect(Collectors.toSet()), date);
		List<OrganisationSummary> named = new ArrayList<>(rows.size());
		for (OrganisationSummary row : rows) {
			named.add(row.withUnit(names.get(row.unitCode())));
		}
		return named;
	}

	/**
	 * Streams every organisation the current user may see that matches the query's filters (paging
	 * ignored; ordered by code), one row per organisation in the columns of the import sheet
	 * {@code to-chuc}, so that an export can be imported again. Dates as {@code dd/MM/yyyy}.
	 */
	public void exportOrganisations(OrganisationQuery query, Consumer<List<String>> rows) {
		LocalDate date = query.date() == null ? today() : query.date();
		Filter filter = filter(query, date, access.scopeFilter());
		jdbc.sql("SELECT o.id, o.kind, o.name, o.registration_number, o.tax_code, o.registration_date,"
				+ " o.registration_authority, o.unit_code, o.address, o.sector, o.representative_name, o.representative_title,"
				+ " o.phone, o.email, o.status, o.status_date, c.reason, c.decision_number, c.decision_date, c.dissolution_kind"
				+ " FROM registry_organisation o" + filter.join()
				+ " LEFT JOIN LATERAL (SELECT s.reason, s.decision_number, s.decision_date, s.dissolution_kind"
				+ "   FROM registry_status_change s WHERE s.organisation_id = o.id ORDER BY s.seq DESC LIMIT 1) c ON TRUE"
				+ filter.where() + " ORDER BY o.id")
			.params(filter.parameters())
			.query(rs -> {
				boolean operating = "OPERATING".equals(rs.getString("status"));
				rows.accept(Arrays.asList(rs.getString("id"), rs.getString("kind"), rs.getString("name"),
						rs.getString("registration_number"), rs.getString("tax_code"),
						RegistryDates.format(rs.getObject("registration_date", LocalDate.class)),
						rs.getString("registration_authority"), rs.getString("unit_code"), rs.getString("address"),
						rs.getString("sector"), rs.getString("representative_name"), rs.getString("representative_title"),
						rs.getString("phone"), rs.getString("email"), rs.getString("status"),
						operating ? null : RegistryDates.format(rs.getObject("status_date", LocalDate.class)),
						operating ? null : rs.getString("reason"), rs.getString("decision_number"),
						rs.getObject("decision_date", LocalDate.class) == null ? null
								: RegistryDates.format(rs.getObject("decision_date", LocalDate.class)),
						rs.getString("dissolution_kind")));
			});
	}

	/**
	 * Streams the annual updates of {@code year} of the organisations the current user may see that
	 * match the query's other filters, in the columns of the import sheet {@code cap-nhat-hang-nam}.
	 */
	public void exportAnnualUpdates(OrganisationQuery query, int year, Consumer<List<String>> rows) {
		OrganisationQuery ofYear = new OrganisationQuery(query.kind(), query.status(), query.unitCode(), query.date(),
				query.sector(), year, query.updateStatus(), query.text(), query.sort(), 0, 1);
		LocalDate date = query.date() == null ? today() : query.date();
		Filter filter = filter(ofYear, date, access.scopeFilter());
		jdbc.sql("SELECT u.* FROM registry_organisation o" + filter.join() + filter.where()
				+ " AND u.organisation_id IS NOT NULL ORDER BY o.id")
			.params(filter.parameters())
			.query(rs -> {
				rows.accept(Arrays.asList(rs.getString("organisation_id"), rs.getString("year"),
						rs.getString("official_members"), rs.getString("capital_associates"),
						rs.getString("non_capital_associates"), rs.getString("member_cooperatives"), rs.getString("workers"),
						rs.getBigDecimal("charter_capital").toPlainString(), rs.getBigDecimal("total_assets").toPlainString(),
						rs.getBigDecimal("revenue").toPlainString(), rs.getBigDecimal("profit").toPlainString(),
						rs.getBigDecimal("average_income").toPlainString()));
			});
	}

	/**
	 * Streams the union memberships of the organisations the current user may see that match the
	 * query's filters, as union or as member cooperative, leaving out those whose other side lies
	 * outside the user's scope; in the columns of the import sheet {@code thanh-vien-lien-hiep},
	 * ordered by union, cooperative and joined date.
	 */
	public void exportUnionMemberships(OrganisationQuery query, Consumer<List<String>> rows) {
		LocalDate date = query.date() == null ? today() : query.date();
		RegistryAccess.ScopeFilter scope = access.scopeFilter();
		Filter filter = filter(query, date, scope);
		Filter visible = filter(OrganisationQuery.all(), date, scope);
		jdbc.sql("SELECT m.union_id, m.member_id, m.joined_on, m.left_on FROM registry_union_membership m"
				+ " WHERE EXISTS (SELECT 1 FROM registry_organisation o" + filter.join() + filter.where()
				+ " AND o.id IN (m.union_id, m.member_id))"
				+ " AND m.union_id IN (SELECT o.id FROM registry_organisation o" + visible.where() + ")"
				+ " AND m.member_id IN (SELECT o.id FROM registry_organisation o" + visible.where() + ")"
				+ " ORDER BY m.union_id, m.member_id, m.joined_on")
			.params(filter.parameters())
			.query(rs -> {
				LocalDate leftOn = rs.getObject("left_on", LocalDate.class);
				rows.accept(Arrays.asList(rs.getString("union_id"), rs.getString("member_id"),
						RegistryDates.format(rs.getObject("joined_on", LocalDate.class)),
						leftOn == null ? null : RegistryDates.format(leftOn)));
			});
	}

	/**
	 * The organisation with its history, memberships and annual updates.
	 *
	 * @throws OrganisationNotFound  when there is none with this code
	 * @throws AccessDeniedException when the current user may not see it
	 */
	public OrganisationView get(OrganisationId id) {
		if (!access.mayRead(id.value())) {
			throw new AccessDeniedException("Organisation " + id + " lies outside the user's scope");
		}
		Organisation organisation = store.find(id).orElseThrow(() -> new OrganisationNotFound(id.value()));
		OrganisationDetails details = organisation.details();
		UnitRef registrationUnit = ref(details.unitCode(), details.registrationDate())
			.orElse(new UnitRef(details.unitCode(), details.unitCode(), null));
		UnitRef current = unitOn(details.unitCode(), today()).orElse(null);
		return new OrganisationView(id, organisation.kind(), details, organisation.status(),
				organisation.lastChange().effectiveDate(), registrationUnit, current, organisation.history(),
				memberships.of(id), updates.all(id).stream().map(AnnualUpdateView::of).toList());
	}

	/**
	 * The code of the organisation of this kind ({@code HTX}, {@code THT}...) registered under this
	 * number, if any (whoever may see it: callers check the scope through {@link #get}).
	 */
	public Optional<OrganisationId> findByRegistrationNumber(String kind, String registrationNumber) {
		return jdbc.sql("SELECT id FROM registry_organisation WHERE kind = :kind AND registration_number = :number")
			.param("kind", kind)
			.param("number", registrationNumber)
			.query(String.class)
			.optional()
			.map(OrganisationId::of);
	}

	/** Whether an organisation with this code exists (whoever may see it). */
	public boolean exists(OrganisationId id) {
		return store.exists(id);
	}

	/**
	 * The organisation's update for the year, if there is one.
	 *
	 * @throws AccessDeniedException when the current user may not see the organisation
	 */
	public Optional<AnnualUpdateView> annualUpdate(OrganisationId id, int year) {
		if (!access.mayRead(id.value())) {
			throw new AccessDeniedException("Organisation " + id + " lies outside the user's scope");
		}
		return updates.find(id, year).map(AnnualUpdateView::of);
	}

	/** The unit the organisation's registered unit lay in on the date (derived through the successions). */
	Optional<UnitRef> unitOn(String unitCode, LocalDate date) {
		return areas.unitOn(unitCode, date).map(unit -> ref(unit, date));
	}

	/** {@link #unitOn} for many codes at once, by code (codes with no unit on the date are left out). */
	Map<String, UnitRef> unitsOn(Collection<String> unitCodes, LocalDate date) {
		Map<String, AdministrativeUnit> found = areas.unitsOn(unitCodes, date);
		Map<UnitCode, AdministrativeUnit> provinces = units.findAll(found.values().stream()
			.filter(unit -> !unit.provinceCode().equals(unit.code()))
			.map(AdministrativeUnit::provinceCode)
			.collect(Collectors.toSet()), date);
		Map<String, UnitRef> refs = new HashMap<>();
		found.forEach((code, unit) -> {
			AdministrativeUnit province = unit.provinceCode().equals(unit.code()) ? null : provinces.get(unit.provinceCode());
			refs.put(code, new UnitRef(unit.code().value(), unit.name(), province == null ? null : province.name()));
		});
		return refs;
	}

	private Optional<UnitRef> ref(String unitCode, LocalDate date) {
		if (!UnitCode.isValid(unitCode)) {
			return Optional.empty();
		}
		return units.find(UnitCode.of(unitCode), date).map(unit -> ref(unit, date));
	}

	private UnitRef ref(AdministrativeUnit unit, LocalDate date) {
		String province = unit.provinceCode().equals(unit.code()) ? null
				: units.find(unit.provinceCode(), date).map(AdministrativeUnit::name).orElse(null);
		return new UnitRef(unit.code().value(), unit.name(), province);
	}

	private static String matching(Filter filter) {
		return "FROM registry_organisation o" + filter.join() + filter.where();
	}

	/**
	 * The list filter with an area scope given as the unit codes that lie in the area (one indexed
	 * query): with the codes as an array the planner estimates the scope's size from the column's
	 * statistics (V15) instead of an average per code, and walks the name index for a page rather
	 * than sorting the whole scope (docs/benchmarks.md).
	 */
	private Filter filter(OrganisationQuery query, LocalDate date, RegistryAccess.ScopeFilter scope) {
		String[] codes = scope.kind() != RegistryAccess.ScopeFilter.Kind.AREA ? null
				: jdbc.sql("SELECT DISTINCT a.unit_code FROM registry_unit_area a WHERE a.container_code = :scope")
					.param("scope", scope.reference())
					.query(String.class)
					.list()
					.toArray(String[]::new);
		// The unit filter the same way: the codes that lay in the unit on the date, read first (one
		// index-only query), instead of an EXISTS over the unit areas tested per organisation.
		String[] unitCodes = query.unitCode() == null ? null
				: jdbc.sql("SELECT DISTINCT a.unit_code FROM registry_unit_area a WHERE a.container_code = :unit AND NOT a.lineage"
						+ " AND a.valid_from <= :date AND (a.valid_to IS NULL OR a.valid_to >= :date)")
					.param("unit", query.unitCode())
					.param("date", date)
					.query(String.class)
					.list()
					.toArray(String[]::new);
		return Filter.of(query, date, scope, codes, unitCodes);
	}

	/**
	 * The words a name's kind is written with ("hợp tác xã", "tổ hợp tác", "liên hiệp"), folded: most
	 * organisations' search text holds them.
	 */
	private static final Set<String> KIND_WORDS = Set.of("hop", "tac", "xa", "to", "htx", "tht", "lien", "hiep", "lhhtx");

	/**
	 * The order the words of a search are tested in: the conditions are evaluated in the order they
	 * are written and stop at the first that fails, so the words most names do not hold go first —
	 * the kind words last, longer words before shorter ones. For "hop tac xa dong tam" a name is
	 * tested once for most organisations instead of four times (a walk of an index tests each entry
	 * it reads, docs/benchmarks.md, session 5).
	 */
	static final Comparator<String> RARER_FIRST = Comparator.<String, Boolean>comparing(KIND_WORDS::contains)
		.thenComparing(Comparator.comparingInt(String::length).reversed());

	/**
	 * The FROM additions, WHERE clause and parameters of a list query: fixed SQL, every value a
	 * parameter; with the unit codes of an area scope and of the unit filter when they were read.
	 */
	record Filter(String join, String besidesWords, String words, Map<String, Object> parameters, String[] scopeUnits,
			String[] filterUnits) {

		/** The WHERE clause: the filters and, when the query has words, the words. */
		String where() {
			return words == null ? besidesWords : besidesWords + " AND " + words;
		}

		static Filter of(OrganisationQuery query, LocalDate date, RegistryAccess.ScopeFilter scope) {
			return of(query, date, scope, null, null);
		}

		/**
		 * With {@code scopeUnits} (the codes that lie in an area scope) the scope is tested against
		 * them; with {@code filterUnits} (the codes that lay in the query's unit on the date) so is the
		 * unit filter.
		 */
		static Filter of(OrganisationQuery query, LocalDate date, RegistryAccess.ScopeFilter scope, String[] scopeUnits,
				String[] filterUnits) {
			StringBuilder where = new StringBuilder(" WHERE TRUE");
			Map<String, Object> params = new LinkedHashMap<>();
			switch (scope.kind()) {
				case EVERYTHING -> {
				}
				case AREA -> {
					if (scopeUnits == null) {
						where.append(" AND o.unit_code IN (SELECT a.unit_code FROM registry_unit_area a WHERE a.container_code = :scope)");
						params.put("scope", scope.reference());
					}
					else {
						where.append(" AND o.unit_code = ANY(:scopeUnits)");
						params.put("scopeUnits", scopeUnits);
					}
				}
				case ORGANISATION -> {
					where.append(" AND o.id = :scope");
					params.put("scope", scope.reference());
				}
				case NOTHING -> where.append(" AND FALSE");
			}
			params.put("date", date);
			if (query.kind() != null) {
				where.append(" AND o.kind = :kind");
				params.put("kind", query.kind().name());
			}
			if (query.sector() != null) {
				where.append(" AND o.sector = :sector");
				params.put("sector", query.sector().name());
			}
			if (query.date() != null) {
				where.append(" AND o.registration_date <= :date");
			}
			if (query.status() != null) {
				params.put("status", query.status().name());
				// On a date: the change in force then (registry_status_period, kept from the status changes
				// by triggers, V34), so that a rare status is found from its index, not tested per organisation.
				where.append(query.date() == null ? " AND o.status = :status"
						: " AND EXISTS (SELECT 1 FROM registry_status_period p WHERE p.organisation_id = o.id"
								+ " AND p.status = :status AND p.valid_from <= :date AND (p.valid_until IS NULL OR p.valid_until > :date))");
			}
			if (query.unitCode() != null && filterUnits != null) {
				where.append(" AND o.registration_date <= :date AND o.unit_code = ANY(:filterUnits)");
				params.put("filterUnits", filterUnits);
			}
			else if (query.unitCode() != null) {
				where.append(" AND o.registration_date <= :date AND EXISTS (SELECT 1 FROM registry_unit_area a"
						+ " WHERE a.unit_code = o.unit_code AND a.container_code = :unit AND NOT a.lineage AND a.valid_from <= :date"
						+ " AND (a.valid_to IS NULL OR a.valid_to >= :date))");
				params.put("unit", query.unitCode());
			}
			String join = "";
			if (query.year() != null) {
				join = " LEFT JOIN registry_annual_update u ON u.organisation_id = o.id AND u.year = :year";
				params.put("year", query.year());
				switch (query.updateStatus()) {
					case ANY -> where.append(" AND u.organisation_id IS NOT NULL");
					case MISSING -> {
						// The years with an update carried by the organisation (kept by triggers, V41) and by
						// the name order index: the walk tests each entry in the index, with no anti-join.
						where.append(" AND NOT (o.update_years @> ARRAY[CAST(:year AS INTEGER)]) AND o.registration_date <= :yearEnd");
						params.put("yearEnd", LocalDate.of(query.year(), 12, 31));
					}
					default -> {
						where.append(" AND u.status = :updateStatus");
						params.put("updateStatus", query.updateStatus().name());
					}
				}
			}
			StringBuilder words = new StringBuilder();
			if (query.text() != null) {
				String[] folded = Arrays.stream(SearchText.fold(query.text()).split(" ")).filter(word -> !word.isEmpty())
					.distinct()
					.limit(10)
					.sorted(RARER_FIRST)
					.toArray(String[]::new);
				for (int i = 0; i < folded.length; i++) {
					words.append(i == 0 ? "" : " AND ").append("o.search_text LIKE :word").append(i).append(" ESCAPE '\\'");
					params.put("word" + i, "%" + folded[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
				}
			}
			return new Filter(join, where.toString(), words.isEmpty() ? null : "(" + words + ")", params, scopeUnits, filterUnits);
		}

	}

}
