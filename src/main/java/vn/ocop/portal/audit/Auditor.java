package vn.ocop.portal.audit;

/**
 * Records changes to official data. Call it inside the transaction that makes the change, so that
 * the change and its audit row are stored together or not at all: the auditor joins the caller's
 * transaction (and opens its own only when there is none).
 * <p>
 * The actor is the signed-in user's username, {@code anonymous} for a request without a signed-in
 * user (a citizen), or {@code system} outside any web request (scheduled jobs, data loaders). The
 * client's IP address and user agent are taken from the current request.
 * <p>
 * There is deliberately no way to change or remove what was recorded: the audit log is
 * append-only, and the database refuses UPDATE, DELETE and TRUNCATE on it.
 */
public interface Auditor {

	/** The actor recorded outside any web request. */
	String SYSTEM = "system";

	/** The actor recorded for a web request without a signed-in user. */
	String ANONYMOUS = "anonymous";

	void record(AuditRecord record);

}
