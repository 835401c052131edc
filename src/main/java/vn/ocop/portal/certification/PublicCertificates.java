package vn.ocop.portal.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.shared.web.SearchText;

/**
 * What the public catalogue reads (bean {@code publicCertificates}): products with a certificate
 * valid today, filtered and paginated in SQL in Vietnamese name order; a certificate by number for
 * the verification page (whatever its status); the current certificate of a product.
 */
@Service("publicCertificates")
@Transactional(readOnly = true)
public class PublicCertificates {

	/** The public verification page of a certificate: this path followed by its number (the QR code's target). */
	public static final String VERIFICATION_PATH = "/xac-minh-chung-nhan";

	private final CertificateStore store;

	private final CertificationProperties properties;

	private final Clock clock;

	PublicCertificates(CertificateStore store, CertificationProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public CertificateTerms terms() {
		return properties.terms();
	}

	/** The catalogue's filters: star, group, product set, unit (any level), words with or without diacritics. */
	public record Query(Integer star, String groupCode, String productSetCode, String unitCode, String text, int page, int size) {
	}

	/** Products with a certificate valid today. */
	public Page<Certificate> catalogue(Query query) {
		return catalogue(query, true);
	}

	/** @param counted whether the page knows the total (a count over every match) */
	private Page<Certificate> catalogue(Query query, boolean counted) {
		StringBuilder where = new StringBuilder(CertificateStore.VALID);
		Map<String, Object> params = CertificateStore.params();
		params.put("today", today());
		params.put("ext", properties.lateExtensionDays());
		if (query.star() != null) {
			where.append(" AND c.star = :star");
			params.put("star", query.star());
		}
		if (query.groupCode() != null && !query.groupCode().isBlank()) {
			where.append(" AND c.group_code = :group");
			params.put("group", query.groupCode());
		}
		if (query.productSetCode() != null && !query.productSetCode().isBlank()) {
			where.append(" AND c.product_set_code = :set");
			params.put("set", query.productSetCode());
		}
		if (query.unitCode() != null && !query.unitCode().isBlank()) {
			where.append(" AND :unit = ANY (c.area_codes)");
			params.put("unit", query.unitCode());
		}
		List<String> words = words(query.text());
		for (int i = 0; i < words.size(); i++) {
			// word prefixes: "mat ong" finds "Mật ong", "hong" does not find "không"
			where.append(" AND (' ' || c.search_text) LIKE :w").append(i);
			params.put("w" + i, "% " + words.get(i) + "%");
		}
		long total = !counted ? -1 : store.jdbc().sql("SELECT count(*) FROM certification_certificate c WHERE " + where).params(params)
			.query(Long.class).single();
		params.put("limit", query.size());
		params.put("offset", query.page() * query.size());
		List<Certificate> rows = store.jdbc()
			.sql("SELECT " + CertificateStore.COLUMNS + CertificateStore.FROM + " WHERE " + where
					+ " ORDER BY c.sort_key, c.id LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> CertificateStore.certificate(rs))
			.list();
		return new PageImpl<>(rows, PageRequest.of(query.page(), query.size()), counted ? total : rows.size());
	}

	/** A certificate by its number, whatever its status (the verification page shows expired and revoked ones as such). */
	public Optional<Certificate> byNumber(String number) {
		return number == null || number.isBlank() || number.length() > 40 ? Optional.empty() : store.byNumber(number.strip());
	}

	/** The product's current certificate (neither superseded nor revoked), valid or expired. */
	public Optional<Certificate> currentOf(long productId) {
		return store.currentOf(productId);
	}

	/** The certificate valid today of the product with this GTIN. */
	public Optional<Certificate> validByGtin(String gtin) {
		return store.jdbc().sql("SELECT " + CertificateStore.COLUMNS + CertificateStore.FROM + " WHERE c.gtin = :gtin AND"
				+ CertificateStore.VALID + " ORDER BY c.issued_on DESC LIMIT 1")
			.param("gtin", gtin)
			.param("today", today())
			.param("ext", properties.lateExtensionDays())
			.query((rs, n) -> CertificateStore.certificate(rs))
			.optional();
	}

	/** The certificate valid today of the product with this code. */
	public Optional<Certificate> validByProductCode(String code) {
		return store.jdbc().sql("SELECT " + CertificateStore.COLUMNS + CertificateStore.FROM + " WHERE c.product_code = :code AND"
				+ CertificateStore.VALID + " ORDER BY c.issued_on DESC LIMIT 1")
			.param("code", code)
			.param("today", today())
			.param("ext", properties.lateExtensionDays())
			.query((rs, n) -> CertificateStore.certificate(rs))
			.optional();
	}

	/**
	 * For the site search: certified products whose name, holder or code contains the words. One
	 * statement, so no transaction (its BEGIN and COMMIT were a round trip of every search).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<Certificate> search(String text, int limit) {
		// the site search shows the first hits only: no count(*) over every match
		return words(text).isEmpty() ? List.of() : catalogue(new Query(null, null, null, null, text, 0, limit), false).getContent();
	}

	/** For the sitemap: how many products are certified today, and a page of them in a stable order. */
	public long countValid() {
		return catalogue(new Query(null, null, null, null, null, 0, 1)).getTotalElements();
	}

	public List<Certificate> valid(int offset, int limit) {
		return store.jdbc().sql("SELECT " + CertificateStore.COLUMNS + CertificateStore.FROM + " WHERE" + CertificateStore.VALID
				+ " ORDER BY c.id LIMIT :limit OFFSET :offset")
			.param("today", today())
			.param("ext", properties.lateExtensionDays())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> CertificateStore.certificate(rs))
			.list();
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : SearchText.fold(text).split(" ")) {
			if (!word.isEmpty() && words.size() < 8) {
				words.add(word);
			}
		}
		return words;
	}

}
