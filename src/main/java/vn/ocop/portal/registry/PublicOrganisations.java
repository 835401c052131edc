package vn.ocop.portal.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's public face for citizens (bean {@code publicOrganisations}): what anyone may
 * read without signing in, for the public directory and the site search. Only cooperatives and
 * unions of cooperatives (HTX, LHHTX) that are operating today are public; cooperative groups
 * (THT) are not, because a group has no legal personality and is registered by a contract of
 * named individuals. The views carry the organisation's registered facts and no personal data:
 * no legal representative, and no phone number or e-mail address (the registry cannot tell an
 * organisation's line from its director's own).
 */
@Component("publicOrganisations")
@Transactional(readOnly = true)
public class PublicOrganisations {

	/** Rows per page of the public list, and the most a caller may ask for. */
	public static final int PAGE_SIZE = 20;

	private static final String PUBLIC = " AND o.kind IN ('HTX', 'LHHTX') AND o.status = 'OPERATING' AND o.registration_date <= :date";

	private final Organisations organisations;

	private final JdbcClient jdbc;

	private final OrganisationListIndex index;

	PublicOrganisations(Organisations organisations, JdbcClient jdbc, OrganisationListIndex index) {
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.index = index;
	}

	/**
	 * What a citizen asks of the directory; every filter optional.
	 *
	 * @param unitCode a unit valid today (province, district or commune): organisations whose unit
	 *                 lies in it today
	 * @param kind     HTX or LHHTX (a THT finds nothing)
	 * @param sector   sector
	 * @param text     words of the name, registration number or tax code, with or without diacritics
	 * @param page     page number from 0
	 */
	public record Query(String unitCode, OrganisationKind kind, Sector sector, String text, int page) {

		public Query {
			unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
			text = text == null || text.isBlank() ? null : text.strip();
			page = Math.max(0, page);
		}

	}

	/** One organisation of the public list: its code, kind, name, registration number, unit today and sector. */
	public record Entry(OrganisationId id, OrganisationKind kind, String name, String registrationNumber, UnitRef unit,
			Sector sector) {

		/** The stable part of the profile's address: the code in lower case ({@code htx-demo-0001}). */
		public String slug() {
			return PublicOrganisations.slug(id);
		}

	}

	/**
	 * The members reported in the latest accepted annual update.
	 *
	 * @param year                 the reporting year
	 * @param officialMembers      official members
	 * @param capitalAssociates    capital-contributing associate members
	 * @param nonCapitalAssociates non-contributing associate members
	 * @param totalMembers         the three together
	 * @param memberCooperatives   member cooperatives (unions)
	 */
	public record Members(int year, int officialMembers, int capitalAssociates, int nonCapitalAssociates, int totalMembers,
			int memberCooperatives) {
	}

	/** A current union membership as the public sees it: the other organisation (public too) and since when. */
	public record Membership(OrganisationId id, String name, LocalDate joinedOn) {

		public String slug() {
			return PublicOrganisations.slug(id);
		}

	}

	/**
	 * An organisation's public profile.
	 *
	 * @param unit    the unit its registered unit lies in today (after the 2025 reform: the new
	 *                commune or at least the province)
	 * @param members the latest accepted annual update's members, null when there is none
	 * @param unions  the unions it belongs to today (cooperatives)
	 * @param memberCooperatives the cooperatives that belong to it today (unions)
	 */
	public record Profile(OrganisationId id, OrganisationKind kind, String name, String registrationNumber, String taxCode,
			LocalDate registrationDate, String registrationAuthority, UnitRef unit, String address, Sector sector,
			OrganisationStatus status, LocalDate statusSince, Members members, List<Membership> unions,
			List<Membership> memberCooperatives) {

		public String slug() {
			return PublicOrganisations.slug(id);
		}

	}

	/** The stable address part of an organisation's profile: its code in lower case. */
	public static String slug(OrganisationId id) {
		return id.value().toLowerCase(Locale.ROOT);
	}

	/** Today, the day the directory describes. */
	public LocalDate today() {
		return organisations.today();
	}

	/** One page of the public organisations matching the query, in Vietnamese order of their names. */
	public Page<Entry> list(Query query) {
		return page(query, PAGE_SIZE);
	}

	/** At most {@code limit} public organisations whose name, registration number or tax code has the words. */
	public List<Entry> search(String text, int limit) {
		// the site search shows the first hits only: no count(*) over every match ("hop tac xa"
		// matches most of 100,000 organisations; counting them took over a second)
		return page(new Query(null, null, null, text, 0), Math.max(1, Math.min(limit, PAGE_SIZE)), false).getContent();
	}

	private Page<Entry> page(Query query, int size) {
		return page(query, size, true);
	}

