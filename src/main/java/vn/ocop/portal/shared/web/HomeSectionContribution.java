package vn.ocop.portal.shared.web;

import java.util.List;
import java.util.Locale;

/**
 * Implemented (as a bean) by modules that show a block of their latest public items on the home
 * page: the newsroom's latest articles, later OCOP highlights or answered petitions. The portal
 * renders every section the same way (a heading, cards, a link to everything).
 */
public interface HomeSectionContribution {

	/** The sections to show now, in the reader's language; empty when there is nothing to show. */
	List<HomeSection> homeSections(Locale locale);

}
