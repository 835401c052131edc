package vn.ocop.portal.certification;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;

/** The back-office entries of certification: decisions and certificates, reminders. */
@Component
class CertificationMenu implements MenuContribution {

	@Override
	public List<MenuItem> backOfficeItems() {
		return List.of(Role.PROVINCIAL_OFFICER, Role.LOCAL_OFFICER, Role.ORGANISATION_REP)
			.stream()
			.map(role -> MenuItem.forAuthority("certification.menu", CertificationController.PATH, role.authority(), 315))
			.toList();
	}

}
