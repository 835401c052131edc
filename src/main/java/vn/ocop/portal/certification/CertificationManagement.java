package vn.ocop.portal.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.ocop.OcopProducts;
import vn.ocop.portal.ocop.ProductStatus;
import vn.ocop.portal.ocop.ProductView;
import vn.ocop.portal.shared.web.SearchText;

/**
 * The certification workflow (bean {@code certificationManagement}): recognise a batch of products
 * by a decision (each row gets a certificate; upgrades and re-ratings supersede the product's
 * current one), record that a re-rating was filed (the evaluation module calls it), and revoke.
 * Everything is checked before anything is stored; every change is audited. The signed-in user's
 * scope is checked here, so the evaluation module's glue calls it as the officer who decides (or
 * as the system, outside a web request, which is not limited).
 */
@Service("certificationManagement")
public class CertificationManagement {

	static final String MODULE = "certification";

	/** Dates in problems as printed in Vietnam: 27/12/2022. */
	private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final CertificateStore store;

	private final OcopProducts products;

	private final CertificationAccess access;

	private final CertificationProperties properties;

	private final Auditor auditor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CertificationManagement(CertificateStore store, OcopProducts products, CertificationAccess access,
			CertificationProperties properties, Auditor auditor, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.products = products;
		this.access = access;
		this.properties = properties;
		this.auditor = auditor;
		this.events = events;
		this.clock = clock;
	}

	public CertificateTerms terms() {
		return properties.terms();
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * Records a decision and gives each row a certificate issued on the decision's date. Refused as
	 * a whole ({@link CertificationRefused}) when any row is wrong: unknown or unregistered product,
	 * a star the level may not recognise, a first recognition of a product that holds a valid
	 * certificate, an upgrade that does not raise the star, a re-rating without a certificate to
	 * re-rate, a product twice, or a product outside the user's scope.
	 */
	@Transactional
	public Decision recognise(DecisionOrder order, List<RecognitionRow> rows) {
		List<CertificationProblem> problems = new ArrayList<>();
		String number = order.number() == null ? "" : order.number().strip();
		if (number.isEmpty() || number.length() > 60) {
			problems.add(CertificationProblem.of(0, "number", "number"));
		}
		else if (store.decisionNumberTaken(number)) {
			problems.add(CertificationProblem.of(0, "number", "numberTaken", number));
		}
		if (order.signedOn() == null) {
			problems.add(CertificationProblem.of(0, "signedOn", "signedOn"));
		}
		else if (order.signedOn().isAfter(today())) {
			problems.add(CertificationProblem.of(0, "signedOn", "future"));
		}
		if (order.level() == null) {
			problems.add(CertificationProblem.of(0, "level", "level"));
		}
		else if (order.level() == IssuerLevel.CENTRAL && !access.mayManageNationally() && !systemCall()) {
			problems.add(CertificationProblem.of(0, "level", "centralScope"));
		}
		String issuer = order.issuer() == null ? "" : order.issuer().strip();
		if (issuer.isEmpty() || issuer.length() > 255) {
			problems.add(CertificationProblem.of(0, "issuer", "issuer"));
		}
		if (rows == null || rows.isEmpty()) {
			problems.add(CertificationProblem.of(0, "rows", "noRows"));
		}
		List<Planned> planned = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; rows != null && i < rows.size(); i++) {
			check(i + 1, rows.get(i), order, seen, problems).ifPresent(planned::add);
		}
		if (!problems.isEmpty()) {
			throw new CertificationRefused(problems);
		}
		Set<String> areas = new LinkedHashSet<>();
		planned.forEach(p -> areas.addAll(p.areas()));
		DecisionOrder clean = new DecisionOrder(number, order.signedOn(), order.level(), issuer);
		long decisionId = store.insertDecision(clean, List.copyOf(areas), clock.instant(), access.actor());
		List<String> numbers = new ArrayList<>();
		for (Planned p : planned) {
			numbers.add(issue(decisionId, clean, p));
		}
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("number", number);
		audit.put("signedOn", order.signedOn().toString());
		audit.put("level", order.level().name());
		audit.put("issuer", issuer);
		audit.put("certificates", numbers);
		auditor.record(AuditRecord.created(MODULE, "OcopDecision", number, audit));
		return store.decision(decisionId).orElseThrow();
	}

	/**
	 * Records that the holder filed a re-rating of this certificate on that day: from then on it
	 * stays valid until the new decision, at most the late extension past its expiry. Accepted from
	 * the day the window opens to the expiry date (a filing after the window closed is late but
	 * counts); a second filing keeps the first date.
	 */
	@Transactional
	public Certificate recordReratingFiled(long certificateId, LocalDate filedOn) {
		return recordReratingFiled(certificateId, filedOn, !systemCall());
	}

