package vn.ocop.portal.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.ocop.portal.support.LocalSmtp;
import vn.ocop.portal.support.MovableClock;
import vn.ocop.portal.support.OcopCertificateFixtures;

/**
 * The re-rating reminders through a real SMTP server (GreenMail on a free local port) and an
 * injected clock: when the window opens, one e-mail in Vietnamese (English below) goes to the
 * subject's contact address and the OCOP office's mailbox; running the job again, on a second node
 * while the first holds the lock, or on two nodes at once sends nothing more; the closing reminder
 * follows the same rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "ocop.certification.office-mailbox=van.phong.ocop@example.vn",
		"ocop.certification.mail-from=ocop@example.vn", "ocop.certification.reminder-cron=-",
		"ocop.petitions.mail.cron=-" })
@Import(MovableClock.Configuration.class)
class RenewalReminderMailIntegrationTests {

	static final String OFFICE = "van.phong.ocop@example.vn";

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
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	CertificationManagement management;

	@Autowired
	RenewalReminders reminders;

	@Autowired
	MovableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theSubjectAndTheOfficeAreMailedOnceInVietnameseWhateverHowOftenAndWhereTheJobRuns() throws Exception {
		OcopCertificateFixtures fixtures = new OcopCertificateFixtures(jdbc, management);
		String subjectMailbox = "htx." + fixtures.token.toLowerCase() + "@example.vn";
		long subject = subjectWithMailbox("Hợp tác xã Nậm Mẫu " + fixtures.token, subjectMailbox);
		clock.set(LocalDate.of(2031, 3, 10));
		long product = fixtures.registerProduct("Miến dong Nà Phặc", "061", null, "TP-06");
		jdbc.sql("UPDATE ocop_product SET subject_id = :subject WHERE id = :id").param("subject", subject).param("id", product).update();
		Certificate certificate = fixtures.recognise(product, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2031, 3, 10));
		assertThat(certificate.expiresOn()).isEqualTo(LocalDate.of(2034, 3, 9));
		CertificateTerms terms = management.terms();
		LocalDate opens = terms.windowOpens(certificate.expiresOn());
		LocalDate closes = terms.windowCloses(certificate.expiresOn());
		String productName = "Miến dong Nà Phặc " + fixtures.token;

		// the day before the window opens: nothing
		clock.set(opens.minusDays(1));
		assertThat(reminders.run().locked()).isTrue();
		assertThat(mailsAbout(fixtures.token)).isEmpty();

		// the day it opens, while another node holds the lock: this node skips, nothing is sent
		clock.set(opens);
		try (Connection otherNode = dataSource.getConnection()) {
			otherNode.setAutoCommit(false);
			assertThat(tryLock(otherNode)).isTrue();
			assertThat(reminders.run().locked()).isFalse();
			assertThat(mailsAbout(fixtures.token)).isEmpty();
			otherNode.rollback();
		}

		// two nodes at once: one of them sends, one e-mail to the subject and one to the office
		List<RenewalReminders.Run> runs = onTwoNodes(() -> reminders.run());
		assertThat(runs).anySatisfy(run -> assertThat(run.locked()).isTrue());
		assertThat(mailsAbout(fixtures.token)).hasSize(2);
		// and again the same day, the next day: nothing more
		reminders.run();
		clock.set(opens.plusDays(1));
		reminders.run();
		List<MimeMessage> opened = mailsAbout(fixtures.token);
		assertThat(opened).hasSize(2);
		assertThat(recipients(opened)).containsExactlyInAnyOrder(subjectMailbox, OFFICE);
		MimeMessage mail = opened.get(0);
		assertThat(mail.getFrom()).extracting(address -> ((InternetAddress) address).getAddress()).containsExactly("ocop@example.vn");
		assertThat(mail.getSubject()).isEqualTo("Mở thời hạn nộp hồ sơ đánh giá lại sản phẩm OCOP: " + productName);
		String body = text(mail);
		assertThat(body).startsWith("Giấy chứng nhận sản phẩm OCOP số " + certificate.number() + " (" + productName
				+ ") hết hạn ngày 09/03/2034. Đã mở thời hạn nộp hồ sơ đánh giá, phân hạng lại; hồ sơ nộp chậm nhất ngày 09/11/2033.")
			.contains("OCOP certificate " + certificate.number() + " (" + productName + ") expires on 09/03/2034.");
		assertThat(closes).isEqualTo(LocalDate.of(2033, 11, 9));
		assertThat(jdbc.sql("SELECT count(*) FROM certification_notification WHERE certificate_id = :id AND mailed_at IS NOT NULL")
			.param("id", certificate.id()).query(Integer.class).single()).isEqualTo(1);

		// 14 days before the window closes: the closing reminder, once
		clock.set(closes.minusDays(14));
		onTwoNodes(() -> reminders.run());
		reminders.run();
		List<MimeMessage> closing = mailsAbout(fixtures.token).stream().filter(m -> subject(m).startsWith("Sắp hết")).toList();
		assertThat(closing).hasSize(2);
		assertThat(recipients(closing)).containsExactlyInAnyOrder(subjectMailbox, OFFICE);
		assertThat(subject(closing.get(0))).isEqualTo("Sắp hết thời hạn nộp hồ sơ đánh giá lại sản phẩm OCOP: " + productName);
		assertThat(text(closing.get(0))).contains("Thời hạn nộp hồ sơ đánh giá, phân hạng lại kết thúc ngày 09/11/2033.");
		assertThat(mailsAbout(fixtures.token)).hasSize(4);
	}

	@Test
	void aCertificateWhoseReratingWasFiledIsNotMailed() throws Exception {
		OcopCertificateFixtures fixtures = new OcopCertificateFixtures(jdbc, management);
		String subjectMailbox = "thuongnhan." + fixtures.token.toLowerCase() + "@example.vn";
		long subject = subjectWithMailbox("Cơ sở Bản Pjạc " + fixtures.token, subjectMailbox);
		clock.set(LocalDate.of(2032, 1, 5));
		long product = fixtures.registerProduct("Tương ớt Chợ Đồn", "061", null, "TP-10");
		jdbc.sql("UPDATE ocop_product SET subject_id = :subject WHERE id = :id").param("subject", subject).param("id", product).update();
		Certificate certificate = fixtures.recognise(product, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2032, 1, 5));
		LocalDate opens = management.terms().windowOpens(certificate.expiresOn());
		management.recordReratingFiled(certificate.id(), opens);
		clock.set(opens);
		reminders.run();
		clock.set(management.terms().windowCloses(certificate.expiresOn()).minusDays(14));
		reminders.run();
		assertThat(mailsAbout(fixtures.token)).isEmpty();
	}

	// ------------------------------------------------------------------------------------ helpers

	private long subjectWithMailbox(String name, String mailbox) {
		return jdbc.sql("""
				INSERT INTO ocop_subject (kind, name, unit_code, area_codes, address, representative, email, search_text,
				    created_at, created_by, updated_at, updated_by)
				SELECT 'ENTERPRISE', :name, unit_code, area_codes, 'Ba Bể', 'Hoàng Thị Mai', :mailbox, lower(:name),
				    :now, 'test', :now, 'test'
				FROM ocop_subject WHERE '061' = ANY (area_codes) ORDER BY id LIMIT 1 RETURNING id
				""")
			.param("name", name)
			.param("mailbox", mailbox)
			.param("now", OffsetDateTime.now())
			.query(Long.class)
			.single();
	}

	private static boolean tryLock(Connection connection) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtext(?))")) {
			statement.setString(1, RenewalReminders.LOCK);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
	}

	/** The job run by two threads released together, as two nodes firing the same schedule. */
	private static <T> List<T> onTwoNodes(Callable<T> job) throws Exception {
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			Callable<T> gated = () -> {
				start.await();
				return job.call();
			};
			Future<T> first = nodes.submit(gated);
			Future<T> second = nodes.submit(gated);
			start.countDown();
			return List.of(first.get(), second.get());
		}
		finally {
			nodes.shutdownNow();
		}
	}

	private static List<MimeMessage> mailsAbout(String token) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> subject(message).contains(token)).toList();
	}

	private static String text(MimeMessage message) throws Exception {
		return ((String) message.getContent()).replace("\r\n", "\n");
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The mailbox each copy was delivered to (GreenMail keeps one message per recipient). */
	private static List<String> recipients(List<MimeMessage> messages) throws MessagingException {
		return messages.stream().map(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.map(address -> ((InternetAddress) address).getAddress())
					.toList();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).flatMap(List::stream).distinct().toList();
	}


}
