package vn.ocop.portal.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audit entry as other modules and the administration page read it.
 *
 * @param id            the entry's number
 * @param occurredAt    when the change was recorded
 * @param actor         username, {@code anonymous} or {@code system}
 * @param ip            the client's address ({@code null} outside web requests)
 * @param userAgent     the client's user agent, truncated ({@code null} outside web requests)
 * @param module        the module that recorded it
 * @param entityType    the kind of record
 * @param entityId      the record's identifier
 * @param action        what happened, e.g. {@code UPDATED}
 * @param before        the values before, as JSON text ({@code null} when created)
 * @param after         the values after, as JSON text ({@code null} when removed)
 * @param changedFields the top-level fields whose values differ between before and after, in
 *                      order of appearance ({@code $} stands for a value that is not a JSON object)
 */
public record AuditEntryView(long id, Instant occurredAt, String actor, String ip, String userAgent, String module,
		String entityType, String entityId, String action, String before, String after, List<String> changedFields) {

	public AuditEntryView {
		changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
	}

	/** Whether this field's value differs between before and after. */
	public boolean changed(String field) {
		return changedFields.contains(field);
	}

}
