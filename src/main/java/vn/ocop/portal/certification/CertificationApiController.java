package vn.ocop.portal.certification;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.ocop.portal.ocop.OcopProducts;

/**
 * REST API of certification under {@code /api/v1/certification}: record a decision with its batch
 * (rows by product code), read a certificate, record a re-rating filing, revoke. Refusals are 422
 * with every problem in the request's language.
 */
@RestController
@RequestMapping("/api/v1/certification")
class CertificationApiController {

	private final CertificationManagement management;

	private final CertificationController pages;

	private final CertificateStore store;

	private final CertificationAccess access;

	private final OcopProducts products;

	private final RoundDecisions rounds;

	private final vn.ocop.portal.ocop.OcopEvaluations evaluations;

	CertificationApiController(CertificationManagement management, CertificationController pages, CertificateStore store,
			CertificationAccess access, OcopProducts products, RoundDecisions rounds, vn.ocop.portal.ocop.OcopEvaluations evaluations) {
		this.rounds = rounds;
		this.evaluations = evaluations;
		this.management = management;
		this.pages = pages;
		this.store = store;
		this.access = access;
		this.products = products;
	}

	record RowRequest(String productCode, int star, RecognitionKind kind, BigDecimal score) {
	}

	record DecisionRequest(String number, LocalDate signedOn, IssuerLevel level, String issuer, List<RowRequest> rows) {
	}

	record FilingRequest(LocalDate filedOn) {
	}

	record RoundDecisionRequest(String number, LocalDate signedOn, IssuerLevel level, String issuer, List<Long> recognised,
			List<Long> notRecognised) {
	}

	/** A round's concluded applications to decide: a page (from 0) of each list. */
	@GetMapping("/rounds/{id}/applications")
	@PreAuthorize(CertificationAccess.MANAGERS)
	Map<String, Object> roundApplications(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "25") int size) {
		vn.ocop.portal.ocop.EvaluationRound round = rounds.round(id);
		int limit = Math.min(Math.max(size, 1), 100);
		return Map.of("round", round, "awaitingDecision", evaluations.awaitingDecision(id, page, limit).getContent(),
				"notRecognised", evaluations.notRecognised(id, page, limit).getContent(), "page", page, "size", limit);
	}

	/** Records a decision from a round's results: certificates for {@code recognised}, closing {@code notRecognised}, in one transaction. */
	@PostMapping("/rounds/{id}/decision")
	@PreAuthorize(CertificationAccess.MANAGERS)
	ResponseEntity<Map<String, Object>> decideRound(@PathVariable long id, @RequestBody RoundDecisionRequest request) {
		RoundDecisions.Decided decided = rounds.decide(id,
				new DecisionOrder(request.number(), request.signedOn(), request.level(), request.issuer()), request.recognised(),
				request.notRecognised());
		List<String> numbers = decided.decision() == null ? List.of()
				: store.ofDecision(decided.decision().id()).stream().map(Certificate::number).toList();
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("decision", decided.decision());
		body.put("certificates", numbers);
		body.put("recognised", decided.recognised());
		body.put("closed", decided.closed());
		URI location = URI.create(decided.decision() == null ? RoundDecisionController.PATH + "/" + id
				: CertificationController.PATH + "/decisions/" + decided.decision().id());
		return ResponseEntity.created(location).body(body);
	}

	@PostMapping("/decisions")
	@PreAuthorize(CertificationAccess.MANAGERS)
	ResponseEntity<Map<String, Object>> recordDecision(@RequestBody DecisionRequest request) {
		List<RecognitionRow> rows = new ArrayList<>();
		List<CertificationProblem> problems = new ArrayList<>();
		List<RowRequest> input = request.rows() == null ? List.of() : request.rows();
		for (int i = 0; i < input.size(); i++) {
			RowRequest row = input.get(i);
			Optional<Long> product = products.productByCode(row.productCode()).map(p -> p.id());
			if (product.isEmpty()) {
				problems.add(CertificationProblem.of(i + 1, "product", "unknownProduct", String.valueOf(row.productCode())));
			}
			else {
				rows.add(new RecognitionRow(product.get(), row.star(), row.kind(), row.score()));
			}
		}
		if (!problems.isEmpty()) {
			throw new CertificationRefused(problems);
		}
		Decision decision = management
			.recognise(new DecisionOrder(request.number(), request.signedOn(), request.level(), request.issuer()), rows);
		List<String> numbers = store.ofDecision(decision.id()).stream().map(Certificate::number).toList();
		return ResponseEntity.created(URI.create(CertificationController.PATH + "/decisions/" + decision.id()))
			.body(Map.of("decision", decision, "certificates", numbers));
	}

	@GetMapping("/certificates/{number}")
	@PreAuthorize(CertificationAccess.READERS)
	Map<String, Object> certificate(@PathVariable String number) {
		Certificate certificate = readable(number);
		return Map.of("certificate", certificate, "status", certificate.statusOn(management.today(), management.terms()),
				"validUntil", certificate.validUntil(management.terms()));
	}

	@PostMapping("/certificates/{number}/re-rating")
	@PreAuthorize(CertificationAccess.MANAGERS)
	Map<String, Object> recordRerating(@PathVariable String number, @RequestBody FilingRequest request) {
		Certificate certificate = management.recordReratingFiled(readable(number).id(), request.filedOn());
		return Map.of("certificate", certificate, "status", certificate.statusOn(management.today(), management.terms()));
	}

	@PostMapping("/certificates/{number}/revocation")
	@PreAuthorize(CertificationAccess.MANAGERS)
	Map<String, Object> revoke(@PathVariable String number, @RequestBody RevocationOrder order) {
		Certificate certificate = management.revoke(readable(number).number(), order);
		return Map.of("certificate", certificate, "revocation", store.revocationOf(certificate.id()).orElseThrow());
	}

	@PostMapping("/certificates/{number}/revocation-case")
	@PreAuthorize(CertificationAccess.MANAGERS)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> openRevocation(@PathVariable String number, @RequestBody RevocationCase order) {
		Certificate certificate = management.openRevocation(readable(number).number(), order);
		return Map.of("certificate", certificate, "revocation", store.revocationOf(certificate.id()).orElseThrow());
	}

	@ExceptionHandler(CertificationRefused.class)
	ResponseEntity<Map<String, Object>> refused(CertificationRefused refused, Locale locale) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("problems", pages.texts(refused.problems(), locale)));
	}

	private Certificate readable(String number) {
		Certificate certificate = management.certificate(number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		access.requireRead(store.areaCodesOf(certificate.id()), certificate.organisationId());
		return certificate;
	}

}
