package vn.ocop.portal.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Deadlines with an injected clock against the real calendar in the database: answers due in 15
 * working days across weekends and Tết 2023, the 5 working days to forward a petition outside the
 * province's competence, reminders before a deadline and escalation after it by the deadline job,
 * the job's database lock, and tracking codes that stay unique under concurrency.
 */
@PetitionsIntegrationTest
class PetitionDeadlinesIntegrationTests {

	/** Friday before Tết 2023 (20–26 January off). */
	static final LocalDate FRIDAY_BEFORE_TET = LocalDate.of(2023, 1, 13);

	@Autowired
	PetitionFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionOperations transactions;

	@Autowired
	TrackingCodes codes;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void withoutAMailServerNothingIsEmailed() {
		assertThat(context.getEnvironment().getProperty("spring.mail.host")).isNull();
		assertThat(context.getBeanProvider(PetitionMail.class).getIfAvailable()).isNull();
	}

	@Test
	void theCalendarOf2026SkipsTetBinhNgoAndTheDayOffForHungKings() {
		// Tết: Saturday 14/2 to Sunday 22/2/2026; without it 5 working days from Friday 13/2 would end on 20/2
		assertThat(fixtures.calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
		assertThat(fixtures.calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
		assertThat(fixtures.calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
		// Hùng Kings' day is Sunday 26/4/2026: Monday 27/4 off; 30/4 and 1/5 (Thursday, Friday) are fixed holidays
		assertThat(fixtures.calendar.plusWorkingDays(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
		assertThat(fixtures.calendar.plusWorkingDays(LocalDate.of(2026, 4, 28), 2)).isEqualTo(LocalDate.of(2026, 5, 4));
	}

	@Test
	void theAnswerIsDueFifteenWorkingDaysAfterReceiptSkippingWeekendsAndTet() {
		MutableClock clock = new MutableClock(FRIDAY_BEFORE_TET);
		PetitionManagement management = fixtures.management(clock);
		Petition petition = fixtures.assignedTo(management, "SO-NNPTNT", "Hạn trả lời qua Tết", null);

		assertThat(petition.code.value()).startsWith("KN.20230113.");
		assertThat(petition.receivedOn).isEqualTo(FRIDAY_BEFORE_TET);
		// without holidays it would be 03/02/2023; Tết moves it a week
		assertThat(petition.answerDeadline).isEqualTo(LocalDate.of(2023, 2, 10));
	}

	@Test
	void aPetitionOutsideCompetenceMustBeForwardedWithinFiveWorkingDays() {
		MutableClock clock = new MutableClock(FRIDAY_BEFORE_TET);
		PetitionManagement management = fixtures.management(clock);
		DeadlineWatch watch = fixtures.deadlineWatch(clock);
		Petition petition = fixtures.receivedByOffice(management, "Đề nghị sửa luật", "OTHER", null);
		// 16, 17, 18, 19 January and, after Tết, 27 January
		assertThat(petition.forwardDeadline).isEqualTo(LocalDate.of(2023, 1, 27));

		fixtures.as(PetitionFixtures.OFFICE, () -> management.classify(petition.code,
				PetitionManagement.Decision.OUTSIDE_COMPETENCE, "Bộ Tài chính"));
		clock.set(LocalDate.of(2023, 1, 17));
		watch.run();
		assertThat(fixtures.notifications(petition)).isEmpty();

		clock.set(LocalDate.of(2023, 1, 18)); // two working days before 27/01, Tết in between
		watch.run();
		assertThat(fixtures.notifications(petition)).containsExactly("FORWARD_REMINDER 2023-01-27");

		clock.set(LocalDate.of(2023, 1, 27));
		watch.run();
		assertThat(fixtures.notifications(petition)).as("due today: not yet late").containsExactly("FORWARD_REMINDER 2023-01-27");

		clock.set(LocalDate.of(2023, 1, 30));
		watch.run();
		assertThat(fixtures.notifications(petition)).containsExactly("FORWARD_REMINDER 2023-01-27",
				"FORWARD_ESCALATION 2023-01-27");

		Petition forwarded = fixtures.as(PetitionFixtures.OFFICE, () -> management.recordForwarding(petition.code, null));
		assertThat(forwarded.status).isEqualTo(PetitionStatus.FORWARDED);
		assertThat(forwarded.forwardedInTime()).isFalse();
		assertThat(forwarded.forwardAuthority).isEqualTo("Bộ Tài chính");
	}

	@Test
	void theLeadDepartmentIsRemindedBeforeTheDeadlineAndTheOfficeToldAfterItOnce() {
		MutableClock clock = new MutableClock(FRIDAY_BEFORE_TET);
		PetitionManagement management = fixtures.management(clock);
		DeadlineWatch watch = fixtures.deadlineWatch(clock);
		Petition petition = fixtures.assignedTo(management, "SO-TC", "Nhắc hạn và quá hạn", null);
		assertThat(petition.answerDeadline).isEqualTo(LocalDate.of(2023, 2, 10));

		clock.set(LocalDate.of(2023, 2, 7));
		watch.run();
		assertThat(fixtures.notifications(petition)).isEmpty();

		clock.set(LocalDate.of(2023, 2, 8)); // two working days before 10/02
		watch.run();
		watch.run();
		assertThat(fixtures.notifications(petition)).containsExactly("ANSWER_REMINDER 2023-02-10");
		assertThat(jdbc.sql("SELECT department_code FROM petitions_notification WHERE petition_id = :id").param("id", petition.id)
			.query(String.class).single()).isEqualTo("SO-TC");

		clock.set(LocalDate.of(2023, 2, 13));
		DeadlineWatch.Run run = watch.run();
		watch.run();
		assertThat(run.locked()).isTrue();
		assertThat(fixtures.notifications(petition)).containsExactly("ANSWER_REMINDER 2023-02-10", "ANSWER_ESCALATION 2023-02-10");

		fixtures.as(PetitionFixtures.OFFICE, () -> management.answer(petition.code, "Trả lời muộn.", null));
		clock.set(LocalDate.of(2023, 3, 1));
		watch.run();
		assertThat(fixtures.notifications(petition)).as("answered: nothing more").hasSize(2);
	}

	@Test
	void aSecondNodeSkipsTheJobWhileTheFirstHoldsTheLock() throws Exception {
		DeadlineWatch watch = fixtures.deadlineWatch(new MutableClock(FRIDAY_BEFORE_TET));
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService otherNode = Executors.newSingleThreadExecutor();
		try {
			Future<?> holder = otherNode.submit(() -> transactions.executeWithoutResult(status -> {
				jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:lock))").param("lock", DeadlineWatch.LOCK).query(Object.class).single();
				locked.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
			assertThat(watch.run().locked()).isFalse();
			release.countDown();
			holder.get(30, TimeUnit.SECONDS);
			assertThat(watch.run().locked()).isTrue();
		}
		finally {
			release.countDown();
			otherNode.shutdownNow();
		}
	}

	@Test
	void trackingCodesOfOneDayStayUniqueWhenManyAreHandedOutAtOnce() throws Exception {
		LocalDate day = LocalDate.of(2031, 3, 3);
		ExecutorService nodes = Executors.newFixedThreadPool(6);
		try {
			List<Future<PetitionCode>> futures = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				futures.add(nodes.submit(() -> transactions.execute(status -> codes.next(day))));
			}
			Set<String> handedOut = new HashSet<>();
			for (Future<PetitionCode> future : futures) {
				handedOut.add(future.get(30, TimeUnit.SECONDS).value());
			}
			assertThat(handedOut).hasSize(30).contains("KN.20310303.0001", "KN.20310303.0030");
		}
		finally {
			nodes.shutdownNow();
		}
	}

	@Test
	void theWorkflowRefusesStepsOutOfOrderAndRecordsEveryStepInTheAuditLog() {
		MutableClock clock = new MutableClock(LocalDate.of(2023, 3, 1));
		PetitionManagement management = fixtures.management(clock);
		Petition petition = fixtures.receivedByOffice(management, "Thứ tự các bước", "TAX", null);
		assertThatThrownBy(() -> fixtures.as(PetitionFixtures.OFFICE, () -> management.publish(petition.code)))
			.isInstanceOf(PetitionRuleViolation.class)
			.hasMessage("petitions.rule.wrongStatus");
		assertThatThrownBy(() -> fixtures.as(PetitionFixtures.OFFICE,
				() -> management.classify(petition.code, PetitionManagement.Decision.REJECT, " ")))
			.hasMessage("petitions.rule.reasonRequired");
		fixtures.as(PetitionFixtures.OFFICE, () -> management.classify(petition.code,
				PetitionManagement.Decision.WITHIN_COMPETENCE, null));
		fixtures.as(PetitionFixtures.OFFICE, () -> management.assign(petition.code, "CUC-THUE", Set.of("SO-TC", "CUC-THUE")));
		fixtures.as(PetitionFixtures.OFFICE, () -> management.answer(petition.code, "Trả lời.", null));
		fixtures.as(PetitionFixtures.OFFICE, () -> management.approve(petition.code));
		fixtures.as(PetitionFixtures.OFFICE, () -> management.publish(petition.code));
		Petition reopened = fixtures.as(PetitionFixtures.OFFICE, () -> management.reopen(petition.code, "Chưa rõ mức giảm."));

		assertThat(reopened.status).isEqualTo(PetitionStatus.ASSIGNED);
		assertThat(reopened.cooperatingDepartments).containsExactly("SO-TC");
		assertThat(reopened.reopened).isEqualTo(1);
		assertThat(reopened.answerDeadline).isEqualTo(LocalDate.of(2023, 3, 22));
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE module = 'petitions' AND entity_id = :code ORDER BY id")
			.param("code", petition.code.value()).query(String.class).list())
			.containsExactly("RECEIVED", "CLASSIFIED", "ASSIGNED", "ANSWERED", "APPROVED", "PUBLISHED", "REOPENED");
	}

}
