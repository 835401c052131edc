package vn.ocop.portal.news;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;

/**
 * The news pages in the public navigation, the newsroom in the back office (editors, and publishers
 * through them), the categories' administration (publishers and administrators).
 */
@Component
class NewsMenu implements MenuContribution {

	@Override
	public List<MenuItem> publicItems() {
		return List.of(MenuItem.forEveryone("news.menu.public", NewsPublicController.PATH, 100),
				MenuItem.forEveryone("news.menu.about", AboutController.PATH, 900));
	}

	@Override
	public List<MenuItem> backOfficeItems() {
		return List.of(MenuItem.forAuthority("news.menu.newsroom", NewsroomController.PATH, Role.EDITOR.authority(), 600),
				MenuItem.forAuthority("news.menu.media", MediaController.PATH, Role.EDITOR.authority(), 610),
				// publishers and administrators (each has one role; the administrator's does not imply the publisher's)
				MenuItem.forAuthority("news.menu.categories", CategoryController.PATH, Role.PUBLISHER.authority(), 620),
				MenuItem.forAuthority("news.menu.categories", CategoryController.PATH, Role.ADMIN.authority(), 620));
	}

}
