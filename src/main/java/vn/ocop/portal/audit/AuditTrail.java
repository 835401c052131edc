package vn.ocop.portal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log, newest first. Other modules show a record's history with
 * {@link #forEntity(String, String, Pageable)}; the administration page searches with
 * {@link #find(AuditQuery, Pageable)}. Pages hold {@value #DEFAULT_PAGE_SIZE} entries unless the
 * caller asks for another size, at most {@value #MAX_PAGE_SIZE}; the order is always newest first
 * (a sort in the {@link Pageable} is ignored). Read-only: the audit log has no way to be changed.
 */
@Component("auditTrail")
@Transactional(readOnly = true)
public class AuditTrail {

	public static final int DEFAULT_PAGE_SIZE = 50;

	public static final int MAX_PAGE_SIZE = 200;

	/** Days in queries are days in Vietnam, whatever the server's time zone. */
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String COLUMNS = """
			SELECT id, occurred_at, actor, actor_ip, user_agent, module, entity_type, entity_id, action,
			       before_value::text AS before_value, after_value::text AS after_value
			FROM audit_entry
			""";

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The first page of {@value #DEFAULT_PAGE_SIZE} entries. */
	public static Pageable firstPage() {
		return PageRequest.of(0, DEFAULT_PAGE_SIZE);
	}

	/** The entries matching the query, newest first. */
	public Page<AuditEntryView> find(AuditQuery query, Pageable page) {
		Pageable bounded = bounded(page);
		Filter filter = Filter.of(query == null ? AuditQuery.all() : query);
		List<AuditEntryView> content = jdbc.sql(COLUMNS + filter.where()
					+ " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(filter.parameters())
			.param("limit", bounded.getPageSize())
			.param("offset", bounded.getOffset())
			.query(AuditTrail::view)
			.list();
		return PageableExecutionUtils.getPage(content, bounded, () -> jdbc.sql("SELECT count(*) FROM audit_entry" + filter.where())
			.params(filter.parameters())
			.query(Long.class)
			.single());
	}

	/** The history of one record, newest first. */
	public Page<AuditEntryView> forEntity(String entityType, String entityId, Pageable page) {
		return find(AuditQuery.forEntity(entityType, entityId), page);
	}

	/** One entry by its number. */
	public Optional<AuditEntryView> findById(long id) {
		return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(AuditTrail::view).optional();
	}

	/** The page asked for, with its size bounded to 1..{@value #MAX_PAGE_SIZE} ({@value #DEFAULT_PAGE_SIZE} when unpaged). */
	static Pageable bounded(Pageable page) {
		if (page == null || page.isUnpaged()) {
			return firstPage();
		}
		return PageRequest.of(page.getPageNumber(), Math.min(Math.max(page.getPageSize(), 1), MAX_PAGE_SIZE));
	}

	private static AuditEntryView view(ResultSet rs, int row) throws SQLException {
		String before = rs.getString("before_value");
		String after = rs.getString("after_value");
		return new AuditEntryView(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("actor_ip"), rs.getString("user_agent"), rs.getString("module"),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"), before, after,
				ChangedFields.between(before, after));
	}

	/** The WHERE clause of a query: fixed SQL fragments, every value a named parameter. */
	private record Filter(String where, Map<String, Object> parameters) {

		static Filter of(AuditQuery query) {
			StringBuilder where = new StringBuilder();
			Map<String, Object> parameters = new LinkedHashMap<>();
			add(where, parameters, "module = :module", "module", query.module());
			add(where, parameters, "entity_type = :entityType", "entityType", query.entityType());
			add(where, parameters, "entity_id = :entityId", "entityId", query.entityId());
			add(where, parameters, "actor = :actor", "actor", query.actor());
			add(where, parameters, "action = :action", "action", query.action());
			add(where, parameters, "occurred_at >= :fromInclusive", "fromInclusive", startOf(query.from()));
			add(where, parameters, "occurred_at < :toExclusive", "toExclusive",
					query.to() == null ? null : startOf(query.to().plusDays(1)));
			add(where, parameters, """
					(entity_id ILIKE :text ESCAPE '\\' OR entity_type ILIKE :text ESCAPE '\\' OR actor ILIKE :text ESCAPE '\\'
					 OR before_value::text ILIKE :text ESCAPE '\\' OR after_value::text ILIKE :text ESCAPE '\\')""",
					"text", query.text() == null ? null : "%" + escapeLike(query.text()) + "%");
			return new Filter(where.toString(), parameters);
		}

		private static void add(StringBuilder where, Map<String, Object> parameters, String condition, String name, Object value) {
			if (value != null) {
				where.append(where.isEmpty() ? " WHERE " : " AND ").append(condition);
				parameters.put(name, value);
			}
		}

		private static OffsetDateTime startOf(LocalDate day) {
			return day == null ? null : day.atStartOfDay(VIETNAM).toOffsetDateTime();
		}

		private static String escapeLike(String text) {
			return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		}

	}

}
