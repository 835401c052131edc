package vn.ocop.portal.identity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units identity's tests need, standing in for the units module (which implements
 * {@link UnitHierarchy} in its own branch): province 06 Bắc Kạn with its eight districts of 2022,
 * and province 19 Thái Nguyên with one district.
 */
class BacKanUnits implements UnitHierarchy {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("06", "Tỉnh Bắc Kạn"),
			Map.entry("058", "Thành phố Bắc Kạn"), Map.entry("060", "Huyện Pác Nặm"), Map.entry("061", "Huyện Ba Bể"),
			Map.entry("062", "Huyện Ngân Sơn"), Map.entry("063", "Huyện Bạch Thông"), Map.entry("064", "Huyện Chợ Đồn"),
			Map.entry("065", "Huyện Chợ Mới"), Map.entry("066", "Huyện Na Rì"), Map.entry("19", "Tỉnh Thái Nguyên"),
			Map.entry("164", "Thành phố Thái Nguyên"));

	private static final Map<String, Set<String>> CHILDREN = Map.of("06",
			Set.of("058", "060", "061", "062", "063", "064", "065", "066"), "19", Set.of("164"));

	@Override
	public boolean exists(String unitCode) {
		return NAMES.containsKey(unitCode);
	}

	@Override
	public boolean contains(String ancestorCode, String unitCode) {
		return ancestorCode.equals(unitCode) || CHILDREN.getOrDefault(ancestorCode, Set.of()).contains(unitCode);
	}

	@Override
	public Optional<String> nameOf(String unitCode) {
		return Optional.ofNullable(NAMES.get(unitCode));
	}

	@Override
	public java.util.List<String> territorialCodesValidOn(java.time.LocalDate date) {
		return NAMES.keySet().stream().sorted().toList();
	}

}
