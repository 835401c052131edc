package vn.ocop.portal.ocop;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ocop.portal.shared.web.SearchText;

/** The tables of OCOP subjects, products, their photos (JdbcClient, fixed SQL, every value a parameter). */
@Repository
class OcopProductStore {

	private static final String SUBJECT_COLUMNS = "s.id, s.kind, s.organisation_id, s.name, s.tax_code, s.unit_code, s.area_codes,"
			+ " s.address, s.representative, s.phone, s.email";

	private static final String PRODUCT_SELECT = "SELECT p.id AS product_id, p.code, p.status, p.registered_on, p.instrument_code,"
			+ " p.product_set_code, ps.name AS set_name, ps.group_code, p.name AS product_name, p.description, p.story,"
			+ " p.packaging, p.gtin, " + SUBJECT_COLUMNS + " FROM ocop_product p JOIN ocop_subject s ON s.id = p.subject_id"
			+ " JOIN ocop_product_set ps ON ps.instrument_code = p.instrument_code AND ps.code = p.product_set_code";

	private final JdbcClient jdbc;

	OcopProductStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ------------------------------------------------------------------------------------ subjects

	long insertSubject(Subject subject, String actor, Instant now) {
		return jdbc.sql("INSERT INTO ocop_subject (kind, organisation_id, name, tax_code, unit_code, area_codes, address,"
				+ " representative, phone, email, search_text, created_at, created_by, updated_at, updated_by)"
				+ " VALUES (:kind, :organisation, :name, :taxCode, :unit, :areas, :address, :representative, :phone, :email,"
				+ " :search, :now, :actor, :now, :actor) RETURNING id")
			.params(subjectParameters(subject))
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	void updateSubject(Subject subject, String actor, Instant now) {
		jdbc.sql("UPDATE ocop_subject SET name = :name, tax_code = :taxCode, unit_code = :unit, area_codes = :areas,"
				+ " address = :address, representative = :representative, phone = :phone, email = :email, search_text = :search,"
				+ " updated_at = :now, updated_by = :actor, version = version + 1 WHERE id = :id")
			.params(subjectParameters(subject))
			.param("id", subject.id())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actor", actor)
			.update();
	}

	private static Map<String, Object> subjectParameters(Subject subject) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("kind", subject.kind().name());
		params.put("organisation", subject.organisationId());
		params.put("name", subject.name());
		params.put("taxCode", subject.taxCode());
		params.put("unit", subject.unitCode());
		params.put("areas", subject.areaCodes().toArray(String[]::new));
		params.put("address", subject.address());
		params.put("representative", subject.representative());
		params.put("phone", subject.phone());
		params.put("email", subject.email());
		params.put("search", SearchText.fold(String.join(" ", subject.name(), nonNull(subject.taxCode()),
				nonNull(subject.organisationId()))));
		return params;
	}

	Optional<Subject> subject(long id) {
		return jdbc.sql("SELECT " + SUBJECT_COLUMNS + " FROM ocop_subject s WHERE s.id = :id")
			.param("id", id)
			.query((rs, n) -> subject(rs))
			.optional();
	}

	Optional<Subject> subjectOfOrganisation(String organisationId) {
		return jdbc.sql("SELECT " + SUBJECT_COLUMNS + " FROM ocop_subject s WHERE s.organisation_id = :id")
			.param("id", organisationId)
			.query((rs, n) -> subject(rs))
			.optional();
	}

	long countSubjects(ProductQuery query, OcopAccess.Filter scope) {
		Where where = Where.subjects(query, scope);
		return jdbc.sql("SELECT count(*) FROM ocop_subject s" + where.sql()).params(where.params()).query(Long.class).single();
	}

