package vn.ocop.portal.registry;

/**
 * The three kinds of collective-economy organisations (domain §3, Law on Cooperatives 17/2023/QH15).
 */
public enum OrganisationKind {

	/** Tổ hợp tác: cooperative group; no legal personality, a cooperation contract of at least 2 members. */
	THT,
	/** Hợp tác xã: cooperative; a legal entity of official members (and associates). */
	HTX,
	/** Liên hiệp hợp tác xã: union of cooperatives; its members are cooperatives. */
	LHHTX;

	/** Key of the kind's name in the message bundles, e.g. {@code registry.kind.HTX}. */
	public String messageKey() {
		return "registry.kind." + name();
	}

	/** Whether the organisation is a legal entity (needs a registration number and a tax code). */
	public boolean legalEntity() {
		return this != THT;
	}

	/** Whether its members are cooperatives rather than people and organisations. */
	public boolean isUnion() {
		return this == LHHTX;
	}

}