	/**
	 * As {@link #recordReratingFiled(long, LocalDate)}; the evaluation module's event is recorded as the system ({@code checkScope} false).
	 * A refusal is checked before anything is written, so it does not roll back the caller's transaction: the listener
	 * logs it and its event publication completes.
	 */
	@Transactional(noRollbackFor = CertificationRefused.class)
	Certificate recordReratingFiled(long certificateId, LocalDate filedOn, boolean checkScope) {
		Certificate certificate = store.certificate(certificateId)
			.orElseThrow(() -> new CertificationRefused(List.of(CertificationProblem.of(0, "certificate", "unknownCertificate", certificateId))));
		if (checkScope) {
			access.requireManage(store.areaCodesOf(certificateId));
		}
		CertificateTerms terms = terms();
		if (certificate.revokedOn() != null || certificate.supersededOn() != null) {
			throw new CertificationRefused(List.of(CertificationProblem.of(0, "certificate", "ended", certificate.number())));
		}
		if (filedOn == null || filedOn.isBefore(terms.windowOpens(certificate.expiresOn()))
				|| filedOn.isAfter(certificate.expiresOn())) {
			throw new CertificationRefused(List.of(CertificationProblem.of(0, "filedOn", "filingOutsideWindow",
					DATE.format(terms.windowOpens(certificate.expiresOn())), DATE.format(certificate.expiresOn()))));
		}
		if (certificate.reratingFiledOn() == null) {
			store.fileRerating(certificateId, filedOn);
			auditor.record(AuditRecord.updated(MODULE, "OcopCertificate", certificate.number(),
					Map.of("reratingFiledOn", ""), Map.of("reratingFiledOn", filedOn.toString())));
			events.publishEvent(new CertificateReratingRecorded(certificate.number(), certificate.productId(), filedOn));
		}
		return store.certificate(certificateId).orElseThrow();
	}

	/** The ground of 26/2026 Art. 8.1.đ: the subject no longer produces the product (confirmed by the commune). */
	static final String STOPPED_PRODUCING = "26-2026-8-1-dd";

	/**
	 * Opens a revocation case from a conclusion (26/2026 Art. 8.3–8.4): the ground, what it comes
	 * from (an authority's conclusion, or the commune's confirmation that production stopped) and its
	 * date, from which the competent level (province for 3★/4★, central for 5★) has the configured
	 * limit (15 days) to decide. The certificate stays valid while the case is pending. Opened by the
	 * OCOP office: managers whose scope covers the certificate. One pending case per certificate.
	 */
	@Transactional
	public Certificate openRevocation(String certificateNumber, RevocationCase order) {
		Certificate certificate = store.byNumber(certificateNumber == null ? "" : certificateNumber.strip())
			.orElseThrow(() -> new CertificationRefused(List.of(CertificationProblem.of(0, "certificate", "unknownCertificate", certificateNumber))));
		if (!systemCall()) {
			access.requireManage(store.areaCodesOf(certificate.id()));
		}
		List<CertificationProblem> problems = new ArrayList<>();
		if (certificate.revokedOn() != null || certificate.supersededOn() != null) {
			problems.add(CertificationProblem.of(0, "certificate", "ended", certificate.number()));
		}
		else if (store.revocationOf(certificate.id()).filter(CertificateStore.Revocation::pending).isPresent()) {
			problems.add(CertificationProblem.of(0, "certificate", "caseOpen", certificate.number()));
		}
		if (order.groundCode() == null || store.grounds().stream().noneMatch(g -> g.code().equals(order.groundCode()))) {
			problems.add(CertificationProblem.of(0, "ground", "ground"));
		}
		if (order.source() == null) {
			problems.add(CertificationProblem.of(0, "source", "source"));
		}
		else if (order.source() == ConclusionSource.COMMUNE_CONFIRMATION && !STOPPED_PRODUCING.equals(order.groundCode())) {
			problems.add(CertificationProblem.of(0, "source", "communeConfirmsStopOnly"));
		}
		if (order.concludedOn() == null) {
			problems.add(CertificationProblem.of(0, "concludedOn", "concludedOn"));
		}
		else if (order.concludedOn().isAfter(today())) {
			problems.add(CertificationProblem.of(0, "concludedOn", "future"));
		}
		String reference = order.conclusionReference() == null || order.conclusionReference().isBlank() ? null
				: order.conclusionReference().strip();
		if (reference != null && reference.length() > 255) {
			problems.add(CertificationProblem.of(0, "conclusionReference", "reference"));
		}
		if (order.reason() == null || order.reason().isBlank() || order.reason().strip().length() > 2000) {
			problems.add(CertificationProblem.of(0, "reason", "reason"));
		}
		if (!problems.isEmpty()) {
			throw new CertificationRefused(problems);
		}
		IssuerLevel level = IssuerLevel.competentFor(certificate.star());
		LocalDate deadline = order.concludedOn().plusDays(properties.revocationLimitDays());
		RevocationCase clean = new RevocationCase(order.groundCode(), order.source(), order.concludedOn(), reference,
				order.reason().strip());
		long id = store.openRevocation(certificate.id(), clean, level, deadline, clock.instant(), access.actor());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("certificate", certificate.number());
		after.put("ground", clean.groundCode());
		after.put("source", clean.source().name());
		after.put("concludedOn", clean.concludedOn().toString());
		after.put("conclusionReference", reference);
		after.put("deadline", deadline.toString());
		after.put("level", level.name());
		after.put("reason", clean.reason());
		auditor.record(AuditRecord.created(MODULE, "OcopRevocationCase", Long.toString(id), after));
		return certificate;
	}