	private Page<Entry> page(Query query, int size, boolean counted) {
		LocalDate today = today();
		OrganisationQuery filters = new OrganisationQuery(query.kind(), null, query.unitCode(), null, query.sector(), null,
				null, query.text(), OrganisationQuery.Order.NAME, query.page(), size);
		PageRequest page = PageRequest.of(query.page(), size);
		// the node's list index finds the page and counts the matches when it can answer (no unit
		// filter, words without digits); their rows are read here
		Optional<OrganisationListIndex.Found> found = index.findPublic(filters, today, page.getOffset(), size);
		if (found.isEmpty()) {
			Organisations.planPerRequest(jdbc);
		}
		Organisations.Filter filter = Organisations.Filter.of(filters, today, RegistryAccess.ScopeFilter.EVERYTHING);
		long total = found.isPresent() ? found.get().total() : !counted ? -1
				: jdbc.sql("SELECT count(*) FROM registry_organisation o" + filter.where() + PUBLIC)
					.params(filter.parameters())
					.query(Long.class)
					.single();
		String pageRows = found.isPresent() ? " FROM registry_organisation o WHERE o.id = ANY(:ids) ORDER BY o.name_sort_key, o.id"
				: " FROM registry_organisation o" + filter.where() + PUBLIC + " ORDER BY o.name_sort_key, o.id LIMIT :limit OFFSET :offset";
		List<Entry> rows = jdbc.sql("SELECT o.id, o.kind, o.name, o.registration_number, o.unit_code, o.sector" + pageRows)
			.params(found.isPresent() ? Map.of("ids", found.get().ids().toArray(String[]::new)) : filter.parameters())
			.param("limit", size)
			.param("offset", page.getOffset())
			.query((rs, n) -> new Entry(new OrganisationId(rs.getString("id")), OrganisationKind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getString("registration_number"),
					new UnitRef(rs.getString("unit_code"), rs.getString("unit_code"), null), Sector.valueOf(rs.getString("sector"))))
			.list();
		Map<String, UnitRef> units = organisations.unitsOn(rows.stream().map(row -> row.unit().code()).collect(Collectors.toSet()), today);
		List<Entry> named = new ArrayList<>(rows.size());
		for (Entry row : rows) {
			UnitRef unit = units.getOrDefault(row.unit().code(), row.unit());
			named.add(new Entry(row.id(), row.kind(), row.name(), row.registrationNumber(), unit, row.sector()));
		}
		return new PageImpl<>(named, page, counted ? total : named.size());
	}

	/**
	 * The public profile of the organisation with this code (any case), or of the one public
	 * organisation with this registration number; empty when there is no such public
	 * organisation (unknown, a cooperative group, not yet registered, suspended or dissolved).
	 */
	public Optional<Profile> profile(String codeOrRegistrationNumber) {
		if (codeOrRegistrationNumber == null || codeOrRegistrationNumber.isBlank()) {
			return Optional.empty();
		}
		String key = codeOrRegistrationNumber.strip().toUpperCase(Locale.ROOT);
		LocalDate today = today();
		List<String> ids = jdbc.sql("SELECT o.id FROM registry_organisation o WHERE (o.id = :key OR o.registration_number = :key)"
				+ PUBLIC + " ORDER BY (o.id = :key) DESC, o.id LIMIT 2")
			.param("key", key)
			.param("date", today)
			.query(String.class)
			.list();
		if (ids.isEmpty() || (ids.size() > 1 && !ids.get(0).equals(key))) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT o.id, o.kind, o.name, o.registration_number, o.tax_code, o.registration_date,"
				+ " o.registration_authority, o.unit_code, o.address, o.sector, o.status, o.status_date"
				+ " FROM registry_organisation o WHERE o.id = :id")
			.param("id", ids.get(0))
			.query((rs, n) -> {
				OrganisationId id = new OrganisationId(rs.getString("id"));
				String unitCode = rs.getString("unit_code");
				return new Profile(id, OrganisationKind.valueOf(rs.getString("kind")), rs.getString("name"),
						rs.getString("registration_number"), rs.getString("tax_code"),
						rs.getObject("registration_date", LocalDate.class), rs.getString("registration_authority"),
						organisations.unitOn(unitCode, today).orElse(new UnitRef(unitCode, unitCode, null)), rs.getString("address"),
						Sector.valueOf(rs.getString("sector")), OrganisationStatus.valueOf(rs.getString("status")),
						rs.getObject("status_date", LocalDate.class), null, List.of(), List.of());
			})
			.optional()
			.map(profile -> new Profile(profile.id(), profile.kind(), profile.name(), profile.registrationNumber(),
					profile.taxCode(), profile.registrationDate(), profile.registrationAuthority(), profile.unit(),
					profile.address(), profile.sector(), profile.status(), profile.statusSince(), latestMembers(profile.id()),
					memberships(profile.id(), today, true), memberships(profile.id(), today, false)));
	}

	private Members latestMembers(OrganisationId id) {
		return jdbc.sql("SELECT year, official_members, capital_associates, non_capital_associates, member_cooperatives"
				+ " FROM registry_annual_update WHERE organisation_id = :id AND status = 'ACCEPTED' ORDER BY year DESC LIMIT 1")
			.param("id", id.value())
			.query((rs, n) -> {
				int official = rs.getInt("official_members");
				int capital = rs.getInt("capital_associates");
				int nonCapital = rs.getInt("non_capital_associates");
				return new Members(rs.getInt("year"), official, capital, nonCapital, official + capital + nonCapital,
						rs.getInt("member_cooperatives"));
			})
			.optional()
			.orElse(null);
	}

	/** The public organisations on the other side of the current memberships: its unions, or its members. */
	private List<Membership> memberships(OrganisationId id, LocalDate today, boolean unionsOfMember) {
		String self = unionsOfMember ? "m.member_id" : "m.union_id";
		String other = unionsOfMember ? "m.union_id" : "m.member_id";
		return jdbc.sql("SELECT o.id, o.name, m.joined_on FROM registry_union_membership m JOIN registry_organisation o ON o.id = "
				+ other + " WHERE " + self + " = :id AND m.joined_on <= :date AND (m.left_on IS NULL OR m.left_on >= :date)"
				+ PUBLIC + " ORDER BY o.name_sort_key, o.id")
			.param("id", id.value())
			.param("date", today)
			.query((rs, n) -> new Membership(new OrganisationId(rs.getString("id")), rs.getString("name"),
					rs.getObject("joined_on", LocalDate.class)))
			.list();
	}

}
