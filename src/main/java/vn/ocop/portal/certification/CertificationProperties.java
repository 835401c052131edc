package vn.ocop.portal.certification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The periods of certification, all configuration (the rules are [unconfirmed] in the spec or may
 * change with the next decision): {@code ocop.certification.*}.
 *
 * @param validityMonths        a certificate is valid this many months from issue, less one day (36)
 * @param windowOpensDays       the re-rating window opens this many days before expiry (180)
 * @param windowClosesDays      and closes this many days before expiry (120)
 * @param lateExtensionDays     a filed re-rating keeps the certificate valid at most this long past expiry (180)
 * @param revocationLimitDays   a revocation is decided within this many days of the conclusion (15)
 * @param closingReminderDays   the second reminder is sent this many days before the window closes (14)
 * @param reminderCron          when the reminder job runs on every node
 * @param publicBaseUrl         the portal's public address, for the QR codes of printed certificates
 * @param mailFrom              sender of reminder e-mails (sent only when {@code spring.mail.host} is set)
 * @param officeMailbox         the OCOP office's mailbox that receives officers' reminders, or empty
 * @param pageSize              rows per page of the lists
 */
@ConfigurationProperties("ocop.certification")
record CertificationProperties(@DefaultValue("36") int validityMonths, @DefaultValue("180") int windowOpensDays,
		@DefaultValue("120") int windowClosesDays, @DefaultValue("180") int lateExtensionDays,
		@DefaultValue("15") int revocationLimitDays, @DefaultValue("14") int closingReminderDays,
		@DefaultValue("0 30 6 * * *") String reminderCron, @DefaultValue("http://localhost:8080") String publicBaseUrl,
		@DefaultValue("ocop@localhost") String mailFrom, @DefaultValue("") String officeMailbox,
		@DefaultValue("25") int pageSize) {

	CertificationProperties {
		if (validityMonths < 1 || windowClosesDays < 0 || windowOpensDays <= windowClosesDays || lateExtensionDays < 0
				|| revocationLimitDays < 1 || closingReminderDays < 0 || pageSize < 1) {
			throw new IllegalArgumentException("Inconsistent ocop.certification periods");
		}
		publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
	}

	CertificateTerms terms() {
		return new CertificateTerms(validityMonths, windowOpensDays, windowClosesDays, lateExtensionDays);
	}

}
