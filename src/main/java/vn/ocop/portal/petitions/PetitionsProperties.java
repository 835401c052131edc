package vn.ocop.portal.petitions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the petitions module ({@code ocop.petitions.*}). Answer deadlines per topic are
 * data ({@code petitions_topic}, edited by the administrator), not configuration.
 *
 * @param forwardingWorkingDays working days to forward a petition outside the province's competence
 *                              (Decree 20/2008/NĐ-CP: 5)
 * @param reminderWorkingDays   working days before a deadline when the department is reminded
 * @param maxAttachmentSize     largest file accepted as an attachment
 * @param submissionsPerHour    online submissions accepted per client and hour
 * @param deadlineCron          when the deadline job runs (reminders and escalations)
 * @param pageSize              rows per page of the lists
 */
@ConfigurationProperties("ocop.petitions")
record PetitionsProperties(@DefaultValue("5") int forwardingWorkingDays, @DefaultValue("2") int reminderWorkingDays,
		@DefaultValue("10MB") DataSize maxAttachmentSize, @DefaultValue("5") int submissionsPerHour,
		@DefaultValue("0 15 * * * *") String deadlineCron, @DefaultValue("20") int pageSize) {

}
