package vn.ocop.portal.audit;

/**
 * One change to official data, as a module reports it to the {@link Auditor}.
 *
 * @param module     the module that made the change, e.g. {@code identity}
 * @param entityType the kind of record, e.g. {@code User}, {@code AdministrativeUnitSet}
 * @param entityId   the record's identifier (code, id, registration number)
 * @param action     what happened, e.g. {@code CREATED}, {@code UPDATED}, {@code DISABLED}
 * @param before     the values before the change (null when created); serialised as JSON, best
 *                   a record or a map so that the changed fields can be shown key by key
 * @param after      the values after the change (null when removed); serialised as JSON
 */
public record AuditRecord(String module, String entityType, String entityId, String action, Object before, Object after) {

	public AuditRecord {
		require(module, "module", 40);
		require(entityType, "entityType", 80);
		require(entityId, "entityId", 200);
		require(action, "action", 40);
	}

	public static AuditRecord created(String module, String entityType, String entityId, Object after) {
		return new AuditRecord(module, entityType, entityId, "CREATED", null, after);
	}

	public static AuditRecord updated(String module, String entityType, String entityId, Object before, Object after) {
		return new AuditRecord(module, entityType, entityId, "UPDATED", before, after);
	}

	public static AuditRecord removed(String module, String entityType, String entityId, Object before) {
		return new AuditRecord(module, entityType, entityId, "REMOVED", before, null);
	}

	private static void require(String value, String name, int maxLength) {
		if (value == null || value.isBlank() || value.length() > maxLength) {
			throw new IllegalArgumentException("Audit record needs a " + name + " of 1.." + maxLength + " characters");
		}
	}

}
