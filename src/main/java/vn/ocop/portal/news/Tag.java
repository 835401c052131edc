package vn.ocop.portal.news;

/** A tag readers can follow ({@code /tin-tuc/the/{slug}}); created when an editor first uses it. */
record Tag(long id, String slug, String name) {
}
