package vn.ocop.portal.portal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.web.HomeTile;
import vn.ocop.portal.shared.web.HomeTileContribution;

/** The shell's own sections: site search, and the sign-in for officials (last). */
@Component
class PortalHomeTiles implements HomeTileContribution {

	@Override
	public List<HomeTile> homeTiles() {
		return List.of(
				new HomeTile("portal.tile.search.title", "portal.tile.search.text", "/tim-kiem", 800),
				new HomeTile("portal.tile.login.title", "portal.tile.login.text", "/login", 900));
	}

}
