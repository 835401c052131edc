package vn.ocop.portal.ocop;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;

/**
 * The evaluation procedure (26/2026 Art. 7; docs/ocop.md "Evaluation"): rounds and councils, the
 * subject's filing, the commune's check, the province's check and advisory review, the council's
 * blind scoring and the conclusion. Every change is checked against {@link EvaluationAccess} and
 * audited in the same transaction; every change of state goes through {@link #move}, which refuses
 * what {@link ApplicationState#next()} does not allow.
 */
@Service
@Transactional
class Evaluations {

	static final String MODULE = "ocop";

	private final EvaluationStore store;

	private final EvaluationAccess access;

	private final ProductRegistry products;

	private final Scorecards scorecards;

	private final RecognitionRules rules;

	private final CommuneDeadlines deadlines;

	private final DecisionLimits limits;

	private final EvaluationProperties properties;

	private final Auditor auditor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Evaluations(EvaluationStore store, EvaluationAccess access, ProductRegistry products, Scorecards scorecards,
			RecognitionRules rules, CommuneDeadlines deadlines, DecisionLimits limits, EvaluationProperties properties,
			Auditor auditor, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.access = access;
		this.products = products;
		this.scorecards = scorecards;
		this.rules = rules;
		this.deadlines = deadlines;
		this.limits = limits;
		this.properties = properties;
		this.auditor = auditor;
		this.events = events;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	// -------------------------------------------------------------------------------- rounds, councils

	/** Opens a round; its statutory dates come from the instrument's schedule when it has one. */
	long openRound(EvaluationLevel level, String unitCode, int year, int number, String instrumentCode) {
		access.require(access.isProvincialOfficer() && access.covers(List.of(unitCode)), "Rounds are opened by provincial officers");
		scorecards.instrument(instrumentCode).orElseThrow(() -> new OcopRecordNotFound("instrument " + instrumentCode));
		Optional<RecognitionRules.Dates> dates = rules.schedule(instrumentCode, level, year, number);
		Round round = new Round(0, level, unitCode, year, number, instrumentCode,
				dates.map(RecognitionRules.Dates::proposalsDue).orElse(null), dates.map(RecognitionRules.Dates::resultsDue).orElse(null));
		long id = store.insertRound(round, access.actor(), clock.instant());
		auditor.record(AuditRecord.created(MODULE, "OcopRound", Long.toString(id), Map.of("level", level.name(), "unit", unitCode,
				"year", year, "number", number, "instrument", instrumentCode)));
		return id;
	}

	/**
	 * A round, if the current user may see it: rounds are not personal data, so every officer and
	 * representative sees them; council members see the rounds of their council only.
	 */
	@Transactional(readOnly = true)
	Round readableRound(long id) {
		Round round = store.round(id).orElseThrow(() -> new OcopRecordNotFound("round " + id));
		boolean member = access.isCouncilMember() && store.councilOfRound(id).flatMap(access::seat).isPresent();
		access.require(member || access.isRepresentative() || access.isLocalOfficer() || access.isProvincialOfficer(),
				"Round " + id + " is not readable");
		return round;
	}

	/** A page of the rounds the current user may see, newest first. */
	@Transactional(readOnly = true)
	org.springframework.data.domain.Page<Round> rounds(int page) {
		int size = properties.pageSize();
		int number = Math.max(page, 0);
		if (access.isCouncilMember()) {
			var user = access.user().orElseThrow();
			List<Round> mine = store.roundsOfMember(user.scope().reference(), user.username()).stream()
				.map(store::round).flatMap(Optional::stream)
				.sorted(Comparator.comparing(Round::year).thenComparing(Round::number).reversed()).toList();
			List<Round> content = mine.stream().skip((long) number * size).limit(size).toList();
			return new org.springframework.data.domain.PageImpl<>(content,
					org.springframework.data.domain.PageRequest.of(number, size), mine.size());
		}
		access.require(access.isRepresentative() || access.isLocalOfficer() || access.isProvincialOfficer(), "Rounds are not readable");
		return new org.springframework.data.domain.PageImpl<>(store.rounds(null, number * size, size),
				org.springframework.data.domain.PageRequest.of(number, size), store.countRounds(null));
	}

	/** Filters of the list of applications (each may be null; {@code overdue}: only those past their decision limit today). */
	record ApplicationQuery(Long round, ApplicationState state, ApplicationKind kind, boolean overdue, int page) {

		ApplicationQuery(Long round, ApplicationState state, ApplicationKind kind, int page) {
			this(round, state, kind, false, page);
		}

	}

	/** Not decided, not withdrawn or rejected, and past the last day of its limit on {@code :today}. */
	static final String OVERDUE = "a.decision_due_on < :today AND a.decision_date IS NULL AND a.state NOT IN ('WITHDRAWN', 'REJECTED')";

	/** A page of the applications the current user may see. */
	@Transactional(readOnly = true)
	org.springframework.data.domain.Page<Application> applications(ApplicationQuery query) {
		EvaluationAccess.Filter filter = access.filter();
		StringBuilder where = new StringBuilder(filter.sql());
		Map<String, Object> params = new HashMap<>(filter.params());
		if (query.round() != null) {
			where.append(" AND a.round_id = :round");
			params.put("round", query.round());
		}
		if (query.state() != null) {
			where.append(" AND a.state = :state");
			params.put("state", query.state().name());
		}
		if (query.kind() != null) {
			where.append(" AND a.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.overdue()) {
			where.append(" AND ").append(OVERDUE);
			params.put("today", today());
		}
		int size = properties.pageSize();
		int number = Math.max(query.page(), 0);
		return new org.springframework.data.domain.PageImpl<>(store.applications(where.toString(), params, number * size, size),
				org.springframework.data.domain.PageRequest.of(number, size), store.countApplications(where.toString(), params));
	}

	/** How many of the applications the current user may see (of a round, or all) are past their decision limit today. */
	@Transactional(readOnly = true)
	long countOverdue(Long round) {
		EvaluationAccess.Filter filter = access.filter();
		Map<String, Object> params = new HashMap<>(filter.params());
		params.put("today", today());
		String where = filter.sql() + " AND " + OVERDUE;
		if (round != null) {
			where += " AND a.round_id = :round";
			params.put("round", round);
		}
		return store.countApplications(where, params);
	}

	/** The rules the application is evaluated under (its regime) and whether a transition keeps older ones. */
	@Transactional(readOnly = true)
	DecisionLimits.Regime regimeOf(Application application) {
		return limits.regimeOf(application, store.round(application.roundId()).orElseThrow());
	}

	@Transactional(readOnly = true)
	Optional<Council> councilOf(long roundId) {
		return store.councilOfRound(roundId);
	}

	@Transactional(readOnly = true)
	List<EvaluationStore.Document> documents(Application application) {
		return store.documents(application.id());
	}

	@Transactional(readOnly = true)
	EvaluationStore.Document document(long id, long documentId) {
		readable(id);
		return store.document(id, documentId).orElseThrow(() -> new OcopRecordNotFound("document " + documentId));
	}

	/** Sets up the council of a round (once), with the configured quorum and spread unless given. */
	long formCouncil(long roundId, String code, String name, Integer quorumPercent, BigDecimal spreadThreshold,
			List<Council.Member> members) {
		Round round = store.round(roundId).orElseThrow(() -> new OcopRecordNotFound("round " + roundId));
		access.require(access.isProvincialOfficer() && access.covers(List.of(round.unitCode())), "Councils are formed by provincial officers");
		int quorum = quorumPercent == null ? properties.quorumPercent() : quorumPercent;
		BigDecimal spread = spreadThreshold == null ? properties.spreadThreshold() : spreadThreshold;
		long id = store.insertCouncil(roundId, code, name, quorum, spread);
		members.forEach(member -> store.putMember(id, member));
		auditor.record(AuditRecord.created(MODULE, "OcopCouncil", Long.toString(id), Map.of("round", roundId, "code", code,
				"quorumPercent", quorum, "spreadThreshold", spread, "members",
				members.stream().map(m -> m.username() + ":" + m.role()).toList())));
		return id;
	}

	/** Records whether a member is present at the council's meeting (quorum). */
	void setPresence(long roundId, String username, boolean present) {
		Round round = store.round(roundId).orElseThrow(() -> new OcopRecordNotFound("round " + roundId));
		access.require(access.isProvincialOfficer() && access.covers(List.of(round.unitCode())), "Attendance is kept by provincial officers");
		Council council = store.councilOfRound(roundId).orElseThrow(() -> new OcopRecordNotFound("council of round " + roundId));
		Council.Member before = council.member(username).orElseThrow(() -> new OcopRecordNotFound("member " + username));
		store.putMember(council.id(), new Council.Member(username, before.fullName(), before.role(), present));
		auditor.record(AuditRecord.updated(MODULE, "OcopCouncilMember", council.id() + ":" + username,
				Map.of("present", before.present()), Map.of("present", present)));
	}

	// ------------------------------------------------------------------------------------- filing

	/** A new application (draft) for a product the user may file for. */
	long createApplication(long productId, long roundId, ApplicationKind kind) {
		ProductView product = products.readableProduct(productId);
		Subject subject = products.readableSubject(product.subject().id());
		Round round = store.round(roundId).orElseThrow(() -> new OcopRecordNotFound("round " + roundId));
		access.require(access.isRepresentative() || access.isLocalOfficer() || access.isProvincialOfficer(),
				"Applications are filed by the subject or an officer on its behalf");
		if (round.level() != EvaluationLevel.PROVINCE && round.level() != EvaluationLevel.DISTRICT) {
			throw new AccessDeniedException("Applications are filed in district or provincial rounds");
		}
		if (store.countApplications("a.product_id = :product AND a.round_id = :round AND a.state NOT IN ('WITHDRAWN', 'REJECTED')",
				Map.of("product", productId, "round", roundId)) > 0) {
			throw new DuplicateApplication(productId, roundId);
		}
		Map<String, String> registration = new LinkedHashMap<>();
		registration.put("representative", subject.representative() == null ? "" : subject.representative());
		registration.put("address", subject.address() == null ? "" : subject.address());
		registration.put("phone", subject.phone() == null ? "" : subject.phone());
		registration.put("email", subject.email() == null ? "" : subject.email());
		long id = store.insertApplication(roundId, productId, subject.id(), kind, subject.areaCodes(), registration, Map.of(),
				access.actor(), clock.instant());
		Application created = store.application(id).orElseThrow();
		auditor.record(AuditRecord.created(MODULE, "OcopApplication", Long.toString(id), created.auditValues()));
		return id;
	}

	/** The application if the current user may see it. */
	@Transactional(readOnly = true)
	Application readable(long id) {
		Application application = store.application(id).orElseThrow(() -> new OcopRecordNotFound("application " + id));
		access.require(access.mayRead(application, store.councilOfRound(application.roundId())),
				"Application " + id + " lies outside the user's scope");
		return application;
	}

	/** Saves Mẫu 01 and Mẫu 02 while the application is a draft or returned. */
	void saveForms(long id, Map<String, String> registration, Map<String, String> selfAssessment) {
		Application before = readable(id);
		access.require(access.mayFile(before), "Only the subject or an officer on its behalf files the forms");
		requireEditable(before);
		Map<String, String> reg = pick(registration, Application.REGISTRATION_FIELDS, 1000);
		Map<String, String> self = pick(selfAssessment, Application.SELF_ASSESSMENT_FIELDS, 4000);
		store.updateForms(id, reg, self, access.actor(), clock.instant());
		auditor.record(AuditRecord.updated(MODULE, "OcopApplication", Long.toString(id),
				Map.of("registration", before.registration(), "selfAssessment", before.selfAssessment()),
				Map.of("registration", reg, "selfAssessment", self)));
	}

	/**
	 * Adds a document; the problem's message key when refused (empty: added). The type is sniffed from
	 * the bytes; size and count are limited by configuration.
	 */
	Optional<String> addDocument(long id, DocumentType type, MultipartFile file) throws IOException {
		Application application = readable(id);
		access.require(access.mayFile(application), "Only the subject or an officer on its behalf uploads documents");
		requireEditable(application);
		if (file == null || file.isEmpty()) {
			return Optional.of("ocop.document.problem.empty");
		}
		if (file.getSize() > properties.documentMaxBytes()) {
			return Optional.of("ocop.document.problem.size");
		}
		if (store.documents(id).size() >= properties.maxDocuments()) {
			return Optional.of("ocop.document.problem.count");
		}
		byte[] bytes = file.getBytes();
		Optional<String> contentType = DocumentType.sniff(file.getOriginalFilename(), bytes);
		if (contentType.isEmpty()) {
			return Optional.of("ocop.document.problem.type");
		}
		String name = Optional.ofNullable(file.getOriginalFilename()).map(n -> n.replaceAll("[\\\\/]", "_")).orElse("document");
		name = name.length() > 255 ? name.substring(name.length() - 255) : name;
		long documentId = store.insertDocument(id, type == null ? DocumentType.OTHER : type, contentType.get(), name, bytes,
				access.actor(), clock.instant());
		auditor.record(AuditRecord.created(MODULE, "OcopApplicationDocument", Long.toString(documentId),
				Map.of("application", id, "type", String.valueOf(type), "contentType", contentType.get(), "fileName", name,
						"sizeBytes", bytes.length)));
		return Optional.empty();
	}

	/** Files the application with the commune: Mẫu 01 and Mẫu 02 must be filled in. */
	List<String> submit(long id) {
		Application application = readable(id);
		access.require(access.mayFile(application), "Only the subject or an officer on its behalf submits");
		List<String> missing = new java.util.ArrayList<>();
		for (String field : List.of("representative", "address", "output")) {
			if (application.registration().getOrDefault(field, "").isBlank()) {
				missing.add("registration." + field);
			}
		}
		for (String field : List.of("production", "quality", "selfScore")) {
			if (application.selfAssessment().getOrDefault(field, "").isBlank()) {
				missing.add("selfAssessment." + field);
			}
		}
		if (!missing.isEmpty()) {
			return missing;
		}
		move(application, ApplicationState.SUBMITTED);
		store.setSubmitted(id, today());
		Application filed = store.application(id).orElseThrow();
		store.setDecisionLimit(id, null, regimeOf(filed).dueOn(null));
		if (application.kind() != ApplicationKind.FIRST_TIME) {
			events.publishEvent(new ReratingFiled(id, application.productId(), application.kind(), today()));
		}
		return List.of();
	}

	void withdraw(long id) {
		Application application = readable(id);
		access.require(access.mayFile(application), "Only the subject or an officer on its behalf withdraws");
		move(application, ApplicationState.WITHDRAWN);
	}

	// -------------------------------------------------------------------------------- the commune

	/** The commune receives the dossier: the working-day limit starts. */
	LocalDate receiveAtCommune(long id) {
		Application application = readable(id);
		access.require(access.mayCheckAtCommune(application), "The commune of the subject receives the dossier");
		move(application, ApplicationState.COMMUNE_CHECK);
		LocalDate received = deadlines.today();
		LocalDate due = deadlines.dueFor(received);
		store.setCommuneReceived(id, received, due);
		return due;
	}

	/**
	 * The commune's report (Mẫu 03) on the four local criteria, proposing the product to the province;
	 * the names of the fields left empty when refused.
	 */
	List<String> proposeToProvince(long id, Map<String, String> report) {
		Application application = readable(id);
		access.require(access.mayCheckAtCommune(application), "The commune of the subject reports on the dossier");
		Map<String, String> values = pick(report, Application.COMMUNE_FIELDS, 4000);
		List<String> missing = Application.COMMUNE_FIELDS.stream().filter(field -> values.getOrDefault(field, "").isBlank()).toList();
		if (!missing.isEmpty()) {
			return missing;
		}
		move(application, ApplicationState.PROVINCE_CHECK);
		store.setCommuneReport(id, values, today());
		auditor.record(AuditRecord.updated(MODULE, "OcopCommuneReport", Long.toString(id), application.communeReport(), values));
		return List.of();
	}

	/** Sends the dossier back to the subject (commune or province), with the reason. */
	void returnToSubject(long id, String reason) {
		Application application = readable(id);
		boolean allowed = application.state() == ApplicationState.COMMUNE_CHECK ? access.mayCheckAtCommune(application)
				: access.mayCheckAtProvince(application);
		access.require(allowed, "Only the checking level returns a dossier");
		move(application, ApplicationState.RETURNED);
		store.setNote(id, trim(reason, 1000));
		// the dossier is no longer complete: a limit counted from it starts again when it is accepted again
		store.setDecisionLimit(id, null, regimeOf(application).dueOn(null));
	}

	// ------------------------------------------------------------------------------- the province

	/** The province's OCOP office accepts the dossier for the advisory team. */
	void acceptAtProvince(long id) {
		Application application = readable(id);
		access.require(access.mayCheckAtProvince(application), "The province's OCOP office checks the dossier");
		move(application, ApplicationState.ADVISORY_REVIEW);
		// complete as of the day the province received it from the commune: the clock of a limit starts there
		LocalDate complete = application.communeReportedOn() == null ? today() : application.communeReportedOn();
		store.setDecisionLimit(id, complete, regimeOf(application).dueOn(complete));
	}

	/** The advisory team's review is done: the council scores it (the round must have a council). */
	void sendToCouncil(long id) {
		Application application = readable(id);
		access.require(access.mayCheckAtProvince(application), "The province's OCOP office sends dossiers to the council");
		store.councilOfRound(application.roundId()).orElseThrow(() -> new OcopRecordNotFound("council of round " + application.roundId()));
		move(application, ApplicationState.COUNCIL_SCORING);
	}

	void reject(long id, String reason) {
		Application application = readable(id);
		access.require(access.mayCheckAtProvince(application), "The province rejects dossiers");
		move(application, ApplicationState.REJECTED);
		store.setNote(id, trim(reason, 1000));
	}

	// -------------------------------------------------------------------------------- the council

	/** The council and the current user's seat on it, for an application they may read. */
	record CouncilSeat(Council council, Optional<Council.Member> seat) {
	}

	@Transactional(readOnly = true)
	CouncilSeat councilSeat(Application application) {
		Council council = store.councilOfRound(application.roundId())
			.orElseThrow(() -> new OcopRecordNotFound("council of round " + application.roundId()));
		return new CouncilSeat(council, access.seat(council));
	}

	/** A member declares a conflict of interest: they will not score this product. */
	void declareConflict(long id, String reason) {
		Application application = readable(id);
		CouncilSeat seat = councilSeat(application);
		access.require(seat.seat().isPresent(), "Only council members declare conflicts");
		if (application.state() != ApplicationState.COUNCIL_SCORING) {
			throw new InvalidTransition(application.state(), ApplicationState.COUNCIL_SCORING);
		}
		String username = seat.seat().get().username();
		if (store.score(id, username).isPresent()) {
			throw new AccessDeniedException("A member who scored cannot declare a conflict afterwards");
		}
		String text = trim(reason, 500);
		if (store.declareConflict(id, username, text == null ? "" : text, clock.instant())) {
			auditor.record(AuditRecord.created(MODULE, "OcopConflictOfInterest", id + ":" + username, Map.of("reason", String.valueOf(text))));
		}
		tally(store.application(id).orElseThrow(), seat.council());
	}

	/**
	 * A member's score sheet, scored on the current scorecard of the round's instrument for the
	 * product's set; replaces their earlier sheet while the council is scoring or discussing.
	 *
	 * @throws InvalidScoreSheet when the sheet does not fit the scorecard
	 */
	ScoreResult score(long id, ScoreSheet sheet) {
		Application application = readable(id);
		CouncilSeat seat = councilSeat(application);
		Council.Member member = seat.seat().orElseThrow(() -> new AccessDeniedException("Only council members score"));
		access.require(member.role() != Council.Role.ADVISOR, "Advisors do not score");
		if (application.state() != ApplicationState.COUNCIL_SCORING && application.state() != ApplicationState.SCORED) {
			throw new InvalidTransition(application.state(), ApplicationState.SCORED);
		}
		if (store.conflicts(id).contains(member.username())) {
			throw new AccessDeniedException("A member who declared a conflict of interest does not score the product");
		}
		if (!application.writtenOpinions() && !member.present()) {
			throw new AccessDeniedException("Only members present at the meeting score");
		}
		Scorecard scorecard = scorecardOf(application);
		ScoreResult result = scorecards.score(scorecard.id(), sheet);
		EvaluationStore.MemberScore score = new EvaluationStore.MemberScore(member.username(), scorecard.id(), sheet,
				result.total(), result.outcome().name(), result.star(), clock.instant());
		Optional<EvaluationStore.MemberScore> before = store.putScore(id, score);
		String entity = id + ":" + member.username();
		Map<String, Object> after = scoreValues(score);
		auditor.record(before.isEmpty() ? AuditRecord.created(MODULE, "OcopMemberScore", entity, after)
				: AuditRecord.updated(MODULE, "OcopMemberScore", entity, scoreValues(before.get()), after));
		tally(store.application(id).orElseThrow(), seat.council());
		return result;
	}

	/** The current scorecard of the product's set under the application's regime (the transition may keep an older one). */
	Scorecard scorecardOf(Application application) {
		String instrument = regimeOf(application).instrumentCode();
		return scorecards.current(instrument, application.productSetCode())
			.orElseThrow(() -> new OcopRecordNotFound("scorecard " + instrument + " " + application.productSetCode()));
	}

	private static Map<String, Object> scoreValues(EvaluationStore.MemberScore score) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("total", score.total());
		values.put("outcome", score.outcome());
		values.put("star", score.star());
		values.put("choices", new java.util.TreeMap<>(score.sheet().choices()));
		values.put("gates", score.sheet().triggeredGates());
		return values;
	}

	/** The tally of an application (who must score, who did, quorum, mean, spread). */
	@Transactional(readOnly = true)
	CouncilTally tallyOf(Application application, Council council) {
		Map<String, BigDecimal> totals = store.scores(application.id()).stream()
			.collect(Collectors.toMap(EvaluationStore.MemberScore::username, EvaluationStore.MemberScore::total));
		return CouncilTally.of(council.seats(), store.conflicts(application.id()), totals, council.quorumPercent(),
				council.spreadThreshold(), application.writtenOpinions());
	}

	/**
	 * The members' scores the current user may see: everyone's once every eligible member submitted,
	 * until then only their own (the chair and officers included: nobody sees them early).
	 */
	@Transactional(readOnly = true)
	List<EvaluationStore.MemberScore> visibleScores(Application application) {
		Council council = store.councilOfRound(application.roundId()).orElse(null);
		if (council == null || !(access.seat(council).isPresent() || access.mayCheckAtProvince(application))) {
			// members' individual sheets are the council's and the province's: the subject and the commune see the result
			return List.of();
		}
		CouncilTally tally = tallyOf(application, council);
		List<EvaluationStore.MemberScore> all = store.scores(application.id());
		if (tally.complete() || (application.state().atCouncil() && application.state() != ApplicationState.COUNCIL_SCORING)) {
			return all.stream().filter(score -> tally.eligible().contains(score.username())).toList();
		}
		String me = access.user().map(u -> u.username()).orElse("");
		return all.stream().filter(score -> score.username().equals(me)).toList();
	}

	private void tally(Application application, Council council) {
		CouncilTally tally = tallyOf(application, council);
		if (!tally.complete() || application.state() != ApplicationState.COUNCIL_SCORING) {
			if (tally.complete() && application.state() == ApplicationState.SCORED) {
				store.setTally(application.id(), tally.mean(), null, null, tally.spread(), tally.flagged());
			}
			return;
		}
		List<EvaluationStore.MemberScore> scores = store.scores(application.id()).stream()
			.filter(score -> tally.eligible().contains(score.username()))
			.toList();
		long gated = scores.stream().filter(score -> !ScoreResult.Outcome.RATED.name().equals(score.outcome())).count();
		boolean gatesDiffer = gated > 0 && gated < scores.size();
		if (tally.flagged() || gatesDiffer) {
			store.setTally(application.id(), tally.mean(), null, null, tally.spread(), true);
			move(application, ApplicationState.SCORED);
			return;
		}
		conclude(store.application(application.id()).orElseThrow(), tally, scores);
	}

	/**
	 * The chair (or a provincial officer) concludes an application the council discussed; members may
	 * have revised their sheets meanwhile (audited).
	 */
	void concludeAfterDiscussion(long id) {
		Application application = readable(id);
		CouncilSeat seat = councilSeat(application);
		boolean chair = seat.seat().filter(member -> member.role() == Council.Role.CHAIR).isPresent();
		access.require(chair || access.mayCheckAtProvince(application), "Only the chair concludes after a discussion");
		if (application.state() != ApplicationState.SCORED) {
			throw new InvalidTransition(application.state(), ApplicationState.AWAITING_DECISION);
		}
		CouncilTally tally = tallyOf(application, seat.council());
		List<EvaluationStore.MemberScore> scores = store.scores(id).stream()
			.filter(score -> tally.eligible().contains(score.username()))
			.toList();
		conclude(application, tally, scores);
	}

	private void conclude(Application application, CouncilTally tally, List<EvaluationStore.MemberScore> scores) {
		Round round = store.round(application.roundId()).orElseThrow();
		String regime = limits.regimeOf(application, round).instrumentCode();
		Scorecard scorecard = scorecardOf(application);
		Instrument instrument = scorecards.instrument(regime).orElseThrow();
		long gated = scores.stream().filter(score -> !ScoreResult.Outcome.RATED.name().equals(score.outcome())).count();
		String outcome;
		Integer star;
		if (gated * 2 > scores.size()) {
			outcome = scores.stream().map(EvaluationStore.MemberScore::outcome).filter(o -> !o.equals("RATED")).findFirst().orElseThrow();
			star = null;
		}
		else {
			outcome = ScoreResult.Outcome.RATED.name();
			star = ScoringEngine.rate(instrument.bands(), scorecard.definition(), tally.mean(), commonChoices(scorecard, scores)).star();
		}
		RecognitionRules.Recognition recognition = rules.recognise(regime, round.level(), today(), tally.mean(), star);
		store.setTally(application.id(), tally.mean(), star, outcome, tally.spread(), tally.flagged());
		move(application, recognition.state());
		store.setConcluded(application.id(), recognition.level(), today());
		events.publishEvent(new ApplicationConcluded(application.id(), application.roundId(), application.productId(),
				application.subjectId(), application.kind(), tally.mean(), star, recognition.state(), recognition.level(), today()));
	}

	/**
	 * The option per criterion that the council's minimums are checked against: the one chosen by
	 * most members, the lower one on a tie.
	 */
	private static Map<String, ScorecardDefinition.Option> commonChoices(Scorecard scorecard,
			List<EvaluationStore.MemberScore> scores) {
		Map<String, Map<String, Long>> votes = new HashMap<>();
		for (EvaluationStore.MemberScore score : scores) {
			score.sheet().choices().forEach((criterion, option) -> votes.computeIfAbsent(criterion, c -> new HashMap<>())
				.merge(option, 1L, Long::sum));
		}
		Map<String, ScorecardDefinition.Option> chosen = new HashMap<>();
		votes.forEach((criterionCode, counts) -> scorecard.definition().criterion(criterionCode).ifPresent(criterion -> {
			Map<String, ScorecardDefinition.Option> options = criterion.options().stream()
				.collect(Collectors.toMap(ScorecardDefinition.Option::code, Function.identity()));
			counts.entrySet().stream()
				.filter(entry -> options.containsKey(entry.getKey()))
				.max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
					.thenComparing(entry -> options.get(entry.getKey()).points(), Comparator.reverseOrder()))
				.ifPresent(entry -> chosen.put(criterionCode, options.get(entry.getKey())));
		}));
		return chosen;
	}

