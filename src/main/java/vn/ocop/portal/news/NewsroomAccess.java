package vn.ocop.portal.news;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopeGuard;
import vn.ocop.portal.identity.ScopedUser;

/**
 * Who may work in the newsroom ({@code @newsroomAccess} in {@code @PreAuthorize}): editors and
 * publishers whose data scope covers the province that runs the portal. Publishers may also
 * review, schedule, publish, unpublish and archive; they and the province's administrators keep the
 * categories.
 */
@Component("newsroomAccess")
class NewsroomAccess {

	private final ScopeGuard scopeGuard;

	private final String provinceCode;

	NewsroomAccess(ScopeGuard scopeGuard, @Value("${ocop.portal.province-code:06}") String provinceCode) {
		this.scopeGuard = scopeGuard;
		this.provinceCode = provinceCode;
	}

	/** Editors and publishers of the portal's province. */
	public boolean mayWrite() {
		return scopeGuard.currentUser()
			.filter(user -> user.role() == Role.EDITOR || user.role() == Role.PUBLISHER)
			.filter(this::coversProvince)
			.isPresent();
	}

	/** Publishers of the portal's province. */
	public boolean mayPublish() {
		return scopeGuard.currentUser().filter(user -> user.role() == Role.PUBLISHER).filter(this::coversProvince).isPresent();
	}

	/** Publishers and administrators of the portal's province: the news categories. */
	public boolean mayManageCategories() {
		return scopeGuard.currentUser()
			.filter(user -> user.role() == Role.PUBLISHER || user.role() == Role.ADMIN)
			.filter(this::coversProvince)
			.isPresent();
	}

	/** The signed-in user's name as the newsroom records it, {@code system} for scheduled work. */
	String actor() {
		return scopeGuard.currentUser().map(ScopedUser::username).orElse(vn.ocop.portal.audit.Auditor.SYSTEM);
	}

	private boolean coversProvince(ScopedUser user) {
		return scopeGuard.covers(user.scope(), provinceCode);
	}

}
