package vn.ocop.portal.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ocop.portal.shared.web.SearchText;

/**
 * The organisations and their status changes, in {@code registry_organisation} and
 * {@code registry_status_change}. Status changes are only ever appended.
 */
@Repository
class OrganisationStore {

	static final String COLUMNS = """
			o.id, o.kind, o.name, o.registration_number, o.tax_code, o.registration_date, o.registration_authority,
			o.unit_code, o.address, o.sector, o.representative_name, o.representative_title, o.phone, o.email,
			o.status, o.status_date, o.version""";

	private final JdbcClient jdbc;

	OrganisationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new code for an organisation of this kind, e.g. {@code HTX-0000124}. */
	OrganisationId nextId(OrganisationKind kind) {
		long next = jdbc.sql("SELECT nextval('registry_organisation_seq')").query(Long.class).single();
		return OrganisationId.assigned(kind, next);
	}

	Optional<Organisation> find(OrganisationId id) {
		return load(id, "");
	}

	/** Reads the organisation and locks its row until the transaction ends. */
	Optional<Organisation> findForUpdate(OrganisationId id) {
		return load(id, " FOR UPDATE");
	}

	boolean exists(OrganisationId id) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM registry_organisation WHERE id = :id)")
			.param("id", id.value())
			.query(Boolean.class)
			.single();
	}

	/** The unit code an organisation was registered in, if it exists. */
	Optional<String> unitCodeOf(OrganisationId id) {
		return jdbc.sql("SELECT unit_code FROM registry_organisation WHERE id = :id")
			.param("id", id.value())
			.query(String.class)
			.optional();
	}

	private Optional<Organisation> load(OrganisationId id, String lock) {
		Optional<Row> row = jdbc.sql("SELECT " + COLUMNS + " FROM registry_organisation o WHERE o.id = :id" + lock)
			.param("id", id.value())
			.query(OrganisationStore::row)
			.optional();
		return row.map(found -> Organisation.restore(found.id(), found.kind(), found.details(), history(id), found.version()));
	}

	List<StatusChange> history(OrganisationId id) {
		return jdbc.sql("""
				SELECT seq, transition, effective_date, reason, decision_number, decision_date, dissolution_kind,
				       recorded_at, recorded_by
				FROM registry_status_change WHERE organisation_id = :id ORDER BY seq""")
			.param("id", id.value())
			.query((rs, n) -> new StatusChange(rs.getInt("seq"), Transition.valueOf(rs.getString("transition")),
					rs.getObject("effective_date", LocalDate.class), rs.getString("reason"), rs.getString("decision_number"),
					rs.getObject("decision_date", LocalDate.class),
					rs.getString("dissolution_kind") == null ? null : DissolutionKind.valueOf(rs.getString("dissolution_kind")),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by")))
			.list();
	}

	/**
	 * Stores a new organisation with its registration.
	 *
	 * @throws RegistryRuleViolation when its registration number or tax code is already registered
	 */
	void add(Organisation organisation, Instant now) {
		try {
			jdbc.sql("""
					INSERT INTO registry_organisation (id, kind, name, registration_number, tax_code, registration_date,
					    registration_authority, unit_code, address, sector, representative_name, representative_title, phone,
					    email, status, status_date, search_text, name_sort_key, version, created_at, updated_at)
					VALUES (:id, :kind, :name, :registrationNumber, :taxCode, :registrationDate, :registrationAuthority,
					    :unitCode, :address, :sector, :representativeName, :representativeTitle, :phone, :email, :status,
					    :statusDate, :searchText, :sortKey, 0, :now, :now)""")
				.params(parameters(organisation))
				.param("now", timestamp(now))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(ex);
		}
		appendChanges(organisation);
	}

	/**
	 * Stores the organisation's facts, current status and new status changes.
	 *
	 * @throws IllegalStateException when someone else changed it meanwhile
	 */
	void update(Organisation organisation, Instant now) {
		int rows;
		try {
			rows = jdbc.sql("""
					UPDATE registry_organisation SET name = :name, registration_number = :registrationNumber,
					    tax_code = :taxCode, registration_date = :registrationDate,
					    registration_authority = :registrationAuthority, unit_code = :unitCode, address = :address,
					    sector = :sector, representative_name = :representativeName,
					    representative_title = :representativeTitle, phone = :phone, email = :email, status = :status,
					    status_date = :statusDate, search_text = :searchText, name_sort_key = :sortKey,
					    version = version + 1, updated_at = :now
					WHERE id = :id AND version = :version""")
				.params(parameters(organisation))
				.param("version", organisation.version())
				.param("now", timestamp(now))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(ex);
		}
		if (rows != 1) {
			throw new IllegalStateException("Organisation " + organisation.id() + " was changed meanwhile");
		}
		jdbc.sql("UPDATE registry_status_change SET effective_date = :date WHERE organisation_id = :id AND seq = 1")
			.param("date", organisation.details().registrationDate())
			.param("id", organisation.id().value())
			.update();
		appendChanges(organisation);
	}

	private void appendChanges(Organisation organisation) {
		for (StatusChange change : organisation.newChanges()) {
			jdbc.sql("""
					INSERT INTO registry_status_change (organisation_id, seq, transition, status, effective_date, reason,
					    decision_number, decision_date, dissolution_kind, recorded_at, recorded_by)
					VALUES (:id, :seq, :transition, :status, :effectiveDate, :reason, :decisionNumber, :decisionDate,
					    :dissolutionKind, :recordedAt, :recordedBy)""")
				.param("id", organisation.id().value())
				.param("seq", change.seq())
				.param("transition", change.transition().name())
				.param("status", change.status().name())
				.param("effectiveDate", change.effectiveDate())
				.param("reason", change.reason())
				.param("decisionNumber", change.decisionNumber())
				.param("decisionDate", change.decisionDate())
				.param("dissolutionKind", change.dissolutionKind() == null ? null : change.dissolutionKind().name())
				.param("recordedAt", timestamp(change.recordedAt()))
				.param("recordedBy", change.recordedBy())
				.update();
		}
	}

	private static RegistryRuleViolation duplicate(DuplicateKeyException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.contains("registry_organisation_tax_code_uq")) {
			return new RegistryRuleViolation("taxCode", "registry.rule.taxCode.taken");
		}
		if (message.contains("registry_organisation_registration_uq")) {
			return new RegistryRuleViolation("registrationNumber", "registry.rule.registrationNumber.taken");
		}
		return new RegistryRuleViolation(null, "registry.rule.id.taken");
	}

	static Map<String, Object> parameters(Organisation organisation) {
		OrganisationDetails details = organisation.details();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("id", organisation.id().value());
		params.put("kind", organisation.kind().name());
		params.put("name", details.name());
		params.put("registrationNumber", details.registrationNumber() == null ? null : details.registrationNumber().value());
		params.put("taxCode", details.taxCode() == null ? null : details.taxCode().value());
		params.put("registrationDate", details.registrationDate());
		params.put("registrationAuthority", details.registrationAuthority());
		params.put("unitCode", details.unitCode());
		params.put("address", details.address());
		params.put("sector", details.sector().name());
		params.put("representativeName", details.representativeName());
		params.put("representativeTitle", details.representativeTitle());
		params.put("phone", details.phone());
		params.put("email", details.email());
		params.put("status", organisation.status().name());
		params.put("statusDate", organisation.lastChange().effectiveDate());
		params.put("searchText", searchText(organisation.id().value(), details.name(), details.registrationNumber(), details.taxCode()));
		params.put("sortKey", NameSortKey.of(details.name()));
		return params;
	}

	/** The folded text a search looks in: name, registration number, tax code and code. */
	static String searchText(String id, String name, RegistrationNumber registrationNumber, TaxCode taxCode) {
		List<String> parts = new ArrayList<>(List.of(name, id));
		if (registrationNumber != null) {
			parts.add(registrationNumber.value());
		}
		if (taxCode != null) {
			parts.add(taxCode.value());
		}
		String folded = SearchText.fold(String.join(" ", parts));
		return folded.length() > 1200 ? folded.substring(0, 1200) : folded;
	}

	static OffsetDateTime timestamp(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	/** A stored row before its history is attached. */
	record Row(OrganisationId id, OrganisationKind kind, OrganisationDetails details, OrganisationStatus status,
			LocalDate statusDate, int version) {
	}

	static Row row(ResultSet rs, int n) throws SQLException {
		String registrationNumber = rs.getString("registration_number");
		String taxCode = rs.getString("tax_code");
		OrganisationDetails details = new OrganisationDetails(rs.getString("name"),
				registrationNumber == null ? null : new RegistrationNumber(registrationNumber),
				taxCode == null ? null : new TaxCode(taxCode), rs.getObject("registration_date", LocalDate.class),
				rs.getString("registration_authority"), rs.getString("unit_code"), rs.getString("address"),
				Sector.valueOf(rs.getString("sector")), rs.getString("representative_name"),
				rs.getString("representative_title"), rs.getString("phone"), rs.getString("email"));
		return new Row(new OrganisationId(rs.getString("id")), OrganisationKind.valueOf(rs.getString("kind")), details,
				OrganisationStatus.valueOf(rs.getString("status")), rs.getObject("status_date", LocalDate.class),
				rs.getInt("version"));
	}

}
