package vn.ocop.portal.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.shared.web.Formats;

/**
 * Sends the petitions' notifications by e-mail — only when {@code spring.mail.host} is set (Spring
 * Boot then provides the {@link JavaMailSender}). The rows of {@code petitions_notification} are the
 * outbox: reminders go to the lead department's mailbox ({@code petitions_department.email}),
 * escalations and forwarding reminders to the provincial office ({@code ocop.petitions.mail.office},
 * the department in copy), and "your answer is published" to the petitioner's own address, when
 * they left one. A mail holds the tracking code, the title, the deadline and a link; never the
 * petitioner's name or contacts (nor, to the petitioner, anything but their own petition).
 * <p>
 * Every node runs the job ({@code ocop.petitions.mail.cron}); a transaction-scoped advisory lock
 * lets one node send at a time, and {@code emailed_at} is set in the same transaction as the send,
 * so a mail is sent again only if that transaction fails after the server took it (at least once).
 * A notification without a known address, or older than {@code max-age}, is not e-mailed.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class PetitionMail {

	private static final Logger log = LoggerFactory.getLogger(PetitionMail.class);

	static final String LOCK = "ocop-portal.petitions.mail";

	static final int BATCH = 100;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private record Pending(long id, DeadlineWatch.Kind kind, LocalDate deadline, String code, String title,
			String departmentName, String departmentEmail, String petitionerEmail) {
	}

	private final JdbcClient jdbc;

	private final JavaMailSender sender;

	private final PetitionMailProperties properties;

	private final MessageSource messages;

	private final Formats formats;

	private final TransactionOperations transactions;

	private final Clock clock;

	PetitionMail(JdbcClient jdbc, JavaMailSender sender, PetitionMailProperties properties, MessageSource messages,
			Formats formats, TransactionOperations transactions, Clock clock) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.properties = properties;
		this.messages = messages;
		this.formats = formats;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${ocop.petitions.mail.cron:0 */5 * * * *}", zone = "Asia/Ho_Chi_Minh")
	void scheduled() {
		int sent = send();
		if (sent > 0) {
			log.info("Petition notifications e-mailed: {}", sent);
		}
	}

	/** Sends what is due (at most {@value #BATCH} mails a run); the number sent, -1 when another node holds the lock. */
	int send() {
		return transactions.execute(status -> {
			Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext(:lock))").param("lock", LOCK)
				.query(Boolean.class)
				.single();
			if (!Boolean.TRUE.equals(locked)) {
				return -1;
			}
			int sent = 0;
			for (Pending pending : pending()) {
				SimpleMailMessage mail = mail(pending);
				if (mail == null) {
					continue;
				}
				sender.send(mail);
				jdbc.sql("UPDATE petitions_notification SET emailed_at = :now WHERE id = :id")
					.param("now", PetitionStore.offset(clock.instant()))
					.param("id", pending.id())
					.update();
				sent++;
			}
			return sent;
		});
	}

	private List<Pending> pending() {
		List<Pending> pending = new ArrayList<>();
		jdbc.sql("""
				SELECT n.id, n.kind, n.deadline, p.code, p.title, d.name_vi, d.email, p.contact_email
				FROM petitions_notification n
				JOIN petitions_petition p ON p.id = n.petition_id
				LEFT JOIN petitions_department d ON d.code = n.department_code
				WHERE n.emailed_at IS NULL AND n.created_at >= :since
				ORDER BY n.id
				LIMIT :limit
				""")
			.param("since", PetitionStore.offset(clock.instant().minus(properties.maxAge())))
			.param("limit", BATCH)
			.query(rs -> {
				pending.add(new Pending(rs.getLong(1), DeadlineWatch.Kind.valueOf(rs.getString(2)),
						rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
						rs.getString(8)));
			});
		return pending;
	}

	/** The mail of a notification, or null when nobody known is to receive it. */
	private SimpleMailMessage mail(Pending pending) {
		String office = blankToNull(properties.office());
		String department = blankToNull(pending.departmentEmail());
		String to;
		String cc = null;
		String link;
		switch (pending.kind()) {
			case ANSWER_PUBLISHED -> {
				to = blankToNull(pending.petitionerEmail());
				link = PetitionsMenu.PUBLIC + "/" + pending.code();
			}
			case ANSWER_REMINDER -> {
				to = department;
				link = "/backoffice/petitions/" + pending.code();
			}
			default -> {
				to = office;
				cc = pending.kind() == DeadlineWatch.Kind.ANSWER_ESCALATION ? department : null;
				link = "/backoffice/petitions/" + pending.code();
			}
		}
		if (to == null) {
			return null;
		}
		String key = "petitions.mail." + pending.kind().name();
		Object[] arguments = { pending.code(), pending.title(), formats.date(pending.deadline()),
				pending.departmentName() == null ? "" : pending.departmentName(), properties.siteUrl().replaceAll("/+$", "") + link };
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(properties.from());
		mail.setTo(to);
		if (cc != null && !cc.equalsIgnoreCase(to)) {
			mail.setCc(cc);
		}
		mail.setSubject(messages.getMessage(key + ".subject", arguments, VIETNAMESE));
		mail.setText(messages.getMessage(key + ".text", arguments, VIETNAMESE) + "\n\n-- \n"
				+ messages.getMessage(key + ".text", arguments, Locale.ENGLISH));
		return mail;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
