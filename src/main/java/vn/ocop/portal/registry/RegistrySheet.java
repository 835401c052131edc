package vn.ocop.portal.registry;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.importing.SheetImporter;

/**
 * A sheet of the registry's import: besides the provincial roles, local officers may import it;
 * each row is then checked against their data scope.
 */
interface RegistrySheet<R> extends SheetImporter<R> {

	@Override
	default boolean mayImport(ScopedUser user) {
		return DEFAULT_ROLES.contains(user.role()) || user.role() == Role.LOCAL_OFFICER;
	}

}
