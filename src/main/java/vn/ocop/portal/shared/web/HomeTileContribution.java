package vn.ocop.portal.shared.web;

import java.util.List;

/**
 * Implemented (as a bean) by modules that put a tile on the public home page, so the shell links
 * only to sections that exist.
 */
public interface HomeTileContribution {

	List<HomeTile> homeTiles();

}
