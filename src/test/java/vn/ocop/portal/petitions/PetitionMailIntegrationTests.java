package vn.ocop.portal.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.shared.web.Formats;
import vn.ocop.portal.support.LocalSmtp;

/**
 * E-mail through a real SMTP server (GreenMail on a free local port), with an injected clock: the
 * lead department's mailbox gets the reminder, the office the escalation (the department in copy),
 * the petitioner who left an e-mail address the news that the answer is published — each once, and
 * none of them the petitioner's name or contacts.
 */
@SpringBootTest(properties = { "ocop.petitions.mail.office=van.phong.tinh@example.vn",
		"ocop.petitions.mail.from=kien-nghi@example.vn", "ocop.petitions.mail.site-url=https://ocop.example.vn/",
		"ocop.petitions.mail.cron=-" })
class PetitionMailIntegrationTests {

	static final String DEPARTMENT_MAILBOX = "so.khdt.thumail@example.vn";

	static final GreenMail SMTP = LocalSmtp.start();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		LocalSmtp.register(registry, SMTP);
	}

	@AfterAll
	static void stopMailServer() {
		SMTP.stop();
	}

	@Autowired
	PetitionFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JavaMailSender sender;

	@Autowired
	PetitionMailProperties properties;

	@Autowired
	MessageSource messages;

	@Autowired
	Formats formats;

	@Autowired
	TransactionOperations transactions;

	@Autowired
	PetitionMail configured;

	@Test
	void remindersEscalationsAndPublishedAnswersAreEmailedOnceWithoutPersonalData() throws Exception {
		assertThat(configured).as("active because spring.mail.host is set").isNotNull();
		jdbc.sql("UPDATE petitions_department SET email = :email WHERE code = 'SO-KHDT'").param("email", DEPARTMENT_MAILBOX).update();
		try {
			MutableClock clock = new MutableClock(LocalDate.of(2024, 6, 3));
			PetitionManagement management = fixtures.management(clock);
			DeadlineWatch watch = fixtures.deadlineWatch(clock);
			PetitionMail mail = new PetitionMail(jdbc, sender, properties, messages, formats, transactions, clock);
			Petition petition = fixtures.assignedTo(management, "SO-KHDT", "Thư nhắc hạn thửmail", null);
			assertThat(petition.answerDeadline).isEqualTo(LocalDate.of(2024, 6, 24));
			String code = petition.code.value();

			clock.set(LocalDate.of(2024, 6, 20)); // two working days before 24/06
			watch.run();
			mail.send();
			List<MimeMessage> reminders = about(code);
			assertThat(reminders).hasSize(1);
			MimeMessage reminder = reminders.get(0);
			assertThat(recipients(reminder, Message.RecipientType.TO)).containsExactly(DEPARTMENT_MAILBOX);
			assertThat(reminder.getFrom()[0].toString()).isEqualTo("kien-nghi@example.vn");
			assertThat(reminder.getSubject()).isEqualTo("[" + code + "] Nhắc hạn trả lời kiến nghị: 24/06/2024");
			assertThat(body(reminder)).contains("Thư nhắc hạn thửmail", "Sở Kế hoạch và Đầu tư",
					"https://ocop.example.vn/backoffice/petitions/" + code, "must be answered by the end of 24/06/2024");
			mail.send();
			assertThat(about(code)).as("sent once").hasSize(1);

			clock.set(LocalDate.of(2024, 6, 25)); // the day after the deadline
			watch.run();
			mail.send();
			List<MimeMessage> escalations = about(code).stream().filter(m -> subject(m).contains("quá hạn trả lời")).toList();
			assertThat(escalations).hasSize(1);
			assertThat(recipients(escalations.get(0), Message.RecipientType.TO)).containsExactly("van.phong.tinh@example.vn");
			assertThat(recipients(escalations.get(0), Message.RecipientType.CC)).containsExactly(DEPARTMENT_MAILBOX);

			clock.set(LocalDate.of(2024, 6, 26));
			fixtures.as(PetitionFixtures.OFFICE, () -> management.answer(petition.code, "Sở đã bố trí vốn thửmail.", null));
			fixtures.as(PetitionFixtures.OFFICE, () -> management.approve(petition.code));
			fixtures.as(PetitionFixtures.OFFICE, () -> management.publish(petition.code));
			mail.send();
			List<MimeMessage> published = about(code).stream().filter(m -> subject(m).contains("đã có trả lời")).toList();
			assertThat(published).hasSize(1);
			assertThat(recipients(published.get(0), Message.RecipientType.TO)).containsExactly("thu@example.vn");
			assertThat(body(published.get(0))).contains("https://ocop.example.vn/kien-nghi/" + code,
					"Thư nhắc hạn thửmail");
			mail.send();
			assertThat(about(code)).as("three mails in all, each once").hasSize(3);
			for (MimeMessage message : about(code)) {
				assertThat(subject(message) + body(message)).doesNotContain("Nguyễn Văn Thử", "0912 345 678", "Khuổi Tẩu",
						"Nội dung kiến nghị thử nghiệm");
			}
			assertThat(jdbc.sql("SELECT count(*) FROM petitions_notification WHERE petition_id = :id AND emailed_at IS NOT NULL")
				.param("id", petition.id).query(Long.class).single()).isEqualTo(3);
		}
		finally {
			jdbc.sql("UPDATE petitions_department SET email = NULL WHERE code = 'SO-KHDT'").update();
		}
	}

	@Test
	void aPetitionerWithoutAnEmailAddressIsNotWrittenTo() throws Exception {
		MutableClock clock = new MutableClock(LocalDate.of(2024, 7, 1));
		PetitionManagement management = fixtures.management(clock);
		PetitionMail mail = new PetitionMail(jdbc, sender, properties, messages, formats, transactions, clock);
		Petition petition = fixtures.as(PetitionFixtures.OFFICE, () -> management.receive(new PetitionManagement.NewPetition(
				Channel.PHONE, null, PetitionerKind.PERSON, null, "Hoàng Văn Khôngthư", null, "0977 000 111", null, "TAX",
				"Hỏi về thuế khôngthư", "Nội dung.", null), List.of()));
		fixtures.as(PetitionFixtures.OFFICE, () -> management.classify(petition.code, PetitionManagement.Decision.WITHIN_COMPETENCE, null));
		fixtures.as(PetitionFixtures.OFFICE, () -> management.assign(petition.code, "CUC-THUE", java.util.Set.of()));
		fixtures.as(PetitionFixtures.OFFICE, () -> management.answer(petition.code, "Trả lời khôngthư.", null));
		fixtures.as(PetitionFixtures.OFFICE, () -> management.approve(petition.code));
		fixtures.as(PetitionFixtures.OFFICE, () -> management.publish(petition.code));
		mail.send();
		assertThat(fixtures.notifications(petition)).isEmpty();
		assertThat(about(petition.code.value())).isEmpty();
	}

	/** The mails about the petition, once each (GreenMail keeps a copy per recipient). */
	private static List<MimeMessage> about(String code) {
		java.util.Set<String> seen = new java.util.HashSet<>();
		return Arrays.stream(SMTP.getReceivedMessages())
			.filter(message -> subject(message).startsWith("[" + code + "]"))
			.filter(message -> seen.add(messageId(message)))
			.toList();
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException failure) {
			throw new IllegalStateException(failure);
		}
	}

	private static String body(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (MessagingException | IOException failure) {
			throw new IllegalStateException(failure);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException failure) {
			throw new IllegalStateException(failure);
		}
	}

	private static List<String> recipients(MimeMessage message, Message.RecipientType type) throws MessagingException {
		return message.getRecipients(type) == null ? List.of()
				: Arrays.stream(message.getRecipients(type)).map(Object::toString).toList();
	}


}
