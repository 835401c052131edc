package vn.ocop.portal.certification;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;

/** The back-office entries of certification: decisions and certificates, reminders; pending revocations for managers. */
@Component
class CertificationMenu implements MenuContribution {

	@Override
	public List<MenuItem> backOfficeItems() {
		List<MenuItem> items = new java.util.ArrayList<>(List.of(Role.PROVINCIAL_OFFICER, Role.LOCAL_OFFICER, Role.ORGANISATION_REP)
			.stream()
			.map(role -> MenuItem.forAuthority("certification.menu", CertificationController.PATH, role.authority(), 315))
			.toList());
		// pending revocation cases: the competent level (the province's and the ministry's managers)
		items.add(MenuItem.forAuthority("certification.revocations.menu", CertificationController.PATH + "/revocations",
				Role.PROVINCIAL_OFFICER.authority(), 316));
		return items;
	}

}
