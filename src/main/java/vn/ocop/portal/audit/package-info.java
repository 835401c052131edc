/**
 * Audit: one mechanism every module uses to record who changed which official data, when, from
 * where, and the values before and after. Audit rows cannot be changed through the application:
 * there is no update or delete anywhere, and a database trigger refuses UPDATE, DELETE and
 * TRUNCATE on {@code audit_entry}.
 * <p>
 * Public face: {@link vn.ocop.portal.audit.Auditor} with {@link vn.ocop.portal.audit.AuditRecord}
 * (write, in the caller's transaction) and {@link vn.ocop.portal.audit.AuditTrail} with
 * {@link vn.ocop.portal.audit.AuditQuery} and {@link vn.ocop.portal.audit.AuditEntryView} (read).
 * The administration pages live under {@code /admin/audit}. See {@code docs/audit.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.ocop.portal.audit;
