package vn.ocop.portal.shared.web;

/**
 * One entry of a navigation menu, contributed by a module.
 *
 * @param messageKey key of the label in the message bundles
 * @param path       the link, relative to the context path
 * @param authority  the authority the user needs to see it ({@code null}: everyone who sees the menu)
 * @param order      position, smaller first
 */
public record MenuItem(String messageKey, String path, String authority, int order) {

	public MenuItem {
		if (messageKey == null || messageKey.isBlank() || path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("A menu item needs a message key and an absolute path");
		}
	}

	public static MenuItem forEveryone(String messageKey, String path, int order) {
		return new MenuItem(messageKey, path, null, order);
	}

	public static MenuItem forAuthority(String messageKey, String path, String authority, int order) {
		return new MenuItem(messageKey, path, authority, order);
	}

}
