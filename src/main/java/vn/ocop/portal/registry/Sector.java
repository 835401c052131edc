package vn.ocop.portal.registry;

/** The sectors of collective-economy organisations (Decree 113/2024/NĐ-CP). */
public enum Sector {

	/** Agriculture, including forestry, fisheries and salt production. */
	AGRICULTURE,
	/** Industry and construction. */
	INDUSTRY_CONSTRUCTION,
	/** Finance and credit (people's credit funds). */
	FINANCE_CREDIT,
	/** Trade, services and other sectors. */
	TRADE_SERVICES_OTHER;

	public String messageKey() {
		return "registry.sector." + name();
	}

}
