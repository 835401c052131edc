/**
 * Portal shell: the public home page, the back-office dashboard every role lands on after login,
 * site search over what modules contribute, and the friendly error pages. It knows the other
 * modules only through the contracts of {@code shared.web} (menus, home tiles, search providers)
 * and identity's public types (the signed-in user and their data scope).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal shell")
package vn.ocop.portal.portal;
