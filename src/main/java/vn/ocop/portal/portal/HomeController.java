package vn.ocop.portal.portal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.ocop.portal.shared.web.CacheablePage;
import vn.ocop.portal.shared.web.HomeSection;
import vn.ocop.portal.shared.web.HomeSectionContribution;

/**
 * The public home page: what the portal is for, the modules' sections of latest items (news ...),
 * and a tile for each section that exists. A section that fails is logged and left out.
 */
@Controller
class HomeController {

	private static final Logger log = LoggerFactory.getLogger(HomeController.class);

	private final HomeTiles tiles;

	private final ObjectProvider<HomeSectionContribution> sections;

	HomeController(HomeTiles tiles, ObjectProvider<HomeSectionContribution> sections) {
		this.tiles = tiles;
		this.sections = sections;
	}

	@CacheablePage
	@GetMapping("/")
	String showHome(Model model, Locale locale, jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response) {
		// revalidated on every view (HomePageEtag answers 304 when the page is the same); the header
		// differs for signed-in people, so their copy is private
		response.setHeader("Cache-Control", request.getUserPrincipal() == null ? "public, no-cache" : "private, no-cache");
		response.setHeader("Vary", "Cookie");
		model.addAttribute("tiles", tiles.all());
		model.addAttribute("sections", sections(locale));
		return "portal/home";
	}

	private List<HomeSection> sections(Locale locale) {
		return sections.orderedStream().flatMap(contribution -> {
			try {
				return contribution.homeSections(locale).stream();
			}
			catch (RuntimeException failure) {
				log.warn("Home section of {} failed; it is left out", contribution.getClass().getName(), failure);
				return java.util.stream.Stream.empty();
			}
		}).filter(section -> !section.items().isEmpty()).sorted(Comparator.comparingInt(HomeSection::order)).toList();
	}

}
