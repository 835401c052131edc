package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.support.Officials;

/**
 * The evaluation procedure through the ocop module's services, for tests of the modules that
 * continue it: a fresh 26/2026 round of province 06 with its council, and an application of a
 * product of Ba Bể (061) filed, checked by the commune and the province, and scored by every member
 * on the same sheet (no spread), so the council concludes.
 */
public final class OcopEvaluationFixtures {

	public static final Authentication PROVINCE = Officials.provincialOfficer("Cán bộ tỉnh", "06");

	public static final Authentication BA_BE = Officials.localOfficer("Cán bộ Ba Bể", "061");

	private static final AtomicInteger ROUNDS = new AtomicInteger();

	private final Evaluations evaluations;

	private final EvaluationStore store;

	public OcopEvaluationFixtures(ApplicationContext context) {
		this.evaluations = context.getBean(Evaluations.class);
		this.store = context.getBean(EvaluationStore.class);
	}

	/** A round and the accounts of its scoring members (a chair and three members, all present). */
	public record TestRound(long id, String councilCode, List<Authentication> scorers) {
	}

	/** A fresh 26/2026 round of province 06 (a year far ahead, so statutory dates do not interfere). */
	public TestRound round() {
		int n = ROUNDS.incrementAndGet();
		String code = "HD-GLUE-" + n + "-" + System.nanoTime() % 100000;
		long round = as(PROVINCE, () -> evaluations.openRound(EvaluationLevel.PROVINCE, "06", 2080 + n % 9, 10 + n, "26/2026"));
		List<Council.Member> seats = new ArrayList<>();
		seats.add(new Council.Member(code + "-chair", "Chủ tịch", Council.Role.CHAIR, true));
		for (int i = 1; i <= 3; i++) {
			seats.add(new Council.Member(code + "-m" + i, "Thành viên " + i, Council.Role.MEMBER, true));
		}
		as(PROVINCE, () -> {
			evaluations.formCouncil(round, code, "Hội đồng thử", null, null, seats);
			return null;
		});
		List<Authentication> scorers = seats.stream().map(seat -> member(seat.username(), code)).toList();
		return new TestRound(round, code, scorers);
	}

	/** Files an application of the product in the round (by the province on the subject's behalf) and submits it. */
	public long filed(long round, long product, ApplicationKind kind) {
		return as(PROVINCE, () -> {
			long id = evaluations.createApplication(product, round, kind);
			evaluations.saveForms(id, Map.of("representative", "Hoàng Văn Thắng", "address", "Ba Bể", "output", "10 tấn"),
					Map.of("production", "Tại địa phương", "quality", "Đạt", "selfScore", "70"));
			assertThat(evaluations.submit(id)).isEmpty();
			return id;
		});
	}

	/**
	 * An application of the product taken to the council's conclusion, every member choosing the
	 * options at {@code level} of each criterion's range (0.7: about 70 points, 4★; 0.3: not recognised).
	 */
	public long concluded(TestRound round, long product, ApplicationKind kind, double level) {
		long id = filed(round.id(), product, kind);
		as(BA_BE, () -> {
			evaluations.receiveAtCommune(id);
			assertThat(evaluations.proposeToProvince(id, Map.of("localMaterials", "a", "localLabour", "b", "ideaOrigin", "c",
					"localIdentity", "d"))).isEmpty();
			return null;
		});
		as(PROVINCE, () -> {
			evaluations.acceptAtProvince(id);
			evaluations.sendToCouncil(id);
			return null;
		});
		ScoreSheet sheet = DemoSheets.at(evaluations.scorecardOf(store.application(id).orElseThrow()).definition(), level);
		for (Authentication scorer : round.scorers()) {
			as(scorer, () -> {
				evaluations.score(id, sheet);
				return null;
			});
		}
		return id;
	}

	public ApplicationState state(long application) {
		return store.application(application).orElseThrow().state();
	}

	public Integer star(long application) {
		return store.application(application).orElseThrow().star();
	}

	public String decisionNumber(long application) {
		return store.application(application).orElseThrow().decisionNumber();
	}

	private static Authentication member(String username, String code) {
		Officials.Official official = new Officials.Official(username, "Thành viên " + username, Role.COUNCIL_MEMBER,
				DataScope.council(code));
		return UsernamePasswordAuthenticationToken.authenticated(official, null,
				List.of(new SimpleGrantedAuthority(Role.COUNCIL_MEMBER.authority())));
	}

	private static <T> T as(Authentication user, Supplier<T> action) {
		SecurityContextHolder.getContext().setAuthentication(user);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
