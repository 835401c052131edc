package vn.ocop.portal.ocop;

/**
 * What the public may read of a product changed: its facts (name, description, story, packaging,
 * GTIN, product set), its registration (it got its code) or its photos.
 *
 * @param productId the product
 */
public record ProductDetailsChanged(long productId) {
}
