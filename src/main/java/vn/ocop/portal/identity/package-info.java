/**
 * Identity and access: user accounts, the eight roles and their data scopes (nation, province,
 * administrative unit, organisation, council, department), form login with lockout, password
 * changes, user administration, the security rules of the web application and the
 * {@link vn.ocop.portal.identity.ScopeGuard} that {@code @PreAuthorize} expressions of every module
 * call. It learns about administrative units only through the
 * {@link vn.ocop.portal.identity.UnitHierarchy} SPI, which the units module implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access", allowedDependencies = "audit")
package vn.ocop.portal.identity;
