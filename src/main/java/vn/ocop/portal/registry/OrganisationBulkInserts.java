package vn.ocop.portal.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bulk inserts for generated data (demo and national-scale): one {@code INSERT … SELECT FROM
 * unnest(…)} statement per table and batch instead of a statement per row. Rows already there
 * (same code; same organisation and year) are skipped, and the status changes and annual updates
 * of an organisation that was already there are not added, so that a second run changes nothing.
 * Search text and sort key are computed as {@link OrganisationStore} computes them.
 */
@Component
class OrganisationBulkInserts {

	/** Who recorded generated rows. */
	static final String SYSTEM = "system";

	/** An organisation to insert, with its status changes (the first is its registration) and annual updates. */
	record Row(String id, OrganisationKind kind, String name, String registrationNumber, String taxCode,
			LocalDate registered, String authority, String unitCode, String address, Sector sector, String representative,
			String title, String phone, String email, List<StatusChange> changes, List<Update> updates) {

		StatusChange last() {
			return changes.get(changes.size() - 1);
		}

	}

	/** An annual update to insert, accepted. */
	record Update(String organisation, int year, AnnualFigures figures, ClassificationRules.Result classification,
			Instant submittedAt, String submittedBy, boolean byOfficer, String reviewedBy) {
	}

	private final JdbcClient jdbc;

	OrganisationBulkInserts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the organisations not there yet with their changes and updates; returns the organisations and updates added. */
	int[] insert(List<Row> rows, Instant now) {
		Set<String> inserted = new HashSet<>(jdbc.sql("""
				INSERT INTO registry_organisation (id, kind, name, registration_number, tax_code, registration_date,
				    registration_authority, unit_code, address, sector, representative_name, representative_title, phone,
				    email, status, status_date, search_text, name_sort_key, version, created_at, updated_at)
				SELECT id, kind, name, reg, tax, reg_date::date, authority, unit, address, sector, rep, title, phone, email,
				       status, status_date::date, search, decode(sort_key, 'hex'), 0, :now, :now
				FROM unnest(:ids::varchar[], :kinds::varchar[], :names::varchar[], :regs::varchar[], :taxes::varchar[],
				            :regDates::text[], :authorities::varchar[], :units::varchar[], :addresses::varchar[],
				            :sectors::varchar[], :reps::varchar[], :titles::varchar[], :phones::varchar[], :emails::varchar[],
				            :statuses::varchar[], :statusDates::text[], :searches::varchar[], :sortKeys::text[])
				    AS t(id, kind, name, reg, tax, reg_date, authority, unit, address, sector, rep, title, phone, email,
				         status, status_date, search, sort_key)
				ON CONFLICT DO NOTHING
				RETURNING id""")
			.param("now", OrganisationStore.timestamp(now))
			.param("ids", column(rows, Row::id))
			.param("kinds", column(rows, row -> row.kind().name()))
			.param("names", column(rows, Row::name))
			.param("regs", column(rows, Row::registrationNumber))
			.param("taxes", column(rows, Row::taxCode))
			.param("regDates", column(rows, row -> row.registered().toString()))
			.param("authorities", column(rows, Row::authority))
			.param("units", column(rows, Row::unitCode))
			.param("addresses", column(rows, Row::address))
			.param("sectors", column(rows, row -> row.sector().name()))
			.param("reps", column(rows, Row::representative))
			.param("titles", column(rows, Row::title))
			.param("phones", column(rows, Row::phone))
			.param("emails", column(rows, Row::email))
			.param("statuses", column(rows, row -> row.last().status().name()))
			.param("statusDates", column(rows, row -> row.last().effectiveDate().toString()))
			.param("searches", column(rows, row -> OrganisationStore.searchText(row.id(), row.name(),
					row.registrationNumber() == null ? null : new RegistrationNumber(row.registrationNumber()),
					row.taxCode() == null ? null : new TaxCode(row.taxCode()))))
			.param("sortKeys", column(rows, row -> HexFormat.of().formatHex(NameSortKey.of(row.name()))))
			.query(String.class)
			.list());
		List<Row> added = rows.stream().filter(row -> inserted.contains(row.id())).toList();
		insertChanges(added, now);
		int updates = insertUpdates(added.stream().flatMap(row -> row.updates().stream()).toList());
		return new int[] { added.size(), updates };
	}

	private void insertChanges(List<Row> rows, Instant now) {
		List<String[]> changes = new ArrayList<>();
		for (Row row : rows) {
			for (StatusChange change : row.changes()) {
				changes.add(statusChangeRow(row.id(), Integer.toString(change.seq()), change));
			}
		}
		insertStatusChanges(jdbc, changes, now, SYSTEM);
	}

	/** One row for {@link #insertStatusChanges}; a null {@code seq} takes the organisation's next number. */
	static String[] statusChangeRow(String organisationId, String seq, StatusChange change) {
		return new String[] { organisationId, seq, change.transition().name(), change.status().name(),
				change.effectiveDate().toString(), change.reason(), change.decisionNumber(),
				change.decisionDate() == null ? null : change.decisionDate().toString(),
				change.dissolutionKind() == null ? null : change.dissolutionKind().name() };
	}

