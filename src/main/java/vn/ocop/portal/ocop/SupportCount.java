package vn.ocop.portal.ocop;

/**
 * How many support records of a kind lie in a unit for a year (see {@link OcopSupport#counts}).
 *
 * @param unitCode the unit asked for
 * @param kind     the kind of support
 * @param count    records of that kind whose subject lay in the unit
 */
public record SupportCount(String unitCode, SupportKind kind, long count) {
}
