package vn.ocop.portal.registry;

/**
 * An administrative unit as the registry shows it: code and official name on some date, and the
 * name of its province then (null for a province).
 */
public record UnitRef(String code, String name, String provinceName) {

	/** The name with its province (Xã Chợ Rã, Tỉnh Bắc Kạn), or just the name for a province. */
	public String label() {
		return provinceName == null || provinceName.equals(name) ? name : name + ", " + provinceName;
	}

}
