package vn.ocop.portal.audit;

/**
 * Records changes to official data. Call it inside the transaction that makes the change, so that
 * the change and its audit row are stored together or not at all. The actor (signed-in user or
 * {@code system}) and the client's IP address are taken from the current request.
 */
public interface Auditor {

	void record(AuditRecord record);

}
