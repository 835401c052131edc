package vn.ocop.portal.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ocop.portal.shared.web.SearchText;

/** The users, stored in {@code identity_user}. */
@Repository
class Users {

	private static final String COLUMNS = """
			username, display_name, email, password_hash, role, scope_kind, scope_reference, enabled,
			failed_attempts, locked_until, password_changed_at, created_at, updated_at""";


	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<User> findByUsername(Username username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity_user WHERE username = :username")
			.param("username", username.value())
			.query(Users::map)
			.optional();
	}

	/** Reads the user and locks the row until the transaction ends (several nodes count failures). */
	Optional<User> findForUpdate(Username username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity_user WHERE username = :username FOR UPDATE")
			.param("username", username.value())
			.query(Users::map)
			.optional();
	}

	boolean exists(Username username) {
		return jdbc.sql("SELECT count(*) FROM identity_user WHERE username = :username")
			.param("username", username.value())
			.query(Long.class)
			.single() > 0;
	}

	/** @throws UserRuleViolation when the username is taken */
	void add(User user) {
		try {
			insert(user, "");
		}
		catch (DuplicateKeyException ex) {
			throw new UserRuleViolation("username", "user.username.taken");
		}
	}

	/** Adds the user unless the username is taken; returns whether it was added. */
	boolean addIfAbsent(User user) {
		return insert(user, " ON CONFLICT (username) DO NOTHING") == 1;
	}

	void update(User user) {
		int rows = jdbc.sql("""
				UPDATE identity_user SET display_name = :displayName, email = :email, password_hash = :passwordHash,
				  role = :role, scope_kind = :scopeKind, scope_reference = :scopeReference, enabled = :enabled,
				  failed_attempts = :failedAttempts, locked_until = :lockedUntil,
				  password_changed_at = :passwordChangedAt, updated_at = :updatedAt, search_text = :searchText
				WHERE username = :username""")
			.params(parameters(user))
			.update();
		if (rows != 1) {
			throw new IllegalStateException("User " + user.username() + " is not stored");
		}
	}

	/**
	 * One page of users, sorted by username.
	 *
	 * @param role null for every role
	 * @param text null or blank for everyone; else a part of the username, display name or e-mail,
	 *             with or without diacritics
	 */
	Page<User> search(Role role, String text, PageRequest page) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new LinkedHashMap<>();
		if (role != null) {
			where.append(" AND role = :role");
			params.put("role", role.name());
		}
		String folded = fold(text);
		if (!folded.isEmpty()) {
			where.append(" AND search_text LIKE :pattern ESCAPE '\\'");
			params.put("pattern", "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		long total = jdbc.sql("SELECT count(*) FROM identity_user" + where).params(params).query(Long.class).single();
		List<User> users = jdbc
			.sql("SELECT " + COLUMNS + " FROM identity_user" + where + " ORDER BY username LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(Users::map)
			.list();
		return new PageImpl<>(users, page, total);
	}

	static String fold(String text) {
		return SearchText.fold(text);
	}

	private int insert(User user, String onConflict) {
		return jdbc.sql("INSERT INTO identity_user (" + COLUMNS + ", search_text) VALUES (:username, :displayName, :email,"
				+ " :passwordHash, :role, :scopeKind, :scopeReference, :enabled, :failedAttempts, :lockedUntil,"
				+ " :passwordChangedAt, :createdAt, :updatedAt, :searchText)" + onConflict)
			.params(parameters(user))
			.update();
	}

	private static Map<String, Object> parameters(User user) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("username", user.username().value());
		params.put("displayName", user.displayName());
		params.put("email", user.email());
		params.put("passwordHash", user.passwordHash());
		params.put("role", user.role().name());
		params.put("scopeKind", user.scope().kind().name());
		params.put("scopeReference", user.scope().reference());
		params.put("enabled", user.enabled());
		params.put("failedAttempts", user.failedAttempts());
		params.put("lockedUntil", timestamp(user.lockedUntil()));
		params.put("passwordChangedAt", timestamp(user.passwordChangedAt()));
		params.put("createdAt", timestamp(user.createdAt()));
		params.put("updatedAt", timestamp(user.updatedAt()));
		params.put("searchText", fold(String.join(" ", user.username().value(), user.displayName(),
				user.email() == null ? "" : user.email())));
		return params;
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static User map(ResultSet rs, int row) throws SQLException {
		return User.restore(new Username(rs.getString("username")), rs.getString("display_name"), rs.getString("email"),
				rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
				new DataScope(DataScope.Kind.valueOf(rs.getString("scope_kind")), rs.getString("scope_reference")),
				rs.getBoolean("enabled"), rs.getInt("failed_attempts"), instant(rs, "locked_until"),
				instant(rs, "password_changed_at"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

}
