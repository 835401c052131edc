/**
 * Identity: the people who sign in (one role, one data scope each), form login with lockout,
 * password changes, user administration, the security rules of the web application and the
 * scope checks other modules call ({@code @scopeGuard}). Units implement {@link
 * vn.ocop.portal.identity.UnitHierarchy}; identity never imports them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package vn.ocop.portal.identity;
