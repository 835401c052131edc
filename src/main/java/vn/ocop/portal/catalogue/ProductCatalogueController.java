package vn.ocop.portal.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

import vn.ocop.portal.shared.web.CacheablePage;
import vn.ocop.portal.certification.Certificate;
import vn.ocop.portal.certification.CertificateStatus;
import vn.ocop.portal.certification.PublicCertificates;
import vn.ocop.portal.ocop.Instrument;
import vn.ocop.portal.ocop.OcopProducts;
import vn.ocop.portal.ocop.ProductView;
import vn.ocop.portal.ocop.Scorecards;
import vn.ocop.portal.units.AdministrativeUnit;
import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.UnitCode;
import vn.ocop.portal.units.UnitLevel;

/**
 * The public OCOP product catalogue, for citizens without signing in: {@value #PATH} lists the
 * products whose certificate is valid today (filters: stars, group, product set, province then one
 * of its units, words with or without diacritics), 20 a page in Vietnamese name order; a product's
 * page with photos, story, holder (linked to its directory profile when it is a registry
 * organisation), stars and certificate validity, with schema.org {@code Product} JSON-LD. Stable
 * QR targets in GS1 Digital Link style: {@code /01/{GTIN}} and, without a GTIN,
 * {@code /ocop/{product code}}, redirecting to the product page. {@code /xac-minh-chung-nhan/{number}}
 * verifies a certificate whatever its status.
 */
@Controller
class ProductCatalogueController {

	static final String PATH = "/san-pham-ocop";

	static final String PROVINCIAL_QR = "/ocop";

	static final int PAGE_SIZE = 20;

	private final PublicCertificates certificates;

	private final OcopProducts products;

	private final Scorecards scorecards;

	private final AdministrativeUnits units;

	private final MessageSource messages;

	private final JsonMapper json;

	ProductCatalogueController(PublicCertificates certificates, OcopProducts products, Scorecards scorecards,
			AdministrativeUnits units, MessageSource messages, JsonMapper json) {
		this.json = json;
		this.certificates = certificates;
		this.products = products;
		this.scorecards = scorecards;
		this.units = units;
		this.messages = messages;
	}

	/** The stable QR target of a certified product: GS1 Digital Link with a GTIN, else the provincial path. */
	static String qrPath(Certificate certificate) {
		return certificate.gtin() != null ? "/01/" + certificate.gtin() : PROVINCIAL_QR + "/" + certificate.productCode();
	}

	static String productPath(Certificate certificate) {
		return PATH + "/" + certificate.productCode();
	}

	@CacheablePage
	@GetMapping(PATH)
	String list(@RequestParam(name = "sao", required = false) String star,
			@RequestParam(name = "nhom", required = false) String group, @RequestParam(name = "bo", required = false) String set,
			@RequestParam(name = "tinh", required = false) String province,
			@RequestParam(name = "don-vi", required = false) String unit, @RequestParam(required = false) String q,
			@RequestParam(name = "trang", defaultValue = "1") String page, Model model) {
		LocalDate today = certificates.today();
		Instrument instrument = scorecards.instrumentOn(today).orElse(null);
		Integer chosenStar = switch (star == null ? "" : star.strip()) {
			case "3" -> 3;
			case "4" -> 4;
			case "5" -> 5;
			default -> null;
		};
		String chosenGroup = instrument != null && group != null
				&& instrument.groups().stream().anyMatch(g -> g.code().equals(group)) ? group : null;
		String chosenSet = instrument != null && set != null
				&& instrument.productSets().stream().anyMatch(s -> s.code().equals(set)) ? set : null;
		Optional<AdministrativeUnit> chosenProvince = unit(province, today, null);
		Optional<AdministrativeUnit> chosenUnit = chosenProvince.isEmpty() ? Optional.empty()
				: unit(unit, today, chosenProvince.get().code());
		String text = q == null ? "" : q.strip();
		if (text.length() > 100) {
			text = text.substring(0, 100);
		}
		String unitCode = chosenUnit.or(() -> chosenProvince).map(found -> found.code().value()).orElse(null);
		if (unitCode == null && unit != null && UnitCode.isValid(unit.strip())) {
			// a unit of an earlier period (e.g. a district before 1/7/2025), as products' areas keep them
			unitCode = unit.strip();
		}
		Page<Certificate> found = certificates.catalogue(new PublicCertificates.Query(chosenStar, chosenGroup, chosenSet,
				unitCode, text, pageNumber(page) - 1, PAGE_SIZE));
		model.addAttribute("instrument", instrument);
		model.addAttribute("star", chosenStar);
		model.addAttribute("group", chosenGroup);
		model.addAttribute("set", chosenSet);
		model.addAttribute("provinces", units.validOn(today, null).stream().sorted(AdministrativeUnit.BY_NAME).toList());
		model.addAttribute("children", chosenProvince.map(p -> units.validOn(today, p.code()).stream()
			.sorted(AdministrativeUnit.BY_NAME)
			.toList()).orElse(List.of()));
		model.addAttribute("province", chosenProvince.orElse(null));
		model.addAttribute("unit", chosenUnit.orElse(null));
		model.addAttribute("q", text);
		model.addAttribute("products", found);
		model.addAttribute("pageLink", UriComponentsBuilder.fromPath(PATH)
			.queryParamIfPresent("sao", Optional.ofNullable(chosenStar))
			.queryParamIfPresent("nhom", Optional.ofNullable(chosenGroup))
			.queryParamIfPresent("bo", Optional.ofNullable(chosenSet))
			.queryParamIfPresent("tinh", chosenProvince.map(p -> p.code().value()))
			.queryParamIfPresent("don-vi", Optional.ofNullable(chosenUnit.isPresent() || chosenProvince.isPresent() ? null : unitCode)
				.or(() -> chosenUnit.map(u -> u.code().value())))
			.queryParamIfPresent("q", Optional.of(text).filter(value -> !value.isEmpty()))
			.encode()
			.toUriString());
		return "catalogue/products";
	}

