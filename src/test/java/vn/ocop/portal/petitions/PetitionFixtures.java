package vn.ocop.portal.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.registry.Organisations;
import vn.ocop.portal.support.Officials;

/**
 * Petitions in the domain's words for integration tests: the real module's parts (database,
 * calendar, audit) with a clock the test sets, acting as a given person.
 */
@Component
class PetitionFixtures {

	static final Authentication OFFICE = Officials.provincialOfficer("Cán bộ Văn phòng tỉnh", "06");

	@Autowired PetitionStore store;

	@Autowired TrackingCodes codes;

	@Autowired WorkingCalendar calendar;

	@Autowired ReferenceLists lists;

	@Autowired PetitionAccess access;

	@Autowired Attachments attachments;

	@Autowired Organisations organisations;

	@Autowired PetitionsProperties properties;

	@Autowired Auditor auditor;

	@Autowired JdbcClient jdbc;

	@Autowired TransactionOperations transactions;

	/** The workflow on this clock; each command in its own transaction as from a controller. */
	PetitionManagement management(Clock clock) {
		return new PetitionManagement(store, codes, calendar, lists, access, attachments, organisations, properties, auditor,
				jdbc, clock);
	}

	DeadlineWatch deadlineWatch(Clock clock) {
		return new DeadlineWatch(jdbc, calendar, properties, transactions, clock);
	}

	/** Runs the work as the person, in one transaction. */
	<T> T as(Authentication person, Callable<T> work) {
		SecurityContextHolder.getContext().setAuthentication(person);
		try {
			return transactions.execute(status -> {
				try {
					return work.call();
				}
				catch (RuntimeException failure) {
					throw failure;
				}
				catch (Exception failure) {
					throw new IllegalStateException(failure);
				}
			});
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A petition of a person received by the office on the clock's day (or on {@code receivedOn}). */
	Petition receivedByOffice(PetitionManagement management, String title, String topic, LocalDate receivedOn) {
		return as(OFFICE, () -> management.receive(new PetitionManagement.NewPetition(Channel.LETTER, null,
				PetitionerKind.PERSON, null, "Nguyễn Văn Thử", "Thôn Khuổi Tẩu", "0912 345 678", "thu@example.vn", topic, title,
				"Nội dung kiến nghị thử nghiệm.", receivedOn), List.of()));
	}

	/** Received, accepted and assigned to the lead department. */
	Petition assignedTo(PetitionManagement management, String department, String title, LocalDate receivedOn) {
		Petition petition = receivedByOffice(management, title, "OCOP", receivedOn);
		as(OFFICE, () -> management.classify(petition.code, PetitionManagement.Decision.WITHIN_COMPETENCE, null));
		return as(OFFICE, () -> management.assign(petition.code, department, java.util.Set.of()));
	}

	List<String> notifications(Petition petition) {
		return jdbc.sql("SELECT kind || ' ' || deadline FROM petitions_notification WHERE petition_id = :id ORDER BY id")
			.param("id", petition.id)
			.query(String.class)
			.list();
	}

}
