package vn.ocop.portal.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.shared.web.SearchText;

/**
 * Reading petitions: the back-office list and detail limited to the current user's scope (in SQL),
 * the public views (published answers, tracking), and the notifications.
 */
@Component
@Transactional(readOnly = true)
class PetitionQueries {

	/** Filters of a list; null: any. */
	record Filter(PetitionStatus status, String topic, String department, String text, Integer year) {

		static final Filter NONE = new Filter(null, null, null, null, null);

	}

	private final JdbcClient jdbc;

	private final PetitionStore store;

	private final PetitionAccess access;

	private final ReferenceLists lists;

	private final Attachments attachments;

	private final Clock clock;

	PetitionQueries(JdbcClient jdbc, PetitionStore store, PetitionAccess access, ReferenceLists lists,
			Attachments attachments, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.lists = lists;
		this.attachments = attachments;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Page<PetitionViews.Row> list(Filter filter, int page, int size, Locale locale) {
		PetitionAccess.SqlCondition scope = access.listCondition();
		Map<String, Object> params = new LinkedHashMap<>(scope.parameters());
		String where = " WHERE " + scope.sql() + conditions(filter, params);
		long total = jdbc.sql("SELECT count(*) FROM petitions_petition p" + where).params(params).query(Long.class).single();
		PageRequest request = PageRequest.of(page, size);
		LocalDate today = today();
		ReferenceLists.Names names = lists.names(locale);
		List<PetitionViews.Row> rows = jdbc.sql("SELECT p.code, p.title, p.status, p.channel, p.topic_code, p.lead_department,"
				+ " p.received_on, p.answer_deadline FROM petitions_petition p" + where
				+ " ORDER BY p.received_on DESC, p.code DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, n) -> {
				PetitionStatus status = PetitionStatus.valueOf(rs.getString(3));
				LocalDate deadline = rs.getObject(8, LocalDate.class);
				return new PetitionViews.Row(rs.getString(1), rs.getString(2), status, Channel.valueOf(rs.getString(4)),
						names.topic(rs.getString(5)), names.department(rs.getString(6)),
						rs.getObject(7, LocalDate.class), deadline, overdue(status, deadline, today));
			})
			.list();
		return new PageImpl<>(rows, request, total);
	}

	private static boolean overdue(PetitionStatus status, LocalDate deadline, LocalDate today) {
		return PetitionStatus.AWAITING_ANSWER.contains(status) && deadline != null && deadline.isBefore(today);
	}

