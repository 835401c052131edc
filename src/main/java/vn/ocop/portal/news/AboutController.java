package vn.ocop.portal.news;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import vn.ocop.portal.shared.web.CacheablePage;

/**
 * The "about" page (Decree 42/2022: information about the organisation in Vietnamese and English):
 * its text is in the message bundles, so each language shows its own.
 */
@Controller
class AboutController {

	static final String PATH = "/gioi-thieu";

	@CacheablePage
	@GetMapping(PATH)
	String showAbout() {
		return "news/public/about";
	}

}
