package vn.ocop.portal.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.ocop.OcopProducts;

/**
 * The re-rating reminder job: when a certificate's re-rating window opens, and
 * {@code closing-reminder-days} before it closes, its holder and the officers of its area are
 * reminded, unless a re-rating was filed. Each reminder is a row of
 * {@code certification_notification}, unique per certificate and kind, shown in the back office; an
 * e-mail goes to the holder's contact address and the office mailbox when SMTP is configured
 * ({@code spring.mail.host}). Every node runs it; a transaction-scoped advisory lock lets one node
 * work at a time; nothing is kept in memory between runs.
 */
@Component
class RenewalReminders {

	private static final Logger log = LoggerFactory.getLogger(RenewalReminders.class);

	static final String LOCK = "ocop-portal.certification.reminders";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** What one run did; {@code locked} false when another node held the lock. */
	record Run(boolean locked, int opened, int closing) {
	}

	private record Due(long certificateId, long subjectId, String number, String product, LocalDate expiresOn,
			String areas, String organisationId) {
	}

	private final CertificateStore store;

	private final CertificationProperties properties;

	private final TransactionOperations transactions;

	private final OcopProducts products;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final Clock clock;

	RenewalReminders(CertificateStore store, CertificationProperties properties, TransactionOperations transactions,
			OcopProducts products, ObjectProvider<JavaMailSender> mail, MessageSource messages, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.transactions = transactions;
		this.products = products;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
	}

	@Scheduled(cron = "${ocop.certification.reminder-cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
	void scheduled() {
		Run run = run();
		if (run.opened() + run.closing() > 0) {
			log.info("Certificate re-rating reminders: {} windows opened, {} closing", run.opened(), run.closing());
		}
	}

	Run run() {
		return transactions.execute(status -> {
			Boolean locked = store.jdbc().sql("SELECT pg_try_advisory_xact_lock(hashtext(:lock))").param("lock", LOCK)
				.query(Boolean.class)
				.single();
			if (!Boolean.TRUE.equals(locked)) {
				return new Run(false, 0, 0);
			}
			LocalDate today = LocalDate.now(clock);
			// window open: expiry - opens <= today <= expiry - closes, i.e. expiry in [today + closes, today + opens]
			int opened = 0;
			for (Due due : due(today.plusDays(properties.windowClosesDays()), today.plusDays(properties.windowOpensDays()))) {
				opened += notify(due, ReminderKind.WINDOW_OPEN);
			}
			int closing = 0;
			for (Due due : due(today.plusDays(properties.windowClosesDays()),
					today.plusDays(properties.windowClosesDays() + properties.closingReminderDays()))) {
				closing += notify(due, ReminderKind.WINDOW_CLOSING);
			}
			return new Run(true, opened, closing);
		});
	}

	private List<Due> due(LocalDate expiresFrom, LocalDate expiresTo) {
		List<Due> due = new ArrayList<>();
		store.jdbc().sql("SELECT id, subject_id, number, product_name, expires_on, array_to_string(area_codes, ','), organisation_id"
				+ " FROM certification_certificate WHERE superseded_by IS NULL AND revoked_on IS NULL"
				+ " AND rerating_filed_on IS NULL AND expires_on BETWEEN :from AND :to")
			.param("from", expiresFrom)
			.param("to", expiresTo)
			.query(rs -> {
				due.add(new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
						rs.getString(6), rs.getString(7)));
			});
		return due;
	}

	private int notify(Due due, ReminderKind kind) {
		LocalDate closes = properties.terms().windowCloses(due.expiresOn());
		int added = store.jdbc().sql("""
				INSERT INTO certification_notification (certificate_id, kind, window_closes, area_codes, organisation_id, created_at)
				VALUES (:id, :kind, :closes, string_to_array(:areas, ',')::varchar[], :organisation, :now)
				ON CONFLICT (certificate_id, kind) DO NOTHING
				""")
			.param("id", due.certificateId())
			.param("kind", kind.name())
			.param("closes", closes)
			.param("areas", due.areas())
			.param("organisation", due.organisationId())
			.param("now", CertificateStore.offset(clock.instant()))
			.update();
		if (added > 0) {
			mail(due, kind, closes);
		}
		return added;
	}

	private void mail(Due due, ReminderKind kind, LocalDate closes) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		List<String> to = new ArrayList<>();
		products.contactEmailOf(due.subjectId()).ifPresent(to::add);
		Optional.of(properties.officeMailbox()).filter(box -> !box.isBlank()).ifPresent(to::add);
		if (to.isEmpty()) {
			return;
		}
		// Vietnamese first, English below; dates as printed in Vietnam (dd/MM/yyyy)
		Object[] arguments = { due.number(), due.product(), DATE.format(due.expiresOn()), DATE.format(closes) };
		String key = "certification.reminder.mail." + kind.name();
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.mailFrom());
		message.setTo(to.toArray(String[]::new));
		message.setSubject(messages.getMessage(key + ".subject", arguments, VIETNAMESE));
		message.setText(messages.getMessage(key + ".text", arguments, VIETNAMESE) + "\n\n-- \n"
				+ messages.getMessage(key + ".text", arguments, Locale.ENGLISH));
		try {
			sender.send(message);
			store.jdbc().sql("UPDATE certification_notification SET mailed_at = :now WHERE certificate_id = :id AND kind = :kind")
				.param("now", CertificateStore.offset(clock.instant()))
				.param("id", due.certificateId())
				.param("kind", kind.name())
				.update();
		}
		catch (MailException ex) {
			log.warn("Reminder e-mail for certificate {} not sent: {}", due.number(), ex.getMessage());
		}
	}

}
