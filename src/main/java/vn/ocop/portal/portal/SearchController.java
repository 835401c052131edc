package vn.ocop.portal.portal;

import java.util.Locale;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ocop.portal.shared.web.Formats;
import vn.ocop.portal.shared.web.Languages;

/** The public site search ({@code /tim-kiem?q=...}), where the header's search box leads. */
@Controller
class SearchController {

	private final SiteSearch siteSearch;

	private final MessageSource messages;

	private final Formats formats;

	SearchController(SiteSearch siteSearch, MessageSource messages, Formats formats) {
		this.siteSearch = siteSearch;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/tim-kiem")
	String showResults(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "loai", required = false) String kind, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		// the hits' links as the template's @{...} writes them: context path, then the response's URL encoding
		String contextPath = request.getContextPath();
		UnaryOperator<String> link = path -> response.encodeURL(contextPath + path);
		SiteSearch.Results results = siteSearch.search(query, kind, Languages.supported(locale), link);
		model.addAttribute("results", results);
		if (results.asked()) {
			model.addAttribute("view", SearchView.of(results, messages, formats, locale, link));
		}
		model.addAttribute("maxQueryLength", SiteSearch.MAX_QUERY_LENGTH);
		return "portal/search";
	}

}
