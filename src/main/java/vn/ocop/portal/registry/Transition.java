package vn.ocop.portal.registry;

/** The dated events of an organisation's life cycle; each leaves the organisation in one status. */
public enum Transition {

	REGISTERED(OrganisationStatus.OPERATING),
	SUSPENDED(OrganisationStatus.SUSPENDED),
	RESUMED(OrganisationStatus.OPERATING),
	DISSOLVED(OrganisationStatus.DISSOLVED);

	private final OrganisationStatus result;

	Transition(OrganisationStatus result) {
		this.result = result;
	}

	/** The status the organisation is in after this event. */
	public OrganisationStatus result() {
		return result;
	}

	public String messageKey() {
		return "registry.transition." + name();
	}

}
