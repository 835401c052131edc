package vn.ocop.portal.registry;

/** The kinds of members of a cooperative (Law on Cooperatives 17/2023/QH15). */
public enum MemberKind {

	/** Thành viên chính thức. */
	OFFICIAL,
	/** Thành viên liên kết góp vốn. */
	CAPITAL_CONTRIBUTING_ASSOCIATE,
	/** Thành viên liên kết không góp vốn. */
	NON_CONTRIBUTING_ASSOCIATE;

	public String messageKey() {
		return "registry.memberKind." + name();
	}

}
