package vn.ocop.portal.certification;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.portal.ocop.ConcludedApplication;
import vn.ocop.portal.ocop.EvaluationLevel;
import vn.ocop.portal.ocop.EvaluationRound;
import vn.ocop.portal.ocop.OcopEvaluations;
import vn.ocop.portal.ocop.OcopProducts;
import vn.ocop.portal.ocop.ProductView;

/**
 * Decisions from a round's results under {@value #PATH}: the rounds with concluded applications to
 * decide, and a round's page with those awaiting the decision (or proposed to the central level)
 * and those concluded without recognition, and the decision's form. Managers only
 * ({@code ADMIN}, {@code PROVINCIAL_OFFICER}) of the round's organising unit.
 */
@Controller
class RoundDecisionController {

	static final String PATH = CertificationController.PATH + "/rounds";

	private final RoundDecisions decisions;

	private final OcopEvaluations evaluations;

	private final OcopProducts products;

	private final CertificationController pages;

	private final CertificationProperties properties;

	RoundDecisionController(RoundDecisions decisions, OcopEvaluations evaluations, OcopProducts products,
			CertificationController pages, CertificationProperties properties) {
		this.decisions = decisions;
		this.evaluations = evaluations;
		this.products = products;
		this.pages = pages;
		this.properties = properties;
	}

	@GetMapping(PATH)
	@PreAuthorize(CertificationAccess.MANAGERS)
	String rounds(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("rounds", decisions.rounds(page, properties.pageSize()));
		return "certification/rounds";
	}

	@GetMapping(PATH + "/{id:\\d+}")
	@PreAuthorize(CertificationAccess.MANAGERS)
	String round(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		EvaluationRound round = decisions.round(id);
		model.addAttribute("form", new RoundDecisionForm());
		return roundPage(round, page, model, List.of());
	}

	@PostMapping(PATH + "/{id:\\d+}/decision")
	@PreAuthorize(CertificationAccess.MANAGERS)
	String decide(@PathVariable long id, RoundDecisionForm form, Model model, Locale locale, RedirectAttributes redirect) {
		EvaluationRound round = decisions.round(id);
		try {
			RoundDecisions.Decided decided = decisions.decide(id, form.order(), form.getRecognised(), form.getClosed());
			redirect.addFlashAttribute("notice", "certification.round.decided");
			return decided.decision() == null ? "redirect:" + PATH + "/" + id
					: "redirect:" + CertificationController.PATH + "/decisions/" + decided.decision().id();
		}
		catch (CertificationRefused refused) {
			model.addAttribute("form", form);
			return roundPage(round, 0, model, pages.texts(refused.problems(), locale));
		}
	}

	private String roundPage(EvaluationRound round, int page, Model model, List<String> problems) {
		int size = properties.pageSize();
		Page<ConcludedApplication> awaiting = evaluations.awaitingDecision(round.id(), page, size);
		Page<ConcludedApplication> notRecognised = evaluations.notRecognised(round.id(), page, size);
		Map<Long, ProductView> named = new HashMap<>();
		awaiting.forEach(a -> products.product(a.productId()).ifPresent(p -> named.put(a.applicationId(), p)));
		notRecognised.forEach(a -> products.product(a.productId()).ifPresent(p -> named.put(a.applicationId(), p)));
		Map<Long, Integer> stars = new HashMap<>();
		Map<Long, IssuerLevel> levels = new HashMap<>();
		awaiting.forEach(a -> {
			stars.put(a.applicationId(), RoundDecisions.starOf(a));
			levels.put(a.applicationId(), RoundDecisions.levelOf(a));
		});
		model.addAttribute("round", round);
		model.addAttribute("awaiting", awaiting);
		model.addAttribute("notRecognised", notRecognised);
		model.addAttribute("products", named);
		model.addAttribute("stars", stars);
		model.addAttribute("levels", levels);
		model.addAttribute("issuerLevels", round.level() == EvaluationLevel.DISTRICT ? List.of(IssuerLevel.DISTRICT)
				: List.of(IssuerLevel.PROVINCE, IssuerLevel.CENTRAL));
		model.addAttribute("problems", problems);
		return "certification/roundDecision";
	}

	/** The decision's heading and the applications it recognises or closes. */
	public static class RoundDecisionForm extends DecisionHeading {

		private List<Long> recognised = List.of();

		private List<Long> closed = List.of();

		/** The heading; an unreadable date counts as none (the decision then names the missing date). */
		DecisionOrder order() {
			try {
				return order(signedOnDate());
			}
			catch (RuntimeException ex) {
				return order(null);
			}
		}

		public List<Long> getRecognised() {
			return recognised;
		}

		public void setRecognised(List<Long> recognised) {
			this.recognised = recognised == null ? List.of() : recognised;
		}

		public List<Long> getClosed() {
			return closed;
		}

		public void setClosed(List<Long> closed) {
			this.closed = closed == null ? List.of() : closed;
		}

	}

}
