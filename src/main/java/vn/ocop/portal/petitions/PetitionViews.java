package vn.ocop.portal.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read views of petitions for the pages and the API. Public views never carry personal data. */
final class PetitionViews {

	private PetitionViews() {
	}

	/** One row of the back-office list. */
	record Row(String code, String title, PetitionStatus status, Channel channel, String topic, String leadDepartment,
			LocalDate receivedOn, LocalDate answerDeadline, boolean overdue) {
	}

	/** A note: information added by the petitioner, or a follow-up. */
	record Note(String kind, String text, String author, Instant createdAt) {
	}

	/** The contact details, shown only to the office and the departments concerned. */
	record Contacts(String address, String phone, String email) {
	}

	/** One petition in the back office. {@code contacts} is null for who may not see them. */
	record Detail(String code, Channel channel, Long conferenceId, String conferenceTitle, PetitionerKind petitionerKind,
			String organisationId, String petitionerName, Contacts contacts, String topicCode, String topic, String title,
			String content, PetitionStatus status, LocalDate receivedOn, LocalDate forwardDeadline, String forwardAuthority,
			LocalDate forwardedOn, String decisionReason, String leadDepartmentCode, String leadDepartment,
			List<String> cooperatingDepartments, LocalDate answerDeadline, String answerText, LocalDate answeredOn,
			Instant approvedAt, Instant publishedAt, Instant closedAt, int reopened, boolean overdue, List<Note> notes,
			List<Attachments.AttachmentInfo> attachments) {
	}

	/** A published answer, as the public sees it: the question and the answer, no petitioner. */
	record PublicAnswer(String code, String topic, String department, String title, LocalDate receivedOn,
			String answer, LocalDate answeredOn, boolean onTime, List<Attachments.AttachmentInfo> answerFiles) {
	}

	/** What tracking by code shows the public: where the petition stands, nothing about who sent it. */
	record Tracking(String code, PetitionStatus status, LocalDate receivedOn, String topic, LocalDate deadline,
			boolean published) {
	}

	/** A reminder or escalation as the back office lists it. */
	record NotificationRow(String code, String title, DeadlineWatch.Kind kind, LocalDate deadline, String department,
			Instant createdAt) {
	}

}
