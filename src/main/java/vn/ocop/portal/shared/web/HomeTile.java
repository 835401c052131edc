package vn.ocop.portal.shared.web;

/**
 * A tile on the public home page that leads to one section of the portal.
 *
 * @param titleKey       key of the tile's title in the message bundles
 * @param descriptionKey key of its one-sentence description
 * @param path           the link, relative to the context path
 * @param order          position, smaller first
 */
public record HomeTile(String titleKey, String descriptionKey, String path, int order) {

	public HomeTile {
		if (titleKey == null || titleKey.isBlank() || descriptionKey == null || descriptionKey.isBlank()) {
			throw new IllegalArgumentException("A home tile needs a title key and a description key");
		}
		if (path == null || !path.startsWith("/") || path.startsWith("//")) {
			throw new IllegalArgumentException("A home tile needs a path inside the portal, got " + path);
		}
	}

}