	/**
	 * Revokes a certificate on a ground of 26/2026 Art. 8 by the competent level (province for 3★
	 * and 4★, central for 5★). A pending case is closed by the decision: its ground, conclusion and
	 * deadline stand (the order may leave them, the level and the reason empty; different ones are
	 * refused). Without a case, conclusion and decision are recorded together (history, imports).
	 * A decision after the deadline (conclusion + the configured limit) is accepted and shown as late.
	 */
	@Transactional
	public Certificate revoke(String certificateNumber, RevocationOrder order) {
		Certificate certificate = store.byNumber(certificateNumber == null ? "" : certificateNumber.strip())
			.orElseThrow(() -> new CertificationRefused(List.of(CertificationProblem.of(0, "certificate", "unknownCertificate", certificateNumber))));
		List<String> areas = store.areaCodesOf(certificate.id());
		if (!systemCall()) {
			access.requireManage(areas);
		}
		Optional<CertificateStore.Revocation> pending = store.revocationOf(certificate.id()).filter(CertificateStore.Revocation::pending);
		String groundCode = pending.map(r -> r.ground().code()).orElse(order.groundCode());
		LocalDate concludedOn = pending.map(CertificateStore.Revocation::concludedOn).orElse(order.concludedOn());
		IssuerLevel level = order.level() == null && pending.isPresent() ? pending.get().level() : order.level();
		String reason = (order.reason() == null || order.reason().isBlank()) && pending.isPresent() ? pending.get().reason()
				: order.reason();
		List<CertificationProblem> problems = new ArrayList<>();
		if (certificate.revokedOn() != null || certificate.supersededOn() != null) {
			problems.add(CertificationProblem.of(0, "certificate", "ended", certificate.number()));
		}
		if (pending.isPresent() && order.groundCode() != null && !order.groundCode().equals(groundCode)) {
			problems.add(CertificationProblem.of(0, "ground", "caseGround", pending.get().ground().article()));
		}
		if (pending.isPresent() && order.concludedOn() != null && !order.concludedOn().equals(concludedOn)) {
			problems.add(CertificationProblem.of(0, "concludedOn", "caseConclusion", DATE.format(concludedOn)));
		}
		if (groundCode == null || store.grounds().stream().noneMatch(g -> g.code().equals(groundCode))) {
			problems.add(CertificationProblem.of(0, "ground", "ground"));
		}
		if (level == null || level != IssuerLevel.competentFor(certificate.star())) {
			problems.add(CertificationProblem.of(0, "level", "revocationLevel", certificate.star()));
		}
		else if (level == IssuerLevel.CENTRAL && !systemCall() && !access.mayManageNationally()) {
			problems.add(CertificationProblem.of(0, "level", "centralScope"));
		}
		if (order.decisionNumber() == null || order.decisionNumber().isBlank() || order.decisionNumber().length() > 60) {
			problems.add(CertificationProblem.of(0, "decisionNumber", "number"));
		}
		if (concludedOn == null) {
			problems.add(CertificationProblem.of(0, "concludedOn", "concludedOn"));
		}
		if (order.decidedOn() == null) {
			problems.add(CertificationProblem.of(0, "decidedOn", "decidedOn"));
		}
		else if (order.decidedOn().isAfter(today())) {
			problems.add(CertificationProblem.of(0, "decidedOn", "future"));
		}
		else if (concludedOn != null && order.decidedOn().isBefore(concludedOn)) {
			problems.add(CertificationProblem.of(0, "decidedOn", "beforeConclusion"));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(CertificationProblem.of(0, "reason", "reason"));
		}
		if (!problems.isEmpty()) {
			throw new CertificationRefused(problems);
		}
		LocalDate deadline = pending.map(CertificateStore.Revocation::deadline)
			.orElse(concludedOn.plusDays(properties.revocationLimitDays()));
		RevocationOrder clean = new RevocationOrder(groundCode, concludedOn, level, order.decisionNumber().strip(), order.decidedOn(),
				reason.strip());
		if (pending.isPresent()) {
			if (!store.decideRevocation(pending.get().id(), certificate.id(), clean.decisionNumber(), clean.decidedOn(), clean.reason(),
					clock.instant(), access.actor())) {
				throw new CertificationRefused(List.of(CertificationProblem.of(0, "certificate", "ended", certificate.number())));
			}
		}
		else {
			store.insertRevocation(certificate.id(), clean, STOPPED_PRODUCING.equals(groundCode)
					? ConclusionSource.COMMUNE_CONFIRMATION : ConclusionSource.AUTHORITY_CONCLUSION, deadline, clock.instant(),
					access.actor());
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("ground", clean.groundCode());
		after.put("decisionNumber", clean.decisionNumber());
		after.put("decidedOn", clean.decidedOn().toString());
		after.put("concludedOn", clean.concludedOn().toString());
		after.put("deadline", deadline.toString());
		after.put("reason", clean.reason());
		pending.ifPresent(open -> after.put("case", open.id()));
		auditor.record(new AuditRecord(MODULE, "OcopCertificate", certificate.number(), "REVOKED", null, after));
		events.publishEvent(new CertificateRevoked(certificate.number(), certificate.productId(), clean.decidedOn()));
		return store.certificate(certificate.id()).orElseThrow();
	}

	/**
	 * Closes a pending case without revocation (the conclusion was withdrawn or found unfounded), with
	 * the reason; by the competent level (a 5★ certificate's case by a national-scope account).
	 */
	@Transactional
	public Certificate dismissRevocation(String certificateNumber, String reason) {
		Certificate certificate = store.byNumber(certificateNumber == null ? "" : certificateNumber.strip())
			.orElseThrow(() -> new CertificationRefused(List.of(CertificationProblem.of(0, "certificate", "unknownCertificate", certificateNumber))));
		if (!systemCall()) {
			access.requireManage(store.areaCodesOf(certificate.id()));
		}
		Optional<CertificateStore.Revocation> pending = store.revocationOf(certificate.id()).filter(CertificateStore.Revocation::pending);
		List<CertificationProblem> problems = new ArrayList<>();
		if (pending.isEmpty()) {
			problems.add(CertificationProblem.of(0, "certificate", "noCase", certificate.number()));
		}
		else if (pending.get().level() == IssuerLevel.CENTRAL && !systemCall() && !access.mayManageNationally()) {
			problems.add(CertificationProblem.of(0, "level", "centralScope"));
		}
		if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
			problems.add(CertificationProblem.of(0, "dismissalReason", "reason"));
		}
		if (!problems.isEmpty()) {
			throw new CertificationRefused(problems);
		}
		store.dismissRevocation(pending.get().id(), today(), reason.strip(), clock.instant(), access.actor());
		auditor.record(AuditRecord.updated(MODULE, "OcopRevocationCase", Long.toString(pending.get().id()),
				Map.of("status", "PENDING"), Map.of("status", "DISMISSED", "dismissedOn", today().toString(), "reason", reason.strip())));
		return certificate;
	}

