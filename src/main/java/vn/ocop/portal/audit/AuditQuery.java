package vn.ocop.portal.audit;

import java.time.LocalDate;

/**
 * Which audit entries to read. Every criterion is optional (null or blank: not filtered); all given
 * criteria must hold. Texts are compared exactly, except {@code text}, which is searched
 * case-insensitively in the entity type and id, the actor and the before/after values.
 *
 * @param module     the module that recorded the entry, e.g. {@code registry}
 * @param entityType the kind of record, e.g. {@code Cooperative}
 * @param entityId   the record's identifier
 * @param actor      the username (or {@code system}, {@code anonymous})
 * @param action     e.g. {@code UPDATED}
 * @param from       first day, inclusive, in Vietnam time
 * @param to         last day, inclusive, in Vietnam time
 * @param text       free text
 */
public record AuditQuery(String module, String entityType, String entityId, String actor, String action,
		LocalDate from, LocalDate to, String text) {

	static final int TEXT_LENGTH = 200;

	public AuditQuery {
		module = normalise(module);
		entityType = normalise(entityType);
		entityId = normalise(entityId);
		actor = normalise(actor);
		action = normalise(action);
		text = normalise(text);
		if (from != null && to != null && from.isAfter(to)) {
			throw new IllegalArgumentException("An audit query's first day " + from + " is after its last day " + to);
		}
		if (text != null && text.length() > TEXT_LENGTH) {
			throw new IllegalArgumentException("An audit query's text is at most " + TEXT_LENGTH + " characters");
		}
	}

	/** Every entry. */
	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null, null, null);
	}

	/** The history of one record. */
	public static AuditQuery forEntity(String entityType, String entityId) {
		if (entityType == null || entityType.isBlank() || entityId == null || entityId.isBlank()) {
			throw new IllegalArgumentException("An entity's history needs its type and id");
		}
		return new AuditQuery(null, entityType, entityId, null, null, null, null, null);
	}

	private static String normalise(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
