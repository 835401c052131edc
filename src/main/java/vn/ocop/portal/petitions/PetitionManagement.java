package vn.ocop.portal.petitions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.registry.OrganisationId;
import vn.ocop.portal.registry.Organisations;

/**
 * The petitions' commands: receive, classify, forward, assign, answer, approve, publish, close,
 * reopen, add information. Each checks who may do it ({@link PetitionAccess}), lets the
 * {@link Petition} check its rules, stores it and audits the step with the values before and
 * after, in one transaction. Deadlines come from the {@link WorkingCalendar}.
 */
@Component
class PetitionManagement {

	static final String MODULE = "petitions";

	static final String ENTITY = "Petition";

	/** What a new petition says. {@code receivedOn} null: today. */
	record NewPetition(Channel channel, Long conferenceId, PetitionerKind petitionerKind, String organisationId,
			String petitionerName, String address, String phone, String email, String topicCode, String title,
			String content, LocalDate receivedOn) {
	}

	/** The classification of a received petition (Decree 20/2008/NĐ-CP, art. 7 as amended). */
	enum Decision {
		WITHIN_COMPETENCE, OUTSIDE_COMPETENCE, REJECT, REDIRECT;

		String messageKey() {
			return "petitions.decision." + name();
		}
	}

	private final PetitionStore store;

	private final TrackingCodes codes;

	private final WorkingCalendar calendar;

	private final ReferenceLists lists;

	private final PetitionAccess access;

	private final Attachments attachments;

	private final Organisations organisations;

	private final PetitionsProperties properties;

	private final Auditor auditor;

	private final JdbcClient jdbc;

	private final Clock clock;

