package vn.ocop.portal.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page: what the portal is for, and a tile for each section that exists. */
@Controller
class HomeController {

	private final HomeTiles tiles;

	HomeController(HomeTiles tiles) {
		this.tiles = tiles;
	}

	@GetMapping("/")
	String showHome(Model model) {
		model.addAttribute("tiles", tiles.all());
		return "portal/home";
	}

}
