package vn.ocop.portal.importing;

import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopedUser;

/**
 * Who imports from the command line when no account is named ({@code --as}): the system, with
 * the rights of the provincial administrator over the portal's province, audited as
 * {@value Auditor#SYSTEM}.
 */
record SystemActor(DataScope scope) implements ScopedUser {

	static SystemActor ofProvince(String provinceCode) {
		return new SystemActor(DataScope.province(provinceCode));
	}

	@Override
	public String username() {
		return Auditor.SYSTEM;
	}

	@Override
	public String displayName() {
		return Auditor.SYSTEM;
	}

	@Override
	public Role role() {
		return Role.ADMIN;
	}

}
