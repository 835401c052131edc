package vn.ocop.portal.registry;

import java.time.LocalDate;

/**
 * An organisation was registered in the registry.
 *
 * @param id               its code
 * @param kind             its kind
 * @param unitCode         the unit it was registered in
 * @param registrationDate its registration date
 */
public record OrganisationRegistered(OrganisationId id, OrganisationKind kind, String unitCode, LocalDate registrationDate) {
}
