/**
 * Audit: one mechanism every module uses to record who changed which official data, when, from
 * where, and the values before and after. Audit rows cannot be changed through the application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.ocop.portal.audit;
