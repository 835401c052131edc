package vn.ocop.portal.shared.web;

import java.util.List;

/**
 * Implemented by modules that add entries to the public navigation or to the back office's
 * navigation; the layouts collect them through {@link Menus}, so the shell never needs to know
 * the modules.
 */
public interface MenuContribution {

	/** Entries of the public portal's main navigation. */
	default List<MenuItem> publicItems() {
		return List.of();
	}

	/** Entries of the back office's navigation by module. */
	default List<MenuItem> backOfficeItems() {
		return List.of();
	}

}