	/** Status changes in one statement (the demo data, the national-scale data and the import share it). */
	static void insertStatusChanges(JdbcClient jdbc, List<String[]> changes, Instant now, String actor) {
		if (changes.isEmpty()) {
			return;
		}
		jdbc.sql("""
				INSERT INTO registry_status_change (organisation_id, seq, transition, status, effective_date, reason,
				    decision_number, decision_date, dissolution_kind, recorded_at, recorded_by)
				SELECT org, coalesce(seq::int, (SELECT coalesce(max(c.seq), 0) + 1 FROM registry_status_change c
				                                WHERE c.organisation_id = org)),
				       transition, status, effective::date, reason, decision, decision_date::date, how, :now, :by
				FROM unnest(:orgs::varchar[], :seqs::text[], :transitions::varchar[], :statuses::varchar[], :dates::text[],
				            :reasons::varchar[], :decisions::varchar[], :decisionDates::text[], :hows::varchar[])
				    AS t(org, seq, transition, status, effective, reason, decision, decision_date, how)
				ON CONFLICT DO NOTHING""")
			.param("now", OrganisationStore.timestamp(now))
			.param("by", actor)
			.param("orgs", columnOf(changes, 0))
			.param("seqs", columnOf(changes, 1))
			.param("transitions", columnOf(changes, 2))
			.param("statuses", columnOf(changes, 3))
			.param("dates", columnOf(changes, 4))
			.param("reasons", columnOf(changes, 5))
			.param("decisions", columnOf(changes, 6))
			.param("decisionDates", columnOf(changes, 7))
			.param("hows", columnOf(changes, 8))
			.update();
	}

	private int insertUpdates(List<Update> updates) {
		return jdbc.sql("""
				INSERT INTO registry_annual_update (organisation_id, year, status, official_members, capital_associates,
				    non_capital_associates, member_cooperatives, workers, charter_capital, total_assets, revenue, profit,
				    average_income, classification_score, classification, classification_basis, submitted_at, submitted_by,
				    entered_by_officer, reviewed_at, reviewed_by, return_reason, version)
				SELECT org, year::int, 'ACCEPTED', official::int, capital::int, noncapital::int, coops::int, workers::int,
				       charter::numeric, assets::numeric, revenue::numeric, profit::numeric, income::numeric, score::numeric,
				       band, basis, submitted::timestamptz, submitter, officer::boolean, submitted::timestamptz, reviewer,
				       NULL, 0
				FROM unnest(:orgs::varchar[], :years::text[], :officials::text[], :capitals::text[], :noncapitals::text[],
				            :coops::text[], :workers::text[], :charters::text[], :assets::text[], :revenues::text[],
				            :profits::text[], :incomes::text[], :scores::text[], :bands::varchar[], :bases::varchar[],
				            :submitted::text[], :submitters::varchar[], :officers::text[], :reviewers::varchar[])
				    AS t(org, year, official, capital, noncapital, coops, workers, charter, assets, revenue, profit, income,
				         score, band, basis, submitted, submitter, officer, reviewer)
				ON CONFLICT DO NOTHING""")
			.param("orgs", column(updates, Update::organisation))
			.param("years", column(updates, u -> Integer.toString(u.year())))
			.param("officials", column(updates, u -> Integer.toString(u.figures().officialMembers())))
			.param("capitals", column(updates, u -> Integer.toString(u.figures().capitalAssociates())))
			.param("noncapitals", column(updates, u -> Integer.toString(u.figures().nonCapitalAssociates())))
			.param("coops", column(updates, u -> Integer.toString(u.figures().memberCooperatives())))
			.param("workers", column(updates, u -> Integer.toString(u.figures().workers())))
			.param("charters", column(updates, u -> u.figures().charterCapital().toPlainString()))
			.param("assets", column(updates, u -> u.figures().totalAssets().toPlainString()))
			.param("revenues", column(updates, u -> u.figures().revenue().toPlainString()))
			.param("profits", column(updates, u -> u.figures().profit().toPlainString()))
			.param("incomes", column(updates, u -> u.figures().averageIncome().toPlainString()))
			.param("scores", column(updates, u -> u.figures().classificationScore() == null ? null
					: u.figures().classificationScore().toPlainString()))
			.param("bands", column(updates, u -> u.classification() == null ? null : u.classification().classification().name()))
			.param("bases", column(updates, u -> u.classification() == null ? null
					: u.classification().ruleSet().name() + " (" + u.classification().ruleSet().legalBasis() + ")"))
			.param("submitted", column(updates, u -> u.submittedAt().toString()))
			.param("submitters", column(updates, Update::submittedBy))
			.param("officers", column(updates, u -> Boolean.toString(u.byOfficer())))
			.param("reviewers", column(updates, Update::reviewedBy))
			.update();
	}

	/** Adds union memberships (not checked: generated data respects the membership rules). */
	void insertMemberships(List<String[]> unionMemberDate, Instant now) {
		jdbc.sql("""
				INSERT INTO registry_union_membership (union_id, member_id, joined_on, recorded_at, recorded_by)
				SELECT union_id, member_id, joined::date, :now, :by
				FROM unnest(:unions::varchar[], :members::varchar[], :joined::text[]) AS t(union_id, member_id, joined)""")
			.param("now", OrganisationStore.timestamp(now))
			.param("by", SYSTEM)
			.param("unions", columnOf(unionMemberDate, 0))
			.param("members", columnOf(unionMemberDate, 1))
			.param("joined", columnOf(unionMemberDate, 2))
			.update();
	}

	private static <T> String[] column(List<T> rows, Function<T, String> value) {
		return rows.stream().map(value).toArray(String[]::new);
	}

	static String[] columnOf(List<String[]> rows, int index) {
		return rows.stream().map(row -> row[index]).toArray(String[]::new);
	}

}