	public Optional<Certificate> certificate(String number) {
		return number == null ? Optional.empty() : store.byNumber(number.strip());
	}

	public Optional<Certificate> currentCertificateOf(long productId) {
		return store.currentOf(productId);
	}

	// ------------------------------------------------------------------------------------ helpers

	private Optional<Planned> check(int row, RecognitionRow input, DecisionOrder order, Set<Long> seen,
			List<CertificationProblem> problems) {
		if (input == null) {
			problems.add(CertificationProblem.of(row, "product", "unknownProduct", ""));
			return Optional.empty();
		}
		Optional<ProductView> found = products.product(input.productId());
		if (found.isEmpty() || found.get().status() != ProductStatus.REGISTERED) {
			problems.add(CertificationProblem.of(row, "product", "unknownProduct", input.productId()));
			return Optional.empty();
		}
		ProductView product = found.get();
		if (!seen.add(product.id())) {
			problems.add(CertificationProblem.of(row, "product", "duplicate", product.code()));
		}
		List<String> areas = products.areaCodesOf(product.subject().id());
		if (!systemCall() && !access.mayManage(areas)) {
			problems.add(CertificationProblem.of(row, "product", "outsideScope", product.code()));
		}
		if (input.star() < 3 || input.star() > 5) {
			problems.add(CertificationProblem.of(row, "star", "star", input.star()));
		}
		else if (order.level() != null && !order.level().mayRecognise(input.star())) {
			problems.add(CertificationProblem.of(row, "star", "starForLevel", input.star()));
		}
		if (input.score() != null && (input.score().signum() < 0 || input.score().compareTo(java.math.BigDecimal.valueOf(100)) > 0)) {
			problems.add(CertificationProblem.of(row, "score", "score", input.score()));
		}
		if (input.kind() == null) {
			problems.add(CertificationProblem.of(row, "kind", "kind"));
			return Optional.empty();
		}
		Optional<Certificate> current = store.currentOf(product.id());
		LocalDate on = order.signedOn() == null ? today() : order.signedOn();
		boolean currentValid = current.map(c -> c.statusOn(on, terms()).valid()).orElse(false);
		switch (input.kind()) {
			case FIRST_TIME -> {
				if (currentValid) {
					problems.add(CertificationProblem.of(row, "kind", "alreadyCertified", product.code(), current.get().number()));
				}
			}
			case UPGRADE -> {
				if (!currentValid) {
					problems.add(CertificationProblem.of(row, "kind", "nothingToUpgrade", product.code()));
				}
				else if (input.star() <= current.get().star()) {
					problems.add(CertificationProblem.of(row, "star", "notHigher", current.get().star()));
				}
			}
			case RE_RATING -> {
				if (!currentValid) {
					problems.add(CertificationProblem.of(row, "kind", "nothingToRerate", product.code()));
				}
			}
		}
		return Optional.of(new Planned(input, product, areas, input.kind().supersedes() ? current.orElse(null) : null));
	}

