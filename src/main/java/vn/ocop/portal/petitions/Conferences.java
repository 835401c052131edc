package vn.ocop.portal.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.registry.OrganisationId;
import vn.ocop.portal.registry.Organisations;

/**
 * Dialogue conferences between the province's leaders and cooperatives: date, place, chair, agenda,
 * participating organisations of the registry, the minutes; the petitions raised there are recorded
 * with the channel {@link Channel#CONFERENCE}. Managed by the provincial office, audited.
 */
@Component
class Conferences {

	static final String ENTITY = "Conference";

	record Conference(long id, String title, LocalDate heldOn, String place, String chair, String agenda) {
	}

	record Participant(String organisationId, String name) {
	}

	record ConferenceRow(long id, String title, LocalDate heldOn, String place, long petitions) {
	}

	private final JdbcClient jdbc;

	private final PetitionAccess access;

	private final Organisations organisations;

	private final Attachments attachments;

	private final Auditor auditor;

	private final Clock clock;

	Conferences(JdbcClient jdbc, PetitionAccess access, Organisations organisations, Attachments attachments,
			Auditor auditor, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.organisations = organisations;
		this.attachments = attachments;
		this.auditor = auditor;
		this.clock = clock;
	}

	@Transactional
	long create(String title, LocalDate heldOn, String place, String chair, String agenda) {
		requireOffice();
		if (heldOn == null) {
			throw new PetitionRuleViolation("petitions.rule.dateRequired");
		}
		Conference conference = new Conference(0, PetitionManagement.text(title, 300, "petitions.rule.titleRequired"), heldOn,
				PetitionManagement.text(place, 300, "petitions.rule.placeRequired"),
				PetitionManagement.text(chair, 200, "petitions.rule.chairRequired"),
				agenda == null || agenda.isBlank() ? null : PetitionManagement.text(agenda, 20_000, "petitions.rule.tooLong"));
		long id = jdbc.sql("INSERT INTO petitions_conference (title, held_on, place, chair, agenda, created_at, created_by)"
				+ " VALUES (:title, :heldOn, :place, :chair, :agenda, :now, :actor) RETURNING id")
			.param("title", conference.title())
			.param("heldOn", heldOn)
			.param("place", conference.place())
			.param("chair", conference.chair())
			.param("agenda", conference.agenda())
			.param("now", PetitionStore.offset(clock.instant()))
			.param("actor", access.actor())
			.query(Long.class)
			.single();
		auditor.record(AuditRecord.created(PetitionManagement.MODULE, ENTITY, String.valueOf(id), conference));
		return id;
	}

	/** Adds an organisation of the registry, with its name as the registry knows it. */
	@Transactional
	void addParticipant(long conferenceId, String organisationId) {
		requireOffice();
		get(conferenceId);
		String id = organisationId == null ? "" : organisationId.strip();
		if (!OrganisationId.isValid(id) || !organisations.exists(OrganisationId.of(id))) {
			throw new PetitionRuleViolation("petitions.rule.organisationUnknown", id);
		}
		String name = organisations.get(OrganisationId.of(id)).details().name();
		addParticipant(conferenceId, OrganisationId.of(id).value(), name);
	}

	void addParticipant(long conferenceId, String organisationId, String name) {
		int added = jdbc.sql("INSERT INTO petitions_conference_participant (conference_id, organisation_id, organisation_name)"
				+ " VALUES (:id, :organisation, :name) ON CONFLICT DO NOTHING")
			.param("id", conferenceId)
			.param("organisation", organisationId)
			.param("name", name)
			.update();
		if (added == 1) {
			auditor.record(new AuditRecord(PetitionManagement.MODULE, ENTITY, String.valueOf(conferenceId), "PARTICIPANT_ADDED",
					null, Map.of("organisation", organisationId, "name", name)));
		}
	}

	@Transactional
	void attachMinutes(long conferenceId, Attachments.Upload minutes) {
		requireOffice();
		get(conferenceId);
		attachments.storeForConference(conferenceId, minutes, access.actor());
		auditor.record(new AuditRecord(PetitionManagement.MODULE, ENTITY, String.valueOf(conferenceId), "MINUTES_ATTACHED",
				null, Map.of("file", minutes.fileName(), "size", minutes.content().length)));
	}

	@Transactional(readOnly = true)
	Conference get(long id) {
		return jdbc.sql("SELECT id, title, held_on, place, chair, agenda FROM petitions_conference WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Conference(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.optional()
			.orElseThrow(() -> new PetitionNotFound("conference " + id));
	}

	@Transactional(readOnly = true)
	List<Participant> participants(long id) {
		return jdbc.sql("SELECT organisation_id, organisation_name FROM petitions_conference_participant"
				+ " WHERE conference_id = :id ORDER BY organisation_name")
			.param("id", id)
			.query((rs, n) -> new Participant(rs.getString(1), rs.getString(2)))
			.list();
	}

	@Transactional(readOnly = true)
	Page<ConferenceRow> list(int page, int size) {
		PageRequest request = PageRequest.of(page, size);
		long total = jdbc.sql("SELECT count(*) FROM petitions_conference").query(Long.class).single();
		List<ConferenceRow> rows = jdbc.sql("SELECT c.id, c.title, c.held_on, c.place,"
				+ " (SELECT count(*) FROM petitions_petition p WHERE p.conference_id = c.id)"
				+ " FROM petitions_conference c ORDER BY c.held_on DESC, c.id DESC LIMIT :limit OFFSET :offset")
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, n) -> new ConferenceRow(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getLong(5)))
			.list();
		return new PageImpl<>(rows, request, total);
	}

	/** All conferences, newest first, for the choice on the petition form (a province holds a few a year). */
	@Transactional(readOnly = true)
	Map<Long, String> choices() {
		Map<Long, String> choices = new LinkedHashMap<>();
		jdbc.sql("SELECT id, title, held_on FROM petitions_conference ORDER BY held_on DESC, id DESC LIMIT 200")
			.query(rs -> {
				choices.put(rs.getLong(1), rs.getString(2));
			});
		return choices;
	}

	private void requireOffice() {
		if (!access.isOffice()) {
			throw new AccessDeniedException("Only the provincial office manages conferences");
		}
	}

}
