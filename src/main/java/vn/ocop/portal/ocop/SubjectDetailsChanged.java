package vn.ocop.portal.ocop;

/**
 * An OCOP subject's facts (name, address, areas, contact) changed; its products' pages show them.
 *
 * @param subjectId the subject
 */
public record SubjectDetailsChanged(long subjectId) {
}