	PetitionManagement(PetitionStore store, TrackingCodes codes, WorkingCalendar calendar, ReferenceLists lists,
			PetitionAccess access, Attachments attachments, Organisations organisations, PetitionsProperties properties,
			Auditor auditor, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.codes = codes;
		this.calendar = calendar;
		this.lists = lists;
		this.access = access;
		this.attachments = attachments;
		this.organisations = organisations;
		this.properties = properties;
		this.auditor = auditor;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	// -------------------------------------------------------------------------------------- receive

	/**
	 * Records a new petition and gives it its tracking code. The provincial office records any
	 * channel (a conference, a letter, a call); a representative submits online for their own
	 * organisation; anyone else (the public form) submits online as a person.
	 */
	@Transactional
	Petition receive(NewPetition command, List<Attachments.Upload> files) {
		Petition petition = new Petition();
		LocalDate today = today();
		boolean office = access.isOffice();
		petition.channel = office ? require(command.channel(), "petitions.rule.channelRequired") : Channel.ONLINE;
		petition.conferenceId = office && petition.channel == Channel.CONFERENCE ? command.conferenceId() : null;
		if (petition.channel == Channel.CONFERENCE && petition.conferenceId == null) {
			throw new PetitionRuleViolation("petitions.rule.conferenceRequired");
		}
		petition.receivedOn = office && command.receivedOn() != null ? command.receivedOn() : today;
		if (petition.receivedOn.isAfter(today)) {
			throw new PetitionRuleViolation("petitions.rule.receivedInFuture");
		}
		petitioner(petition, command, office);
		petition.contactAddress = trimmed(command.address(), 500);
		petition.contactPhone = trimmed(command.phone(), 30);
		petition.contactEmail = trimmed(command.email(), 254);
		ReferenceLists.Topic topic = lists.topic(command.topicCode()).filter(ReferenceLists.Topic::active)
			.orElseThrow(() -> new PetitionRuleViolation("petitions.rule.topicRequired"));
		petition.topicCode = topic.code();
		petition.title = text(command.title(), 300, "petitions.rule.titleRequired");
		petition.content = text(command.content(), 20_000, "petitions.rule.contentRequired");
		petition.status = PetitionStatus.RECEIVED;
		petition.receivedAt = clock.instant();
		petition.forwardDeadline = calendar.plusWorkingDays(petition.receivedOn, properties.forwardingWorkingDays());
		petition.code = codes.next(petition.receivedOn);
		store.insert(petition, clock.instant());
		for (Attachments.Upload file : files) {
			attachments.storeForPetition(petition.id, Attachments.Purpose.PETITION, file, access.actor());
		}
		auditor.record(new AuditRecord(MODULE, ENTITY, petition.code.value(), "RECEIVED", null, petition.auditValues()));
		return petition;
	}

	private void petitioner(Petition petition, NewPetition command, boolean office) {
		String own = access.organisation().orElse(null);
		if (own != null) {
			petition.petitionerKind = PetitionerKind.ORGANISATION;
			petition.organisationId = own;
			petition.petitionerName = organisationName(own, command.petitionerName());
			return;
		}
		if (office && command.petitionerKind() == PetitionerKind.ORGANISATION) {
			String id = command.organisationId() == null ? "" : command.organisationId().strip();
			if (!OrganisationId.isValid(id) || !organisations.exists(OrganisationId.of(id))) {
				throw new PetitionRuleViolation("petitions.rule.organisationUnknown", id);
			}
			petition.petitionerKind = PetitionerKind.ORGANISATION;
			petition.organisationId = OrganisationId.of(id).value();
			petition.petitionerName = organisationName(petition.organisationId, command.petitionerName());
			return;
		}
		petition.petitionerKind = PetitionerKind.PERSON;
		petition.petitionerName = text(command.petitionerName(), 255, "petitions.rule.nameRequired");
	}

	/** The organisation's name from the registry when the current user may read it, else the name given. */
	private String organisationName(String id, String given) {
		try {
			return organisations.get(OrganisationId.of(id)).details().name();
		}
		catch (AccessDeniedException | IllegalArgumentException outsideScope) {
			return text(given, 255, "petitions.rule.nameRequired");
		}
	}

	// ------------------------------------------------------------------------------ office's steps

	@Transactional
	Petition classify(PetitionCode code, Decision decision, String text) {
		return change(code, "CLASSIFIED", this::requireOffice, petition -> {
			switch (require(decision, "petitions.rule.decisionRequired")) {
				case WITHIN_COMPETENCE -> petition.acceptWithinCompetence(calendar.plusWorkingDays(petition.receivedOn,
						lists.topic(petition.topicCode).orElseThrow().answerWorkingDays()));
				case OUTSIDE_COMPETENCE -> petition.classifyOutsideCompetence(text);
				case REJECT -> petition.reject(text);
				case REDIRECT -> petition.redirect(text);
			}
		});
	}

	@Transactional
	Petition recordForwarding(PetitionCode code, LocalDate on) {
		return change(code, "FORWARDED", this::requireOffice, petition -> {
			LocalDate day = on == null ? today() : on;
			if (day.isAfter(today())) {
				throw new PetitionRuleViolation("petitions.rule.dateInFuture");
			}
			petition.recordForwarding(day);
		});
	}

	@Transactional
	Petition assign(PetitionCode code, String lead, Set<String> cooperating) {
		return change(code, "ASSIGNED", this::requireOffice, petition -> {
			requireDepartment(lead);
			cooperating.forEach(this::requireDepartment);
			petition.assign(lead, cooperating);
		});
	}

	@Transactional
	Petition answer(PetitionCode code, String text, Attachments.Upload signedAnswer) {
		return change(code, "ANSWERED", petition -> {
			if (!access.mayAnswer(petition)) {
				throw new AccessDeniedException("Only the lead department or the office answers " + code);
			}
		}, petition -> {
			petition.answer(text, access.actor(), today());
			if (signedAnswer != null) {
				attachments.storeForPetition(petition.id, Attachments.Purpose.ANSWER, signedAnswer, access.actor());
			}
		});
	}

	@Transactional
	Petition approve(PetitionCode code) {
		return change(code, "APPROVED", this::requireOffice, petition -> petition.approve(clock.instant()));
	}

	@Transactional
	Petition returnAnswer(PetitionCode code, String reason) {
		return change(code, "RETURNED", this::requireOffice, petition -> {
			petition.returnAnswer();
			note(petition, "FOLLOW_UP", text(reason, 5_000, "petitions.rule.reasonRequired"));
		});
	}

	@Transactional
	Petition publish(PetitionCode code) {
		Petition petition = change(code, "PUBLISHED", this::requireOffice, published -> published.publish(clock.instant()));
		if (petition.contactEmail != null && !petition.contactEmail.isBlank()) {
			// the petitioner left an e-mail address: PetitionMail tells them (the address stays on the petition)
			jdbc.sql("""
					INSERT INTO petitions_notification (petition_id, kind, deadline, department_code, created_at)
					VALUES (:id, 'ANSWER_PUBLISHED', :today, NULL, :now)
					ON CONFLICT (petition_id, kind, deadline) DO NOTHING
					""")
				.param("id", petition.id)
				.param("today", today())
				.param("now", PetitionStore.offset(clock.instant()))
				.update();
		}
		return petition;
	}

	@Transactional
	Petition close(PetitionCode code) {
		return change(code, "CLOSED", this::requireOffice, petition -> petition.close(clock.instant()));
	}

	/** A follow-up: the lead department answers again, within the topic's working days from today. */
	@Transactional
	Petition reopen(PetitionCode code, String followUp) {
		return change(code, "REOPENED", this::requireOffice, petition -> {
			String text = text(followUp, 5_000, "petitions.rule.followUpRequired");
			petition.reopen(calendar.plusWorkingDays(today(), lists.topic(petition.topicCode).orElseThrow().answerWorkingDays()));
			note(petition, "FOLLOW_UP", text);
		});
	}

	/** The petitioner's representative adds information (and a file) to their own petition. */
	@Transactional
	Petition addInformation(PetitionCode code, String text, Attachments.Upload file) {
		return change(code, "INFORMATION_ADDED", petition -> {
			if (!access.mayAddInformation(petition)) {
				throw new AccessDeniedException("Only the petitioner adds information to " + code);
			}
		}, petition -> {
			if (petition.status == PetitionStatus.CLOSED) {
				throw new PetitionRuleViolation("petitions.rule.closed");
			}
			note(petition, "ADDITION", text(text, 5_000, "petitions.rule.informationRequired"));
			if (file != null) {
				attachments.storeForPetition(petition.id, Attachments.Purpose.ADDITION, file, access.actor());
			}
		});
	}

	// -------------------------------------------------------------------------------------- helpers

	private Petition change(PetitionCode code, String action, Consumer<Petition> permission, Consumer<Petition> step) {
		Petition petition = store.find(code).orElseThrow(() -> new PetitionNotFound(code.value()));
		if (!access.mayRead(petition)) {
			throw new AccessDeniedException("Petition " + code + " lies outside the user's scope");
		}
		permission.accept(petition);
		Map<String, Object> before = petition.auditValues();
		step.accept(petition);
		Instant now = clock.instant();
		store.update(petition, now);
		auditor.record(new AuditRecord(MODULE, ENTITY, code.value(), action, before, petition.auditValues()));
		return petition;
	}

	private void note(Petition petition, String kind, String text) {
		jdbc.sql("INSERT INTO petitions_note (petition_id, kind, text, author, created_at) VALUES (:id, :kind, :text, :author, :now)")
			.param("id", petition.id)
			.param("kind", kind)
			.param("text", text)
			.param("author", access.actor())
			.param("now", PetitionStore.offset(clock.instant()))
			.update();
	}

	private void requireOffice(Petition petition) {
		if (!access.isOffice()) {
			throw new AccessDeniedException("Only the provincial office takes this step on " + petition.code);
		}
	}

	private void requireDepartment(String code) {
		if (code == null || lists.department(code).filter(ReferenceLists.Department::active).isEmpty()) {
			throw new PetitionRuleViolation("petitions.rule.departmentUnknown", code == null ? "" : code);
		}
	}

	private static <T> T require(T value, String messageKey) {
		if (value == null) {
			throw new PetitionRuleViolation(messageKey);
		}
		return value;
	}

	static String text(String value, int maxLength, String messageKey) {
		if (value == null || value.isBlank()) {
			throw new PetitionRuleViolation(messageKey);
		}
		String stripped = value.strip();
		if (stripped.length() > maxLength) {
			throw new PetitionRuleViolation("petitions.rule.tooLong", maxLength);
		}
		return stripped;
	}

	private static String trimmed(String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > maxLength) {
			throw new PetitionRuleViolation("petitions.rule.tooLong", maxLength);
		}
		return stripped;
	}

}