	private String issue(long decisionId, DecisionOrder order, Planned p) {
		ProductView product = p.product();
		String province = p.areas().stream().filter(code -> code.length() == 2).findFirst().orElse("00");
		String number = "CN-%s-%d-%06d".formatted(province, order.signedOn().getYear(), store.nextNumber());
		Map<String, Object> values = CertificateStore.params();
		values.put("number", number);
		values.put("decision", decisionId);
		values.put("product", product.id());
		values.put("subject", product.subject().id());
		values.put("kind", p.row().kind().name());
		values.put("star", p.row().star());
		values.put("score", p.row().score());
		values.put("issuedOn", order.signedOn());
		values.put("expiresOn", terms().expiry(order.signedOn()));
		values.put("productCode", product.code());
		values.put("productName", product.name());
		values.put("holder", product.subject().name());
		values.put("organisation", product.subject().organisationId());
		values.put("gtin", product.gtin());
		values.put("instrument", product.instrumentCode());
		values.put("set", product.productSetCode());
		values.put("group", product.groupCode());
		values.put("unit", product.subject().unitCode());
		values.put("areas", CertificateStore.array(p.areas()));
		values.put("search", SearchText.fold(String.join(" ", product.name(), product.subject().name(), product.code(), number,
				product.gtin() == null ? "" : product.gtin())));
		values.put("sortKey", NameOrder.key(product.name()));
		values.put("now", CertificateStore.offset(clock.instant()));
		values.put("actor", access.actor());
		long id = store.insertCertificate(values);
		if (p.replaced() != null) {
			store.supersede(p.replaced().id(), id, order.signedOn());
			auditor.record(new AuditRecord(MODULE, "OcopCertificate", p.replaced().number(), "SUPERSEDED",
					Map.of("status", "current"), Map.of("supersededBy", number, "on", order.signedOn().toString())));
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("product", product.code());
		after.put("star", p.row().star());
		after.put("kind", p.row().kind().name());
		after.put("issuedOn", order.signedOn().toString());
		after.put("decision", order.number());
		auditor.record(AuditRecord.created(MODULE, "OcopCertificate", number, after));
		events.publishEvent(new CertificateIssued(number, product.id(), p.row().star(), p.row().kind(), order.signedOn()));
		return number;
	}

	/** Outside a web request with a signed-in user: the data loaders, the evaluation glue run by the system. */
	private boolean systemCall() {
		return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes() == null;
	}

	private record Planned(RecognitionRow row, ProductView product, List<String> areas, Certificate replaced) {
	}

}
