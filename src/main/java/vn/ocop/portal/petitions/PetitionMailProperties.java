package vn.ocop.portal.petitions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail of the petitions' notifications ({@code ocop.petitions.mail.*}); sent only when
 * {@code spring.mail.host} is set.
 *
 * @param from    the sender address
 * @param office  the provincial office's mailbox: escalations and forwarding reminders (none: not e-mailed)
 * @param siteUrl the portal's address for the links in the mails (e.g. {@code https://ocop.example.gov.vn});
 *                empty: the links are paths
 * @param maxAge  notifications older than this are not e-mailed any more (a backlog from before the
 *                mail was set up is not sent)
 * @param cron    when the mail job runs ({@code -}: never)
 */
@ConfigurationProperties("ocop.petitions.mail")
record PetitionMailProperties(@DefaultValue("no-reply@ocop.invalid") String from, String office, @DefaultValue("") String siteUrl,
		@DefaultValue("3d") Duration maxAge, @DefaultValue("0 */5 * * * *") String cron) {

}
