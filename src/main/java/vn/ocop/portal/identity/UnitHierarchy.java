package vn.ocop.portal.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What identity needs to know about administrative units to check territorial scopes. Implemented
 * by the units module (which depends on identity, not the other way round).
 */
public interface UnitHierarchy {

	/** Whether a unit with this code exists in any loaded unit set (open or closed). */
	boolean exists(String unitCode);

	/**
	 * Whether {@code unitCode} is {@code ancestorCode} itself or lies inside it, in any unit set
	 * (a 2022 commune of district 061 lies inside 061 and inside province 06).
	 */
	boolean contains(String ancestorCode, String unitCode);

	/** The unit's latest official name, e.g. {@code Huyện Ba Bể}. */
	Optional<String> nameOf(String unitCode);

	/**
	 * The codes of the units valid on the date that officers are appointed to: provinces and, below
	 * them, districts (before 7/2025) and communes, in official code order.
	 */
	List<String> territorialCodesValidOn(LocalDate date);

}
