package vn.ocop.portal.catalogue;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.web.HomeTile;
import vn.ocop.portal.shared.web.HomeTileContribution;
import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;

/** The directory of cooperatives in the public navigation and on the home page. */
@Component
class CatalogueNavigation implements MenuContribution, HomeTileContribution {

	@Override
	public List<MenuItem> publicItems() {
		return List.of(MenuItem.forEveryone("catalogue.menu.directory", DirectoryController.PATH, 30));
	}

	@Override
	public List<HomeTile> homeTiles() {
		return List.of(new HomeTile("catalogue.tile.directory.title", "catalogue.tile.directory.text", DirectoryController.PATH, 30));
	}

}