	// ------------------------------------------------------------------------------------ decided

	/** Marks concluded applications decided (called by the certification module through {@link OcopEvaluations}). */
	void markDecided(long id, String decisionNumber, LocalDate decisionDate) {
		Application application = store.application(id).orElseThrow(() -> new OcopRecordNotFound("application " + id));
		move(application, ApplicationState.DECIDED);
		store.setDecision(id, decisionNumber, decisionDate);
	}

	// ------------------------------------------------------------------------------------ helpers

	private void move(Application application, ApplicationState to) {
		if (!application.state().mayMoveTo(to) || !store.moveState(application.id(), application.state(), to, access.actor(),
				clock.instant())) {
			throw new InvalidTransition(application.state(), to);
		}
		auditor.record(AuditRecord.updated(MODULE, "OcopApplication", Long.toString(application.id()),
				Map.of("state", application.state().name()), Map.of("state", to.name())));
	}

	private static void requireEditable(Application application) {
		if (!application.state().editableBySubject()) {
			throw new InvalidTransition(application.state(), ApplicationState.DRAFT);
		}
	}

	private static Map<String, String> pick(Map<String, String> values, List<String> fields, int max) {
		Map<String, String> picked = new LinkedHashMap<>();
		for (String field : fields) {
			String value = values == null ? null : values.get(field);
			picked.put(field, value == null ? "" : trim(value, max));
		}
		return picked;
	}

	private static String trim(String value, int max) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.length() > max ? stripped.substring(0, max) : stripped;
	}

}
