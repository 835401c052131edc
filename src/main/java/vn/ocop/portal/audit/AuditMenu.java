package vn.ocop.portal.audit;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;

/** Adds the audit log to the administrator's back-office navigation. */
@Component
class AuditMenu implements MenuContribution {

	@Override
	public List<MenuItem> backOfficeItems() {
		return List.of(MenuItem.forAuthority("audit.menu", AuditController.PATH, "ROLE_ADMIN", 900));
	}

}
