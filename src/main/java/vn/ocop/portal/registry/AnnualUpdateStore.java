package vn.ocop.portal.registry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The annual updates, one per organisation and year, in {@code registry_annual_update}. */
@Repository
class AnnualUpdateStore {

	private static final String COLUMNS = """
			organisation_id, year, status, official_members, capital_associates, non_capital_associates,
			member_cooperatives, workers, charter_capital, total_assets, revenue, profit, average_income,
			classification_score, classification, classification_basis, submitted_at, submitted_by, entered_by_officer,
			reviewed_at, reviewed_by, return_reason, version""";

	private final JdbcClient jdbc;

	AnnualUpdateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AnnualUpdate> find(OrganisationId id, int year) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM registry_annual_update WHERE organisation_id = :id AND year = :year")
			.param("id", id.value())
			.param("year", year)
			.query(AnnualUpdateStore::map)
			.optional();
	}

	/** Every update of the organisation, newest year first. */
	List<AnnualUpdate> all(OrganisationId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM registry_annual_update WHERE organisation_id = :id ORDER BY year DESC")
			.param("id", id.value())
			.query(AnnualUpdateStore::map)
			.list();
	}

	/** Stores a new update or the changes of a stored one. @throws RegistryRuleViolation when the year is taken meanwhile */
	void save(AnnualUpdate update) {
		Map<String, Object> params = parameters(update);
		if (update.isNew()) {
			try {
				jdbc.sql("INSERT INTO registry_annual_update (" + COLUMNS + ") VALUES (:organisationId, :year, :status,"
						+ " :officialMembers, :capitalAssociates, :nonCapitalAssociates, :memberCooperatives, :workers,"
						+ " :charterCapital, :totalAssets, :revenue, :profit, :averageIncome, :classificationScore,"
						+ " :classification, :classificationBasis, :submittedAt, :submittedBy, :enteredByOfficer, :reviewedAt,"
						+ " :reviewedBy, :returnReason, 0)")
					.params(params)
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw new RegistryRuleViolation("year", "registry.rule.update.yearTaken", String.valueOf(update.year()));
			}
			return;
		}
		int rows = jdbc.sql("""
				UPDATE registry_annual_update SET status = :status, official_members = :officialMembers,
				    capital_associates = :capitalAssociates, non_capital_associates = :nonCapitalAssociates,
				    member_cooperatives = :memberCooperatives, workers = :workers, charter_capital = :charterCapital,
				    total_assets = :totalAssets, revenue = :revenue, profit = :profit, average_income = :averageIncome,
				    classification_score = :classificationScore, classification = :classification,
				    classification_basis = :classificationBasis, submitted_at = :submittedAt, submitted_by = :submittedBy,
				    entered_by_officer = :enteredByOfficer, reviewed_at = :reviewedAt, reviewed_by = :reviewedBy,
				    return_reason = :returnReason, version = version + 1
				WHERE organisation_id = :organisationId AND year = :year AND version = :version""")
			.params(params)
			.param("version", update.version())
			.update();
		if (rows != 1) {
			throw new IllegalStateException("Annual update " + update.organisationId() + "/" + update.year() + " was changed meanwhile");
		}
	}

	private static Map<String, Object> parameters(AnnualUpdate update) {
		AnnualFigures figures = update.figures();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("organisationId", update.organisationId().value());
		params.put("year", update.year());
		params.put("status", update.status().name());
		params.put("officialMembers", figures.officialMembers());
		params.put("capitalAssociates", figures.capitalAssociates());
		params.put("nonCapitalAssociates", figures.nonCapitalAssociates());
		params.put("memberCooperatives", figures.memberCooperatives());
		params.put("workers", figures.workers());
		params.put("charterCapital", figures.charterCapital());
		params.put("totalAssets", figures.totalAssets());
		params.put("revenue", figures.revenue());
		params.put("profit", figures.profit());
		params.put("averageIncome", figures.averageIncome());
		params.put("classificationScore", figures.classificationScore());
		params.put("classification", update.classification() == null ? null : update.classification().name());
		params.put("classificationBasis", update.classificationBasis());
		params.put("submittedAt", OrganisationStore.timestamp(update.submittedAt()));
		params.put("submittedBy", update.submittedBy());
		params.put("enteredByOfficer", update.enteredByOfficer());
		params.put("reviewedAt", OrganisationStore.timestamp(update.reviewedAt()));
		params.put("reviewedBy", update.reviewedBy());
		params.put("returnReason", update.returnReason());
		return params;
	}

	private static AnnualUpdate map(ResultSet rs, int row) throws SQLException {
		AnnualFigures figures = new AnnualFigures(rs.getInt("official_members"), rs.getInt("capital_associates"),
				rs.getInt("non_capital_associates"), rs.getInt("member_cooperatives"), rs.getInt("workers"),
				rs.getBigDecimal("charter_capital"), rs.getBigDecimal("total_assets"), rs.getBigDecimal("revenue"),
				rs.getBigDecimal("profit"), rs.getBigDecimal("average_income"), score(rs.getBigDecimal("classification_score")));
		String classification = rs.getString("classification");
		return AnnualUpdate.restore(new OrganisationId(rs.getString("organisation_id")), rs.getInt("year"),
				AnnualUpdateStatus.valueOf(rs.getString("status")), figures,
				classification == null ? null : Classification.valueOf(classification), rs.getString("classification_basis"),
				instant(rs, "submitted_at"), rs.getString("submitted_by"), rs.getBoolean("entered_by_officer"),
				instant(rs, "reviewed_at"), rs.getString("reviewed_by"), rs.getString("return_reason"), rs.getInt("version"));
	}

	private static BigDecimal score(BigDecimal stored) {
		return stored == null ? null : stored.stripTrailingZeros();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
