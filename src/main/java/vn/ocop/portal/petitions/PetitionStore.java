package vn.ocop.portal.petitions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.web.SearchText;

/** Loads and stores {@link Petition}s ({@code petitions_petition}), with optimistic locking. */
@Component
class PetitionStore {

	private final JdbcClient jdbc;

	PetitionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Petition> find(PetitionCode code) {
		return jdbc.sql("SELECT * FROM petitions_petition WHERE code = :code")
			.param("code", code.value())
			.query(this::map)
			.optional()
			.map(this::withCooperating);
	}

	Optional<Petition> find(long id) {
		return jdbc.sql("SELECT * FROM petitions_petition WHERE id = :id")
			.param("id", id)
			.query(this::map)
			.optional()
			.map(this::withCooperating);
	}

	void insert(Petition petition, Instant now) {
		petition.id = jdbc.sql("""
				INSERT INTO petitions_petition (code, channel, conference_id, petitioner_kind, organisation_id, petitioner_name,
				    contact_address, contact_phone, contact_email, topic_code, title, content, status, received_on, received_at,
				    forward_deadline, search_text, updated_at)
				VALUES (:code, :channel, :conference, :kind, :organisation, :name, :address, :phone, :email, :topic, :title, :content,
				    :status, :receivedOn, :receivedAt, :forwardDeadline, :search, :now)
				RETURNING id
				""")
			.param("code", petition.code.value())
			.param("channel", petition.channel.name())
			.param("conference", petition.conferenceId)
			.param("kind", petition.petitionerKind.name())
			.param("organisation", petition.organisationId)
			.param("name", petition.petitionerName)
			.param("address", petition.contactAddress)
			.param("phone", petition.contactPhone)
			.param("email", petition.contactEmail)
			.param("topic", petition.topicCode)
			.param("title", petition.title)
			.param("content", petition.content)
			.param("status", petition.status.name())
			.param("receivedOn", petition.receivedOn)
			.param("receivedAt", offset(petition.receivedAt))
			.param("forwardDeadline", petition.forwardDeadline)
			.param("search", searchText(petition))
			.param("now", offset(now))
			.query(Long.class)
			.single();
	}

	void update(Petition petition, Instant now) {
		int updated = jdbc.sql("""
				UPDATE petitions_petition SET status = :status, forward_authority = :authority, forwarded_on = :forwardedOn,
				    decision_reason = :reason, lead_department = :lead, answer_deadline = :deadline, answer_text = :answer,
				    answered_on = :answeredOn, answered_by = :answeredBy, approved_at = :approvedAt, published_at = :publishedAt,
				    closed_at = :closedAt, reopened = :reopened, search_text = :search, version = version + 1, updated_at = :now
				WHERE id = :id AND version = :version
				""")
			.param("status", petition.status.name())
			.param("authority", petition.forwardAuthority)
			.param("forwardedOn", petition.forwardedOn)
			.param("reason", petition.decisionReason)
			.param("lead", petition.leadDepartment)
			.param("deadline", petition.answerDeadline)
			.param("answer", petition.answerText)
			.param("answeredOn", petition.answeredOn)
			.param("answeredBy", petition.answeredBy)
			.param("approvedAt", offset(petition.approvedAt))
			.param("publishedAt", offset(petition.publishedAt))
			.param("closedAt", offset(petition.closedAt))
			.param("reopened", petition.reopened)
			.param("search", searchText(petition))
			.param("now", offset(now))
			.param("id", petition.id)
			.param("version", petition.version)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Petition " + petition.code + " was changed meanwhile");
		}
		petition.version++;
		jdbc.sql("DELETE FROM petitions_cooperating_department WHERE petition_id = :id").param("id", petition.id).update();
		for (String department : petition.cooperatingDepartments) {
			jdbc.sql("INSERT INTO petitions_cooperating_department (petition_id, department_code) VALUES (:id, :code)")
				.param("id", petition.id)
				.param("code", department)
				.update();
		}
	}

	/** What the public search and the back-office search look in: never the petitioner's name or contacts. */
	private static String searchText(Petition petition) {
		return SearchText.fold(String.join(" ", petition.code.value(), petition.title,
				petition.answerText == null ? "" : petition.answerText));
	}

	private Petition withCooperating(Petition petition) {
		petition.cooperatingDepartments = jdbc
			.sql("SELECT department_code FROM petitions_cooperating_department WHERE petition_id = :id ORDER BY department_code")
			.param("id", petition.id)
			.query(String.class)
			.list();
		return petition;
	}

	private Petition map(ResultSet rs, int row) throws SQLException {
		Petition p = new Petition();
		p.id = rs.getLong("id");
		p.code = new PetitionCode(rs.getString("code"));
		p.channel = Channel.valueOf(rs.getString("channel"));
		long conference = rs.getLong("conference_id");
		p.conferenceId = rs.wasNull() ? null : conference;
		p.petitionerKind = PetitionerKind.valueOf(rs.getString("petitioner_kind"));
		p.organisationId = rs.getString("organisation_id");
		p.petitionerName = rs.getString("petitioner_name");
		p.contactAddress = rs.getString("contact_address");
		p.contactPhone = rs.getString("contact_phone");
		p.contactEmail = rs.getString("contact_email");
		p.topicCode = rs.getString("topic_code");
		p.title = rs.getString("title");
		p.content = rs.getString("content");
		p.status = PetitionStatus.valueOf(rs.getString("status"));
		p.receivedOn = rs.getObject("received_on", LocalDate.class);
		p.receivedAt = instant(rs, "received_at");
		p.forwardDeadline = rs.getObject("forward_deadline", LocalDate.class);
		p.forwardAuthority = rs.getString("forward_authority");
		p.forwardedOn = rs.getObject("forwarded_on", LocalDate.class);
		p.decisionReason = rs.getString("decision_reason");
		p.leadDepartment = rs.getString("lead_department");
		p.answerDeadline = rs.getObject("answer_deadline", LocalDate.class);
		p.answerText = rs.getString("answer_text");
		p.answeredOn = rs.getObject("answered_on", LocalDate.class);
		p.answeredBy = rs.getString("answered_by");
		p.approvedAt = instant(rs, "approved_at");
		p.publishedAt = instant(rs, "published_at");
		p.closedAt = instant(rs, "closed_at");
		p.reopened = rs.getInt("reopened");
		p.version = rs.getInt("version");
		return p;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime offset(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
