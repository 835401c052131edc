package vn.ocop.portal.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A petition and its workflow ({@link PetitionStatus}). Each command checks the state it starts
 * from and refuses with a {@link PetitionRuleViolation} otherwise; {@link PetitionManagement}
 * checks who may call it, stores the result and audits it.
 */
class Petition {

	Long id;

	PetitionCode code;

	Channel channel;

	Long conferenceId;

	PetitionerKind petitionerKind;

	String organisationId;

	String petitionerName;

	String contactAddress;

	String contactPhone;

	String contactEmail;

	String topicCode;

	String title;

	String content;

	PetitionStatus status;

	LocalDate receivedOn;

	Instant receivedAt;

	LocalDate forwardDeadline;

	String forwardAuthority;

	LocalDate forwardedOn;

	String decisionReason;

	String leadDepartment;

	List<String> cooperatingDepartments = List.of();

	LocalDate answerDeadline;

	String answerText;

	LocalDate answeredOn;

	String answeredBy;

	Instant approvedAt;

	Instant publishedAt;

	Instant closedAt;

	int reopened;

	int version;

	// ------------------------------------------------------------------------------- classification

	void acceptWithinCompetence(LocalDate deadline) {
		require(PetitionStatus.RECEIVED);
		status = PetitionStatus.ACCEPTED;
		answerDeadline = deadline;
	}

	void classifyOutsideCompetence(String authority) {
		require(PetitionStatus.RECEIVED);
		forwardAuthority = required(authority, "petitions.rule.authorityRequired");
		status = PetitionStatus.TO_FORWARD;
	}

	void reject(String reason) {
		require(PetitionStatus.RECEIVED);
		decisionReason = required(reason, "petitions.rule.reasonRequired");
		status = PetitionStatus.REJECTED;
	}

	/** A complaint or denunciation: another procedure (Law on Complaints, Law on Denunciations). */
	void redirect(String guidance) {
		require(PetitionStatus.RECEIVED);
		decisionReason = required(guidance, "petitions.rule.reasonRequired");
		status = PetitionStatus.REDIRECTED;
	}

	void recordForwarding(LocalDate on) {
		require(PetitionStatus.TO_FORWARD);
		if (on.isBefore(receivedOn)) {
			throw new PetitionRuleViolation("petitions.rule.forwardedBeforeReceived");
		}
		forwardedOn = on;
		status = PetitionStatus.FORWARDED;
	}

	/** Whether the forwarding was (or, if still pending, can still be) within the deadline. */
	boolean forwardedInTime() {
		return forwardedOn != null && !forwardedOn.isAfter(forwardDeadline);
	}

	// ------------------------------------------------------------------------------ routing, answer

	void assign(String lead, Set<String> cooperating) {
		require(PetitionStatus.ACCEPTED, PetitionStatus.ASSIGNED);
		leadDepartment = required(lead, "petitions.rule.leadRequired");
		cooperatingDepartments = cooperating.stream().filter(code -> !code.equals(lead)).sorted().toList();
		status = PetitionStatus.ASSIGNED;
	}

	void answer(String text, String by, LocalDate on) {
		require(PetitionStatus.ASSIGNED, PetitionStatus.ANSWERED);
		answerText = required(text, "petitions.rule.answerRequired");
		answeredBy = by;
		answeredOn = on;
		status = PetitionStatus.ANSWERED;
	}

	void approve(Instant at) {
		require(PetitionStatus.ANSWERED);
		approvedAt = at;
		status = PetitionStatus.APPROVED;
	}

	/** Sends the answer back to the department (approval refused). */
	void returnAnswer() {
		require(PetitionStatus.ANSWERED);
		status = PetitionStatus.ASSIGNED;
	}

	void publish(Instant at) {
		require(PetitionStatus.APPROVED);
		publishedAt = at;
		status = PetitionStatus.PUBLISHED;
	}

	void close(Instant at) {
		require(PetitionStatus.PUBLISHED, PetitionStatus.APPROVED, PetitionStatus.FORWARDED, PetitionStatus.REJECTED,
				PetitionStatus.REDIRECTED);
		closedAt = at;
		status = PetitionStatus.CLOSED;
	}

	/** A follow-up: the answer did not settle it; the lead department answers again by the new deadline. */
	void reopen(LocalDate newDeadline) {
		require(PetitionStatus.PUBLISHED, PetitionStatus.CLOSED);
		if (leadDepartment == null) {
			throw new PetitionRuleViolation("petitions.rule.reopenWithoutDepartment");
		}
		status = PetitionStatus.ASSIGNED;
		answerDeadline = newDeadline;
		answeredOn = null;
		approvedAt = null;
		publishedAt = null;
		closedAt = null;
		reopened++;
	}

	// --------------------------------------------------------------------------------------- facts

	boolean isPublished() {
		return status == PetitionStatus.PUBLISHED || (status == PetitionStatus.CLOSED && publishedAt != null);
	}

	boolean concerns(String department) {
		return department.equals(leadDepartment) || cooperatingDepartments.contains(department);
	}

	/** The values the audit log keeps (contact details are not repeated there). */
	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("code", code == null ? null : code.value());
		values.put("status", status);
		values.put("channel", channel);
		values.put("topic", topicCode);
		values.put("title", title);
		values.put("organisation", organisationId);
		values.put("forwardAuthority", forwardAuthority);
		values.put("forwardedOn", forwardedOn);
		values.put("reason", decisionReason);
		values.put("leadDepartment", leadDepartment);
		values.put("cooperatingDepartments", cooperatingDepartments);
		values.put("answerDeadline", answerDeadline);
		values.put("answer", answerText);
		values.put("answeredOn", answeredOn);
		values.put("reopened", reopened);
		return values;
	}

	private void require(PetitionStatus... allowed) {
		for (PetitionStatus state : allowed) {
			if (status == state) {
				return;
			}
		}
		throw new PetitionRuleViolation("petitions.rule.wrongStatus", new DefaultMessageSourceResolvable(status.messageKey()));
	}

	private static String required(String value, String messageKey) {
		if (value == null || value.isBlank()) {
			throw new PetitionRuleViolation(messageKey);
		}
		return value.strip();
	}

}
