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

	CertificationApiController(CertificationManagement management, CertificationController pages, CertificateStore store,
			CertificationAccess access, OcopProducts products) {
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