	List<Subject> subjects(ProductQuery query, OcopAccess.Filter scope, int offset, int limit) {
		Where where = Where.subjects(query, scope);
		return jdbc.sql("SELECT " + SUBJECT_COLUMNS + " FROM ocop_subject s" + where.sql()
				+ " ORDER BY s.name, s.id LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> subject(rs))
			.list();
	}

	static Subject subject(ResultSet rs) throws SQLException {
		Array areas = rs.getArray("area_codes");
		return new Subject(rs.getLong("id"), SubjectKind.valueOf(rs.getString("kind")), rs.getString("organisation_id"),
				rs.getString("name"), rs.getString("tax_code"), rs.getString("unit_code"),
				List.copyOf(Arrays.asList((String[]) areas.getArray())), rs.getString("address"),
				rs.getString("representative"), rs.getString("phone"), rs.getString("email"));
	}

	// ------------------------------------------------------------------------------------ products

	long insertProduct(StoredProduct product, String actor, Instant now) {
		return jdbc.sql("INSERT INTO ocop_product (code, subject_id, instrument_code, product_set_code, name, description,"
				+ " story, packaging, gtin, status, registered_on, search_text, created_at, created_by, updated_at, updated_by)"
				+ " VALUES (:code, :subject, :instrument, :set, :name, :description, :story, :packaging, :gtin, :status,"
				+ " :registeredOn, :search, :now, :actor, :now, :actor) RETURNING id")
			.params(productParameters(product))
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	void updateProduct(long id, StoredProduct product, String actor, Instant now) {
		jdbc.sql("UPDATE ocop_product SET code = :code, instrument_code = :instrument, product_set_code = :set, name = :name,"
				+ " description = :description, story = :story, packaging = :packaging, gtin = :gtin, status = :status,"
				+ " registered_on = :registeredOn, search_text = :search, updated_at = :now, updated_by = :actor,"
				+ " version = version + 1 WHERE id = :id")
			.params(productParameters(product))
			.param("id", id)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actor", actor)
			.update();
	}

	private static Map<String, Object> productParameters(StoredProduct product) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("code", product.code());
		params.put("subject", product.subjectId());
		params.put("instrument", product.instrumentCode());
		params.put("set", product.productSetCode());
		params.put("name", product.name());
		params.put("description", product.description());
		params.put("story", product.story());
		params.put("packaging", product.packaging());
		params.put("gtin", product.gtin());
		params.put("status", product.status().name());
		params.put("registeredOn", product.registeredOn());
		params.put("search", SearchText.fold(String.join(" ", product.name(), nonNull(product.code()), nonNull(product.gtin()),
				nonNull(product.subjectName()))));
		return params;
	}

	Optional<ProductView> product(long id) {
		return products(" WHERE p.id = :id", Map.of("id", id)).stream().findFirst();
	}

	Optional<ProductView> productByCode(String code) {
		return products(" WHERE p.code = :code", Map.of("code", code)).stream().findFirst();
	}

	List<ProductView> productsOfSubject(long subjectId) {
		return products(" WHERE p.subject_id = :id ORDER BY p.code NULLS LAST, p.id", Map.of("id", subjectId));
	}

	long countProducts(ProductQuery query, OcopAccess.Filter scope) {
		Where where = Where.products(query, scope);
		return jdbc.sql("SELECT count(*) FROM ocop_product p JOIN ocop_subject s ON s.id = p.subject_id"
				+ " JOIN ocop_product_set ps ON ps.instrument_code = p.instrument_code AND ps.code = p.product_set_code"
				+ where.sql()).params(where.params()).query(Long.class).single();
	}

	List<ProductView> products(ProductQuery query, OcopAccess.Filter scope, int offset, int limit) {
		Where where = Where.products(query, scope);
		Map<String, Object> params = new LinkedHashMap<>(where.params());
		params.put("limit", limit);
		params.put("offset", offset);
		return products(where.sql() + " ORDER BY p.code NULLS FIRST, p.id LIMIT :limit OFFSET :offset", params);
	}

	private List<ProductView> products(String tail, Map<String, ?> params) {
		List<ProductView> rows = jdbc.sql(PRODUCT_SELECT + tail).params(params).query((rs, n) -> {
			Subject subject = subject(rs);
			return new ProductView(rs.getLong("product_id"), rs.getString("code"), ProductStatus.valueOf(rs.getString("status")),
					rs.getObject("registered_on", LocalDate.class), view(subject, null), rs.getString("instrument_code"),
					rs.getString("product_set_code"), rs.getString("set_name"), rs.getString("group_code"),
					rs.getString("product_name"), rs.getString("description"), rs.getString("story"),
					rs.getString("packaging"), rs.getString("gtin"), List.of());
		}).list();
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<Long>> photos = new LinkedHashMap<>();
		jdbc.sql("SELECT id, product_id FROM ocop_product_photo WHERE product_id IN (:ids) ORDER BY id")
			.param("ids", rows.stream().map(ProductView::id).toList())
			.query(rs -> {
				photos.computeIfAbsent(rs.getLong("product_id"), id -> new java.util.ArrayList<>()).add(rs.getLong("id"));
			});
		return rows.stream().map(row -> new ProductView(row.id(), row.code(), row.status(), row.registeredOn(), row.subject(),
				row.instrumentCode(), row.productSetCode(), row.productSetName(), row.groupCode(), row.name(),
				row.description(), row.story(), row.packaging(), row.gtin(), List.copyOf(photos.getOrDefault(row.id(), List.of()))))
			.toList();
	}

	long subjectIdOfProduct(long productId) {
		return jdbc.sql("SELECT subject_id FROM ocop_product WHERE id = :id").param("id", productId).query(Long.class).single();
	}

	boolean gtinTaken(String gtin, Long exceptProductId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM ocop_product WHERE gtin = :gtin AND id <> :id)")
			.param("gtin", gtin)
			.param("id", exceptProductId == null ? -1L : exceptProductId)
			.query(Boolean.class)
			.single();
	}

