package vn.ocop.portal.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Union memberships, in {@code registry_union_membership}. */
@Repository
class UnionMembershipStore {

	private static final String SELECT = """
			SELECT m.id, m.union_id, u.name AS union_name, m.member_id, c.name AS member_name, m.joined_on, m.left_on,
			       m.recorded_at, m.recorded_by
			FROM registry_union_membership m
			JOIN registry_organisation u ON u.id = m.union_id
			JOIN registry_organisation c ON c.id = m.member_id
			""";

	private final JdbcClient jdbc;

	UnionMembershipStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The memberships of a union (its members) or of a cooperative (its unions), oldest first. */
	List<UnionMembership> of(OrganisationId id) {
		return jdbc.sql(SELECT + " WHERE m.union_id = :id OR m.member_id = :id ORDER BY m.joined_on, m.id")
			.param("id", id.value())
			.query(UnionMembershipStore::map)
			.list();
	}

	Optional<UnionMembership> find(long membershipId) {
		return jdbc.sql(SELECT + " WHERE m.id = :id").param("id", membershipId).query(UnionMembershipStore::map).optional();
	}

	long add(OrganisationId union, OrganisationId member, LocalDate joinedOn, Instant now, String by) {
		return jdbc.sql("""
				INSERT INTO registry_union_membership (union_id, member_id, joined_on, recorded_at, recorded_by)
				VALUES (:union, :member, :joinedOn, :now, :by) RETURNING id""")
			.param("union", union.value())
			.param("member", member.value())
			.param("joinedOn", joinedOn)
			.param("now", OrganisationStore.timestamp(now))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	void end(long membershipId, LocalDate leftOn, Instant now, String by) {
		jdbc.sql("UPDATE registry_union_membership SET left_on = :leftOn, recorded_at = :now, recorded_by = :by WHERE id = :id")
			.param("leftOn", leftOn)
			.param("now", OrganisationStore.timestamp(now))
			.param("by", by)
			.param("id", membershipId)
			.update();
	}

	private static UnionMembership map(ResultSet rs, int row) throws SQLException {
		return new UnionMembership(rs.getLong("id"), new OrganisationId(rs.getString("union_id")), rs.getString("union_name"),
				new OrganisationId(rs.getString("member_id")), rs.getString("member_name"),
				rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by"));
	}

}
