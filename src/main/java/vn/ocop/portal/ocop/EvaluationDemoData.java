package vn.ocop.portal.ocop;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopedUser;

/**
 * A current evaluation round of province 06 under 26/2026 (round 2 of 2026, results before 30/12)
 * with its council — code {@code HD-OCOP-06-2022}, the council scope of the demo account
 * {@code hoidong}, who sits on it with four other members and an advisor — and applications in
 * different states, taken through the real procedure ({@link Evaluations}) and scored on the real
 * 26/2026 scorecards: a draft of Hợp tác xã Đồng Tâm (for its product still in draft), one filed with the commune, one in the
 * commune's check, one at the province, one the council is scoring (hoidong has not scored it),
 * one flagged for discussion and one concluded awaiting the decision. The other members are not
 * sign-in accounts. Runs once after the products' demo data (advisory lock, one transaction).
 */
@Component
@Order(45)
@ConditionalOnBooleanProperty(name = "ocop.demo.enabled", matchIfMissing = true)
class EvaluationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EvaluationDemoData.class);

	static final String COUNCIL = "HD-OCOP-06-2022";

	static final String INSTRUMENT = "26/2026";

	/** The council: username, name, role. */
	static final List<Council.Member> MEMBERS = List.of(
			new Council.Member("hd.chutich", "Phó Chủ tịch UBND tỉnh (Chủ tịch Hội đồng)", Council.Role.CHAIR, true),
			new Council.Member("hoidong", "Thành viên Hội đồng OCOP tỉnh 2022", Council.Role.MEMBER, true),
			new Council.Member("hd.congthuong", "Đại diện Sở Công Thương", Council.Role.MEMBER, true),
			new Council.Member("hd.yte", "Đại diện Sở Y tế", Council.Role.MEMBER, true),
			new Council.Member("hd.khcn", "Đại diện Sở Khoa học và Công nghệ", Council.Role.MEMBER, true),
			new Council.Member("hd.tuvan", "Tổ tư vấn (Chi cục Phát triển nông thôn)", Council.Role.ADVISOR, true));

	private final Evaluations evaluations;

	private final EvaluationStore store;

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	EvaluationDemoData(Evaluations evaluations, EvaluationStore store, JdbcClient jdbc, TransactionOperations transactions) {
		this.evaluations = evaluations;
		this.store = store;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		SecurityContext previous = SecurityContextHolder.getContext();
		try {
			Integer created = transactions.execute(status -> load());
			if (created != null && created > 0) {
				log.info("OCOP evaluation demo data: round 2/2026 of province 06 with {} applications", created);
			}
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private int load() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('ocop-portal.ocop.evaluation.demo'))").query(Object.class).single();
		if (jdbc.sql("SELECT count(*) FROM ocop_council WHERE code = :code").param("code", COUNCIL).query(Long.class).single() > 0) {
			return 0;
		}
		List<long[]> products = jdbc.sql("SELECT p.id, s.id FROM ocop_product p JOIN ocop_subject s ON s.id = p.subject_id"
				+ " JOIN ocop_product_set ps ON ps.instrument_code = :instrument AND ps.code = p.product_set_code"
				+ " WHERE p.created_by = 'system' AND p.status = 'REGISTERED' AND '061' = ANY (s.area_codes)"
				+ " AND s.organisation_id IS DISTINCT FROM 'HTX-DEMO-0001' ORDER BY p.id LIMIT 6")
			.param("instrument", INSTRUMENT)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		List<Long> dongTam = jdbc.sql("SELECT p.id FROM ocop_product p JOIN ocop_subject s ON s.id = p.subject_id"
				+ " WHERE s.organisation_id = 'HTX-DEMO-0001' ORDER BY p.status = 'DRAFT' DESC, p.id LIMIT 1").query(Long.class).list();
		if (products.size() < 6 || dongTam.isEmpty()) {
			log.warn("OCOP evaluation demo data skipped: the demo products are not loaded");
			return 0;
		}
		act(new Demo("system", Role.ADMIN, DataScope.province("06")));
		long round = evaluations.openRound(EvaluationLevel.PROVINCE, "06", 2026, 2, INSTRUMENT);
		evaluations.formCouncil(round, COUNCIL, "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Bắc Kạn", null, null, MEMBERS);

		long draft = evaluations.createApplication(dongTam.get(0), round, ApplicationKind.FIRST_TIME);
		evaluations.saveForms(draft, Map.of("representative", "Nguyễn Văn Tâm", "address", "Xã Cao Thượng, huyện Ba Bể"),
				Map.of("production", "Vùng nguyên liệu của các thành viên hợp tác xã."));

		long submitted = filed(products.get(0)[0], round);
		long commune = filed(products.get(1)[0], round);
		evaluations.receiveAtCommune(commune);
		long province = filed(products.get(2)[0], round);
		toProvince(province);
		long scoring = filed(products.get(3)[0], round);
		toCouncil(scoring);
		score(scoring, "hd.chutich", 0.8);
		score(scoring, "hd.congthuong", 0.75);
		long flagged = filed(products.get(4)[0], round);
		toCouncil(flagged);
		score(flagged, "hd.chutich", 0.95);
		score(flagged, "hoidong", 0.9);
		score(flagged, "hd.congthuong", 0.55);
		score(flagged, "hd.yte", 0.85);
		score(flagged, "hd.khcn", 0.9);
		long concluded = filed(products.get(5)[0], round);
		toCouncil(concluded);
		score(concluded, "hd.chutich", 0.75);
		score(concluded, "hoidong", 0.7);
		score(concluded, "hd.congthuong", 0.7);
		score(concluded, "hd.yte", 0.75);
		score(concluded, "hd.khcn", 0.7);
		log.debug("Demo applications {} {} {} {} {} {} {}", draft, submitted, commune, province, scoring, flagged, concluded);
		return 7;
	}

	private long filed(long productId, long round) {
		act(new Demo("system", Role.ADMIN, DataScope.province("06")));
		long id = evaluations.createApplication(productId, round, ApplicationKind.FIRST_TIME);
		evaluations.saveForms(id, Map.of("representative", "Hoàng Văn Thắng", "address", "Huyện Ba Bể, tỉnh Bắc Kạn",
				"output", "12 tấn/năm", "market", "Trong tỉnh và Hà Nội"),
				Map.of("production", "Nguyên liệu tại địa phương, quy trình truyền thống.", "quality", "Có phiếu kiểm nghiệm 2026.",
						"selfScore", "72", "selfStar", "4"));
		evaluations.submit(id);
		return id;
	}

	private void toProvince(long id) {
		evaluations.receiveAtCommune(id);
		evaluations.proposeToProvince(id, Map.of("localMaterials", "Trên 75% nguyên liệu trên địa bàn xã.", "localLabour",
				"Sử dụng lao động tại địa phương.", "ideaOrigin", "Sản phẩm truyền thống của địa phương.", "localIdentity",
				"Gắn với tri thức bản địa về giống và cách chế biến."));
	}

	private void toCouncil(long id) {
		toProvince(id);
		evaluations.acceptAtProvince(id);
		evaluations.sendToCouncil(id);
	}

	private void score(long id, String member, double level) {
		act(new Demo(member, Role.COUNCIL_MEMBER, DataScope.council(COUNCIL)));
		Application application = store.application(id).orElseThrow();
		evaluations.score(id, DemoSheets.at(evaluations.scorecardOf(application).definition(), level));
		act(new Demo("system", Role.ADMIN, DataScope.province("06")));
	}

	private static void act(ScopedUser user) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
		SecurityContextHolder.setContext(context);
	}

	private record Demo(String username, Role role, DataScope scope) implements ScopedUser {

		@Override
		public String displayName() {
			return username;
		}

	}

}