	private static String conditions(Filter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (filter.status() != null) {
			where.append(" AND p.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.topic() != null && !filter.topic().isBlank()) {
			where.append(" AND p.topic_code = :topic");
			params.put("topic", filter.topic());
		}
		if (filter.department() != null && !filter.department().isBlank()) {
			where.append(" AND p.lead_department = :department");
			params.put("department", filter.department());
		}
		if (filter.year() != null) {
			where.append(" AND p.received_on BETWEEN :from AND :to");
			params.put("from", LocalDate.of(filter.year(), 1, 1));
			params.put("to", LocalDate.of(filter.year(), 12, 31));
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			String[] words = Arrays.stream(SearchText.fold(filter.text()).split(" ")).filter(word -> !word.isEmpty())
				.limit(10)
				.toArray(String[]::new);
			for (int i = 0; i < words.length; i++) {
				where.append(" AND p.search_text LIKE :word").append(i).append(" ESCAPE '\\'");
				params.put("word" + i, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
		}
		return where.toString();
	}

	/**
	 * One petition for the back office.
	 *
	 * @throws PetitionNotFound      when there is none with this code
	 * @throws AccessDeniedException when it lies outside the user's scope
	 */
	PetitionViews.Detail detail(PetitionCode code, Locale locale) {
		Petition p = store.find(code).orElseThrow(() -> new PetitionNotFound(code.value()));
		if (!access.mayRead(p)) {
			throw new AccessDeniedException("Petition " + code + " lies outside the user's scope");
		}
		String conferenceTitle = p.conferenceId == null ? null
				: jdbc.sql("SELECT title FROM petitions_conference WHERE id = :id").param("id", p.conferenceId)
					.query(String.class)
					.optional()
					.orElse(null);
		List<PetitionViews.Note> notes = jdbc.sql("SELECT kind, text, author, created_at FROM petitions_note"
				+ " WHERE petition_id = :id ORDER BY id")
			.param("id", p.id)
			.query((rs, n) -> new PetitionViews.Note(rs.getString(1), rs.getString(2), rs.getString(3),
					PetitionStore.instant(rs, "created_at")))
			.list();
		PetitionViews.Contacts contacts = access.maySeeContacts(p)
				? new PetitionViews.Contacts(p.contactAddress, p.contactPhone, p.contactEmail) : null;
		return new PetitionViews.Detail(p.code.value(), p.channel, p.conferenceId, conferenceTitle, p.petitionerKind,
				p.organisationId, p.petitionerName, contacts, p.topicCode, lists.topicName(p.topicCode, locale), p.title,
				p.content, p.status, p.receivedOn, p.forwardDeadline, p.forwardAuthority, p.forwardedOn, p.decisionReason,
				p.leadDepartment, lists.departmentName(p.leadDepartment, locale),
				p.cooperatingDepartments.stream().map(code2 -> lists.departmentName(code2, locale)).toList(),
				p.answerDeadline, p.answerText, p.answeredOn, p.approvedAt, p.publishedAt, p.closedAt, p.reopened,
				overdue(p.status, p.answerDeadline, today()), notes, attachments.ofPetition(p.id));
	}

	/** The petition itself, for the permission checks of the pages (same scope rule as {@link #detail}). */
	Petition petition(PetitionCode code) {
		Petition p = store.find(code).orElseThrow(() -> new PetitionNotFound(code.value()));
		if (!access.mayRead(p)) {
			throw new AccessDeniedException("Petition " + code + " lies outside the user's scope");
		}
		return p;
	}

	/** The petition with this id (of an attachment), unchecked: the caller checks the scope. */
	Petition petitionById(long id) {
		return store.find(id).orElseThrow(() -> new PetitionNotFound("petition " + id));
	}

	// ------------------------------------------------------------------------------------- public

	/** How many of the newest published answers the site search reads in date order before using the word index. */
	static final int RECENT_ANSWERS = 300;

	private static final String PUBLISHED = " p.published_at IS NOT NULL AND p.status IN ('PUBLISHED', 'CLOSED')";

	/** What a public answer shows: never the petitioner, the contacts or the petition's own text. */
	private static final String PUBLIC_COLUMNS = "p.id, p.code, p.topic_code, p.lead_department, p.title, p.received_on,"
			+ " p.answer_text, p.answered_on, p.answer_deadline";

	/**
	 * Published answers whose code, title or answer hold every word of the query (with or without
	 * diacritics), newest first, for the site search: no count, at most {@code limit} rows. One
	 * statement, so no transaction (its BEGIN and COMMIT were a round trip of every search).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	List<PetitionViews.PublicAnswer> searchPublishedAnswers(String query, int limit, Locale locale) {
		Map<String, Object> params = new LinkedHashMap<>();
		String words = conditions(new Filter(null, null, null, query, null), params);
		if (words.isEmpty()) {
			return List.of();
		}
		// Common words ("hop tac xa") match a thousand answers or more: the trigram index finds them
		// all and they are sorted for the newest twenty (30 ms on 7,500 answers). The newest answers
		// read in date order hold the newest matches then: when the newest RECENT_ANSWERS already
		// give a full page, it is exactly the page the full query would give, and the full query
		// (below the one-time filter) is not run. One statement, with the names of the topics and
		// departments as ReferenceLists.Names gives them: three round trips fewer per search.
		String language = "en".equals(locale.getLanguage()) ? "en" : "vi";
		return jdbc.sql("WITH recent AS MATERIALIZED (SELECT " + PUBLIC_COLUMNS + ", p.published_at FROM (SELECT * FROM petitions_petition p"
				+ " WHERE" + PUBLISHED + " ORDER BY p.published_at DESC, p.code DESC LIMIT :recent) p WHERE TRUE" + words
				+ " ORDER BY p.published_at DESC, p.code DESC LIMIT :limit),"
				+ " found AS (SELECT * FROM recent WHERE (SELECT count(*) FROM recent) >= :limit"
				+ " UNION ALL (SELECT " + PUBLIC_COLUMNS + ", p.published_at FROM petitions_petition p WHERE" + PUBLISHED + words
				+ " AND (SELECT count(*) FROM recent) < :limit ORDER BY p.published_at DESC, p.code DESC LIMIT :limit))"
				+ " SELECT p.*, CASE WHEN t.code IS NULL THEN p.topic_code ELSE t.name_" + language + " END AS topic_name,"
				+ " CASE WHEN p.lead_department IS NULL THEN '' WHEN d.code IS NULL THEN p.lead_department ELSE d.name_" + language
				+ " END AS department_name FROM found p LEFT JOIN petitions_topic t ON t.code = p.topic_code"
				+ " LEFT JOIN petitions_department d ON d.code = p.lead_department ORDER BY p.published_at DESC, p.code DESC")
			.params(params)
			.param("recent", RECENT_ANSWERS)
			.param("limit", limit)
			.query((rs, n) -> publicAnswer(rs, rs.getString("topic_name"), rs.getString("department_name"), List.of()))
			.list();
	}

	Page<PetitionViews.PublicAnswer> publishedAnswers(Filter filter, int page, int size, Locale locale) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = " WHERE" + PUBLISHED + conditions(new Filter(null, filter.topic(), filter.department(), filter.text(),
				filter.year()), params);
		long total = jdbc.sql("SELECT count(*) FROM petitions_petition p" + where).params(params).query(Long.class).single();
		PageRequest request = PageRequest.of(page, size);
		ReferenceLists.Names names = lists.names(locale);
		List<PetitionViews.PublicAnswer> rows = jdbc.sql("SELECT " + PUBLIC_COLUMNS + " FROM petitions_petition p" + where
				+ " ORDER BY p.published_at DESC, p.code DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, n) -> publicAnswer(rs, names, false))
			.list();
		return new PageImpl<>(rows, request, total);
	}

	Optional<PetitionViews.PublicAnswer> publishedAnswer(PetitionCode code, Locale locale) {
		return jdbc.sql("SELECT " + PUBLIC_COLUMNS + " FROM petitions_petition p WHERE p.code = :code AND" + PUBLISHED)
			.param("code", code.value())
			.query((rs, n) -> publicAnswer(rs, lists.names(locale), true))
			.optional();
	}

	private PetitionViews.PublicAnswer publicAnswer(java.sql.ResultSet rs, ReferenceLists.Names names, boolean withFiles)
			throws java.sql.SQLException {
		List<Attachments.AttachmentInfo> files = withFiles ? attachments.ofPetition(rs.getLong("id")).stream()
			.filter(file -> file.purpose() == Attachments.Purpose.ANSWER)
			.toList() : List.of();
		return publicAnswer(rs, names.topic(rs.getString("topic_code")), names.department(rs.getString("lead_department")), files);
	}

	/** The published answer of the row, with its topic and department already named. */
	private static PetitionViews.PublicAnswer publicAnswer(java.sql.ResultSet rs, String topic, String department,
			List<Attachments.AttachmentInfo> files) throws java.sql.SQLException {
		LocalDate deadline = rs.getObject("answer_deadline", LocalDate.class);
		LocalDate answeredOn = rs.getObject("answered_on", LocalDate.class);
		return new PetitionViews.PublicAnswer(rs.getString("code"), topic, department, rs.getString("title"),
				rs.getObject("received_on", LocalDate.class), rs.getString("answer_text"), answeredOn,
				answeredOn != null && deadline != null && !answeredOn.isAfter(deadline), files);
	}

	/** Whether this attachment is a signed answer of a published petition (which anyone may download). */
	boolean isPublicAttachment(long attachmentId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM petitions_attachment a JOIN petitions_petition p ON p.id = a.petition_id"
				+ " WHERE a.id = :id AND a.purpose = 'ANSWER' AND" + PUBLISHED + ")")
			.param("id", attachmentId)
			.query(Boolean.class)
			.single();
	}

	Optional<PetitionViews.Tracking> tracking(PetitionCode code, Locale locale) {
		return jdbc.sql("SELECT code, status, received_on, topic_code, answer_deadline, forward_deadline, published_at"
				+ " FROM petitions_petition WHERE code = :code")
			.param("code", code.value())
			.query((rs, n) -> {
				PetitionStatus status = PetitionStatus.valueOf(rs.getString(2));
				LocalDate deadline = rs.getObject(5, LocalDate.class);
				return new PetitionViews.Tracking(rs.getString(1), status, rs.getObject(3, LocalDate.class),
						lists.topicName(rs.getString(4), locale), deadline == null ? rs.getObject(6, LocalDate.class) : deadline,
						rs.getTimestamp(7) != null && (status == PetitionStatus.PUBLISHED || status == PetitionStatus.CLOSED));
			})
			.optional();
	}

	// ------------------------------------------------------------------------------ notifications

	Page<PetitionViews.NotificationRow> notifications(int page, int size, Locale locale) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where;
		if (access.isOffice()) {
			where = " WHERE TRUE";
		}
		else if (access.department().isPresent()) {
			where = " WHERE n.department_code = :department";
			params.put("department", access.department().get());
		}
		else {
			where = " WHERE FALSE";
		}
		long total = jdbc.sql("SELECT count(*) FROM petitions_notification n" + where).params(params).query(Long.class).single();
		PageRequest request = PageRequest.of(page, size);
		ReferenceLists.Names names = lists.names(locale);
		List<PetitionViews.NotificationRow> rows = jdbc.sql("SELECT p.code, p.title, n.kind, n.deadline, n.department_code,"
				+ " n.created_at FROM petitions_notification n JOIN petitions_petition p ON p.id = n.petition_id" + where
				+ " ORDER BY n.created_at DESC, n.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, n) -> new PetitionViews.NotificationRow(rs.getString(1), rs.getString(2),
					DeadlineWatch.Kind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
					names.department(rs.getString(5)), PetitionStore.instant(rs, "created_at")))
			.list();
		return new PageImpl<>(rows, request, total);
	}

}
