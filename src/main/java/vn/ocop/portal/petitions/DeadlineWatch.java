package vn.ocop.portal.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The deadline job: reminds the lead department some working days before an answer is due and
 * escalates to the provincial office the day after it was missed; likewise for the 5 working days
 * within which a petition must be classified and, outside the province's competence, forwarded.
 * <p>
 * Every node runs it ({@code ocop.petitions.deadline-cron}); a transaction-scoped PostgreSQL
 * advisory lock lets one node work at a time and the others skip, and each notice is a row of
 * {@code petitions_notification} unique per petition, kind and deadline, so a second run (or a
 * node that took over) never notifies twice. No state is kept in memory between runs.
 */
@Component
class DeadlineWatch {

	private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

	static final String LOCK = "ocop-portal.petitions.deadlines";

	enum Kind {
		ANSWER_REMINDER, ANSWER_ESCALATION, FORWARD_REMINDER, FORWARD_ESCALATION,
		/** Not the job's: written when an answer is published, to tell the petitioner by e-mail (PetitionMail). */
		ANSWER_PUBLISHED;

		String messageKey() {
			return "petitions.notification." + name();
		}
	}

	/** What one run did; {@code locked} false when another node held the lock. */
	record Run(boolean locked, int reminders, int escalations) {
	}

	private record Due(long id, String department, LocalDate deadline, boolean answer) {
	}

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final PetitionsProperties properties;

	private final TransactionOperations transactions;

	private final Clock clock;

	DeadlineWatch(JdbcClient jdbc, WorkingCalendar calendar, PetitionsProperties properties,
			TransactionOperations transactions, Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${ocop.petitions.deadline-cron:0 15 * * * *}", zone = "Asia/Ho_Chi_Minh")
	void scheduled() {
		Run run = run();
		if (run.reminders() + run.escalations() > 0) {
			log.info("Petition deadlines: {} reminders, {} escalations", run.reminders(), run.escalations());
		}
	}

	Run run() {
		return transactions.execute(status -> {
			Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext(:lock))").param("lock", LOCK)
				.query(Boolean.class)
				.single();
			if (!Boolean.TRUE.equals(locked)) {
				return new Run(false, 0, 0);
			}
			LocalDate today = LocalDate.now(clock);
			int reminderDays = properties.reminderWorkingDays();
			LocalDate horizon = today.plusDays(3L * reminderDays + 40);
			WorkingDays rules = calendar.rules(today.minusDays(7), horizon);
			int reminders = 0;
			int escalations = 0;
			for (Due due : due(horizon)) {
				if (today.isAfter(due.deadline())) {
					escalations += notify(due, due.answer() ? Kind.ANSWER_ESCALATION : Kind.FORWARD_ESCALATION);
				}
				else if (!today.isBefore(rules.minusWorkingDays(due.deadline(), reminderDays))) {
					reminders += notify(due, due.answer() ? Kind.ANSWER_REMINDER : Kind.FORWARD_REMINDER);
				}
			}
			return new Run(true, reminders, escalations);
		});
	}

	/** Petitions still owing an answer, or a classification and forwarding, due by the horizon. */
	private List<Due> due(LocalDate horizon) {
		List<Due> due = new ArrayList<>();
		jdbc.sql("SELECT id, lead_department, answer_deadline FROM petitions_petition"
				+ " WHERE status IN ('ACCEPTED', 'ASSIGNED') AND answer_deadline <= :horizon")
			.param("horizon", horizon)
			.query(rs -> {
				due.add(new Due(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), true));
			});
		jdbc.sql("SELECT id, forward_deadline FROM petitions_petition"
				+ " WHERE status IN ('RECEIVED', 'TO_FORWARD') AND forward_deadline <= :horizon")
			.param("horizon", horizon)
			.query(rs -> {
				due.add(new Due(rs.getLong(1), null, rs.getObject(2, LocalDate.class), false));
			});
		return due;
	}

	private int notify(Due due, Kind kind) {
		return jdbc.sql("""
				INSERT INTO petitions_notification (petition_id, kind, deadline, department_code, created_at)
				VALUES (:id, :kind, :deadline, :department, :now)
				ON CONFLICT (petition_id, kind, deadline) DO NOTHING
				""")
			.param("id", due.id())
			.param("kind", kind.name())
			.param("deadline", due.deadline())
			.param("department", due.department())
			.param("now", PetitionStore.offset(clock.instant()))
			.update();
	}

}