	// ------------------------------------------------------------------------------------ photos

	long insertPhoto(long productId, String contentType, String fileName, byte[] data, String actor, Instant now) {
		return jdbc.sql("INSERT INTO ocop_product_photo (product_id, content_type, file_name, size_bytes, data, uploaded_at, uploaded_by)"
				+ " VALUES (:product, :type, :file, :size, :data, :now, :actor) RETURNING id")
			.param("product", productId)
			.param("type", contentType)
			.param("file", fileName)
			.param("size", data.length)
			.param("data", data)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	int photoCount(long productId) {
		return jdbc.sql("SELECT count(*) FROM ocop_product_photo WHERE product_id = :id").param("id", productId)
			.query(Integer.class).single();
	}

	Optional<Photo> photo(long productId, long photoId) {
		return jdbc.sql("SELECT content_type, data FROM ocop_product_photo WHERE id = :id AND product_id = :product")
			.param("id", photoId)
			.param("product", productId)
			.query((rs, n) -> new Photo(rs.getString("content_type"), rs.getBytes("data")))
			.optional();
	}

	/** A stored photo: its sniffed content type and bytes. */
	record Photo(String contentType, byte[] data) {
	}

	// ------------------------------------------------------------------------------------ helpers

	static SubjectView view(Subject subject, Function<String, String> unitNames) {
		return new SubjectView(subject.id(), subject.kind(), subject.organisationId(), subject.name(), subject.taxCode(),
				subject.unitCode(), unitNames == null ? subject.unitCode() : unitNames.apply(subject.unitCode()),
				subject.address());
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}

	/** A product's stored fields. */
	record StoredProduct(String code, long subjectId, String subjectName, String instrumentCode, String productSetCode,
			String name, String description, String story, String packaging, String gtin, ProductStatus status,
			LocalDate registeredOn) {

		Map<String, Object> auditValues() {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("code", code);
			values.put("subjectId", subjectId);
			values.put("instrumentCode", instrumentCode);
			values.put("productSetCode", productSetCode);
			values.put("name", name);
			values.put("description", description);
			values.put("story", story);
			values.put("packaging", packaging);
			values.put("gtin", gtin);
			values.put("status", status.name());
			values.put("registeredOn", registeredOn == null ? null : registeredOn.toString());
			return values;
		}

	}

	/** The WHERE clause of a list and its parameters. */
	record Where(String sql, Map<String, Object> params) {

		static Where subjects(ProductQuery query, OcopAccess.Filter scope) {
			StringBuilder sql = new StringBuilder(" WHERE ").append(scope.sql());
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("scope", scope.scope());
			common(query, sql, params, "s");
			return new Where(sql.toString(), params);
		}

		static Where products(ProductQuery query, OcopAccess.Filter scope) {
			StringBuilder sql = new StringBuilder(" WHERE ").append(scope.sql());
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("scope", scope.scope());
			if (query.productSetCode() != null) {
				sql.append(" AND p.product_set_code = :set");
				params.put("set", query.productSetCode());
			}
			if (query.groupCode() != null) {
				sql.append(" AND ps.group_code = :group");
				params.put("group", query.groupCode());
			}
			common(query, sql, params, "p");
			return new Where(sql.toString(), params);
		}

		private static void common(ProductQuery query, StringBuilder sql, Map<String, Object> params, String textAlias) {
			if (query.unitCode() != null) {
				sql.append(" AND :unit = ANY (s.area_codes)");
				params.put("unit", query.unitCode());
			}
			if (query.kind() != null) {
				sql.append(" AND s.kind = :kind");
				params.put("kind", query.kind().name());
			}
			if (query.text() != null) {
				String[] words = Arrays.stream(SearchText.fold(query.text()).split(" ")).filter(w -> !w.isEmpty()).limit(10)
					.toArray(String[]::new);
				for (int i = 0; i < words.length; i++) {
					sql.append(" AND ").append(textAlias).append(".search_text LIKE :word").append(i).append(" ESCAPE '\\'");
					params.put("word" + i, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
				}
			}
		}

	}

	List<Long> registeredProductIds(String areaCode, int limit) {
		return jdbc.sql("SELECT p.id FROM ocop_product p JOIN ocop_subject s ON s.id = p.subject_id"
				+ " WHERE p.status = 'REGISTERED' AND :area = ANY (s.area_codes) ORDER BY p.registered_on, p.id LIMIT :limit")
			.param("area", areaCode)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

}
