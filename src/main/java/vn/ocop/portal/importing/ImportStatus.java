package vn.ocop.portal.importing;

/**
 * Where an import job stands. {@code QUEUED → RUNNING → SUCCEEDED | FAILED}; a job a crashed node
 * left {@code QUEUED} or {@code RUNNING} is marked {@code FAILED} by the next node that starts
 * (after {@code ocop.importing.abandoned-after}).
 */
public enum ImportStatus {

	/** Accepted, waiting for a worker. */
	QUEUED,
	/** Being checked (pass 1) or stored (pass 2). */
	RUNNING,
	/** Every row stored, in one transaction. */
	SUCCEEDED,
	/** Nothing stored: row problems, a store error, or the job was abandoned. */
	FAILED;

	public boolean isFinished() {
		return this == SUCCEEDED || this == FAILED;
	}

	public String messageKey() {
		return "importing.status." + name();
	}

}
