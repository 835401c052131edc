package vn.ocop.portal.petitions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;

/**
 * The configurable lists (bean {@code petitionLists}): topics with their answer deadline in
 * working days ([unconfirmed per kind] in domain §6, so data), and the provincial departments that
 * answer petitions (their codes are the DEPARTMENT data scopes' references). Changed by the
 * administrator only, audited.
 */
@Component("petitionLists")
class ReferenceLists {

	/** A topic of petitions and the working days its answer is due in. */
	record Topic(String code, String nameVi, String nameEn, int answerWorkingDays, boolean active) {

		String name(Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
		}

	}

	/** A provincial department (sở, ban, ngành), with the mailbox its reminders are e-mailed to (may be null). */
	record Department(String code, String nameVi, String nameEn, boolean active, String email) {

		String name(Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
		}

	}

	private final JdbcClient jdbc;

	private final Auditor auditor;

	ReferenceLists(JdbcClient jdbc, Auditor auditor) {
		this.jdbc = jdbc;
		this.auditor = auditor;
	}

	List<Topic> topics() {
		return jdbc.sql("SELECT code, name_vi, name_en, answer_working_days, active FROM petitions_topic ORDER BY position, code")
			.query((rs, n) -> new Topic(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5)))
			.list();
	}

	List<Topic> activeTopics() {
		return topics().stream().filter(Topic::active).toList();
	}

	Optional<Topic> topic(String code) {
		return topics().stream().filter(topic -> topic.code().equals(code)).findFirst();
	}

	List<Department> departments() {
		return jdbc.sql("SELECT code, name_vi, name_en, active, email FROM petitions_department ORDER BY position, code")
			.query((rs, n) -> new Department(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5)))
			.list();
	}

	List<Department> activeDepartments() {
		return departments().stream().filter(Department::active).toList();
	}

	Optional<Department> department(String code) {
		return departments().stream().filter(department -> department.code().equals(code)).findFirst();
	}

	/**
	 * The names of every topic and department in the language of the page, read once: for lists,
	 * which would otherwise read both tables again for each of their rows.
	 */
	Names names(Locale locale) {
		Map<String, String> topics = new HashMap<>();
		topics().forEach(topic -> topics.put(topic.code(), topic.name(locale)));
		Map<String, String> departments = new HashMap<>();
		departments().forEach(department -> departments.put(department.code(), department.name(locale)));
		return new Names(topics, departments);
	}

	/** Names of topics and departments by code (the code itself when unknown, "" for no department). */
	record Names(Map<String, String> topics, Map<String, String> departments) {

		String topic(String code) {
			return topics.getOrDefault(code, code);
		}

		String department(String code) {
			return code == null ? "" : departments.getOrDefault(code, code);
		}

	}

	/** The department's name in the language of the page, or the code when unknown. */
	public String departmentName(String code, Locale locale) {
		return code == null ? "" : department(code).map(department -> department.name(locale)).orElse(code);
	}

	/** The topic's name in the language of the page, or the code when unknown. */
	public String topicName(String code, Locale locale) {
		return topic(code).map(topic -> topic.name(locale)).orElse(code);
	}

	@Transactional
	void updateTopic(String code, int answerWorkingDays, boolean active) {
		Topic before = topic(code).orElseThrow(() -> new PetitionNotFound("topic " + code));
		if (answerWorkingDays < 1 || answerWorkingDays > 365) {
			throw new PetitionRuleViolation("petitions.rule.workingDaysRange");
		}
		jdbc.sql("UPDATE petitions_topic SET answer_working_days = :days, active = :active WHERE code = :code")
			.param("days", answerWorkingDays)
			.param("active", active)
			.param("code", code)
			.update();
		auditor.record(AuditRecord.updated(PetitionManagement.MODULE, "PetitionTopic", code, before,
				new Topic(code, before.nameVi(), before.nameEn(), answerWorkingDays, active)));
	}

	@Transactional
	void saveDepartment(Department department) {
		if (department.code() == null || !department.code().matches("[A-Za-z0-9._-]{1,64}")) {
			throw new PetitionRuleViolation("petitions.rule.departmentCode");
		}
		if (department.nameVi() == null || department.nameVi().isBlank()) {
			throw new PetitionRuleViolation("petitions.rule.departmentName");
		}
		String nameEn = department.nameEn() == null || department.nameEn().isBlank() ? department.nameVi() : department.nameEn();
		Optional<Department> before = department(department.code());
		String email = department.email() == null || department.email().isBlank() ? null : department.email().strip();
		if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			throw new PetitionRuleViolation("petitions.rule.departmentEmail", email);
		}
		Department after = new Department(department.code(), department.nameVi().strip(), nameEn.strip(), department.active(),
				email);
		jdbc.sql("""
				INSERT INTO petitions_department (code, name_vi, name_en, position, active, email)
				VALUES (:code, :vi, :en, (SELECT coalesce(max(position), 0) + 10 FROM petitions_department), :active, :email)
				ON CONFLICT (code) DO UPDATE SET name_vi = :vi, name_en = :en, active = :active, email = :email
				""")
			.param("email", email)
			.param("code", after.code())
			.param("vi", after.nameVi())
			.param("en", after.nameEn())
			.param("active", after.active())
			.update();
		auditor.record(before.isPresent()
				? AuditRecord.updated(PetitionManagement.MODULE, "PetitionDepartment", after.code(), before.get(), after)
				: AuditRecord.created(PetitionManagement.MODULE, "PetitionDepartment", after.code(), after));
	}

}