	@CacheablePage
	@GetMapping(PATH + "/{code}")
	String product(@PathVariable String code, Model model, Locale locale) {
		Certificate certificate = certificates.validByProductCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ProductView product = products.product(certificate.productId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		CertificateStatus status = certificate.statusOn(certificates.today(), certificates.terms());
		model.addAttribute("product", product);
		model.addAttribute("certificate", certificate);
		model.addAttribute("status", status);
		model.addAttribute("validUntil", certificate.validUntil(certificates.terms()));
		model.addAttribute("qrPath", qrPath(certificate));
		model.addAttribute("profilePath", product.subject().kind() == vn.ocop.portal.ocop.SubjectKind.COOPERATIVE
				&& product.subject().organisationId() != null
						? DirectoryController.PATH + "/" + product.subject().organisationId().toLowerCase(Locale.ROOT) : null);
		model.addAttribute("jsonLd", jsonLd(product, certificate, locale));
		return "catalogue/product";
	}

	@GetMapping(PATH + "/{code}/anh/{photoId:\\d+}")
	ResponseEntity<byte[]> photo(@PathVariable String code, @PathVariable long photoId) {
		Certificate certificate = certificates.validByProductCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		OcopProducts.Photo photo = products.photo(certificate.productId(), photoId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.data());
	}

	@GetMapping("/01/{gtin:\\d{8,14}}")
	RedirectView byGtin(@PathVariable String gtin) {
		return redirect(certificates.validByGtin(gtin)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	@GetMapping(PROVINCIAL_QR + "/{code}")
	RedirectView byProductCode(@PathVariable String code) {
		return redirect(certificates.validByProductCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	@GetMapping(PublicCertificates.VERIFICATION_PATH)
	Object verifyForm(@RequestParam(name = "so", required = false) String number, Model model) {
		if (number != null && !number.isBlank()) {
			return new RedirectView(PublicCertificates.VERIFICATION_PATH + "/"
					+ UriComponentsBuilder.fromPath("").pathSegment(number.strip()).build().encode().toUriString().substring(1), true);
		}
		model.addAttribute("number", "");
		model.addAttribute("certificate", null);
		return "catalogue/verify";
	}

	@GetMapping(PublicCertificates.VERIFICATION_PATH + "/{number}")
	String verify(@PathVariable String number, Model model) {
		Optional<Certificate> found = certificates.byNumber(number);
		model.addAttribute("number", number);
		model.addAttribute("certificate", found.orElse(null));
		found.ifPresent(certificate -> {
			CertificateStatus status = certificate.statusOn(certificates.today(), certificates.terms());
			model.addAttribute("status", status);
			model.addAttribute("validUntil", certificate.validUntil(certificates.terms()));
			model.addAttribute("productPath", status.valid() ? productPath(certificate) : null);
		});
		model.addAttribute("today", certificates.today());
		return "catalogue/verify";
	}

	private static RedirectView redirect(Certificate certificate) {
		RedirectView view = new RedirectView(productPath(certificate), true);
		view.setStatusCode(HttpStatus.FOUND);
		return view;
	}

	private String jsonLd(ProductView product, Certificate certificate, Locale locale) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", "Product");
		ld.put("name", product.name());
		ld.put("productID", product.code());
		if (product.gtin() != null) {
			ld.put("gtin", product.gtin());
		}
		if (product.description() != null) {
			ld.put("description", product.description());
		}
		ld.put("category", product.productSetName());
		ld.put("manufacturer", Map.of("@type", "Organization", "name", product.subject().name()));
		List<String> images = new ArrayList<>();
		for (Long photo : product.photoIds()) {
			images.add(PATH + "/" + product.code() + "/anh/" + photo);
		}
		if (!images.isEmpty()) {
			ld.put("image", images);
		}
		ld.put("award", messages.getMessage("catalogue.product.award", new Object[] { certificate.star() }, locale));
		return json.writeValueAsString(ld).replace("<", "\\u003c");
	}

	private Optional<AdministrativeUnit> unit(String code, LocalDate today, UnitCode parent) {
		if (code == null || code.isBlank() || !UnitCode.isValid(code.strip())) {
			return Optional.empty();
		}
		return units.find(UnitCode.of(code.strip()), today)
			.filter(candidate -> parent == null ? candidate.level() == UnitLevel.PROVINCE : parent.equals(candidate.parentCode()));
	}

	private static int pageNumber(String page) {
		try {
			return Math.max(1, Math.min(Integer.parseInt(page.strip()), 100_000));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
