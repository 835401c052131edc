package vn.ocop.portal.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.registry.OrganisationId;
import vn.ocop.portal.registry.Organisations;

/**
 * The demo dialogue conference of province 06 on 27/12/2022 and the petitions raised there, on
 * the seed's topics (loans, tax relief, land, OCOP procedures, training, market) plus one outside
 * the province's competence. The follow-up is replayed through the real workflow on its own dates
 * (a {@link PetitionManagement} on a clock set to each day): some answers were published on time,
 * one late, one approved but not yet published, two are still unanswered and overdue. Petitioners
 * are demo organisations of the registry; every text, name and number is made up.
 * <p>
 * Runs after the registry's demo data when {@code ocop.demo.enabled} is on, once (an advisory lock
 * for several nodes, and a check for the conference), acting as the province's office.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty(name = "ocop.demo.enabled", matchIfMissing = true)
class PetitionsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PetitionsDemoData.class);

	static final LocalDate CONFERENCE_DAY = LocalDate.of(2022, 12, 27);

	static final String CONFERENCE_TITLE = "Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với hợp tác xã và chủ thể OCOP năm 2022";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** One made-up petition and what became of it. */
	private record Demo(String organisation, String topic, String title, String content, String lead, Set<String> cooperating,
			LocalDate answeredOn, String answer, LocalDate publishedOn, boolean published) {
	}

	private static final List<Demo> PETITIONS = List.of(
			new Demo("HTX-DEMO-0001", "LOANS", "Tiếp cận vốn vay ưu đãi cho hợp tác xã mới thành lập",
					"Hợp tác xã thành lập chưa đủ hai năm nên chưa có báo cáo tài chính được kiểm toán; ngân hàng yêu cầu tài sản"
							+ " bảo đảm vượt khả năng của hợp tác xã. Đề nghị tỉnh hướng dẫn cách tiếp cận vốn vay ưu đãi.",
					"NHNN", Set.of("SO-TC"), LocalDate.of(2023, 1, 12),
					"Hợp tác xã mới thành lập có thể vay từ Quỹ hỗ trợ phát triển hợp tác xã của tỉnh với mức bảo đảm theo"
							+ " phương án sản xuất; Ngân hàng Nhà nước chi nhánh tỉnh đã đề nghị các ngân hàng thương mại xem xét cho"
							+ " vay theo chuỗi liên kết có hợp đồng tiêu thụ.",
					LocalDate.of(2023, 1, 16), true),
			new Demo("HTX-DEMO-0002", "TAX", "Miễn, giảm thuế cho hợp tác xã sản xuất nông nghiệp",
					"Đề nghị làm rõ các khoản thu nhập của hợp tác xã nông nghiệp được miễn thuế thu nhập doanh nghiệp và thủ tục"
							+ " kê khai khi vừa sản xuất vừa làm dịch vụ cho thành viên.",
					"CUC-THUE", Set.of(), LocalDate.of(2023, 1, 17),
					"Thu nhập từ trồng trọt, chăn nuôi và dịch vụ trực tiếp cho sản xuất nông nghiệp của thành viên được miễn thuế"
							+ " thu nhập doanh nghiệp; hợp tác xã hạch toán riêng phần thu nhập khác. Cục Thuế tỉnh sẽ tập huấn kê khai"
							+ " trong quý I.",
					LocalDate.of(2023, 1, 18), true),
			new Demo("HTX-DEMO-0003", "LAND", "Thuê đất xây dựng nhà sơ chế, bảo quản nông sản",
					"Hợp tác xã cần khoảng 2.000 m² đất để xây nhà sơ chế nhưng chưa rõ trình tự thuê đất và mức miễn tiền thuê"
							+ " đất áp dụng cho hợp tác xã.",
					"SO-TNMT", Set.of("SO-KHDT"), null, null, null, false),
			new Demo("HTX-DEMO-0004", "OCOP", "Rút ngắn thời gian đánh giá, phân hạng sản phẩm OCOP cấp tỉnh",
					"Sản phẩm nộp hồ sơ từ tháng 6 đến cuối năm vẫn chưa được Hội đồng cấp tỉnh đánh giá. Đề nghị tổ chức đánh"
							+ " giá nhiều đợt trong năm.",
					"SO-NNPTNT", Set.of(), LocalDate.of(2023, 2, 6),
					"Từ năm 2023, Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh tổ chức hai đợt mỗi năm (tháng 6 và tháng"
							+ " 11); hồ sơ đủ điều kiện được tiếp nhận liên tục qua cổng thông tin.",
					LocalDate.of(2023, 2, 8), true),
			new Demo("HTX-DEMO-0005", "TRAINING", "Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử",
					"Thành viên hợp tác xã chưa biết đưa sản phẩm lên sàn thương mại điện tử. Đề nghị mở lớp tập huấn tại huyện.",
					"LMHTX", Set.of("SO-CT"), LocalDate.of(2023, 1, 10),
					"Liên minh Hợp tác xã tỉnh phối hợp Sở Công Thương mở ba lớp tập huấn bán hàng trực tuyến tại các huyện trong"
							+ " quý I năm 2023; hợp tác xã đăng ký qua phòng kinh tế huyện.",
					LocalDate.of(2023, 1, 12), true),
			new Demo("HTX-DEMO-0006", "OCOP", "Hỗ trợ kinh phí thiết kế bao bì, nhãn mác cho sản phẩm OCOP",
					"Chi phí thiết kế bao bì và in tem truy xuất nguồn gốc lớn so với quy mô của hợp tác xã. Đề nghị tỉnh hỗ trợ"
							+ " một phần kinh phí.",
					"SO-NNPTNT", Set.of("SO-TC"), null, null, null, false),
			new Demo("HTX-DEMO-0002", "MARKET", "Kết nối tiêu thụ miến dong tại các hội chợ ngoài tỉnh",
					"Đề nghị tỉnh ưu tiên gian hàng cho hợp tác xã tại các hội chợ xúc tiến thương mại ở Hà Nội và các tỉnh lân cận.",
					"SO-CT", Set.of(), LocalDate.of(2023, 1, 16),
					"Sở Công Thương bố trí gian hàng chung của tỉnh tại bốn hội chợ năm 2023 và ưu tiên sản phẩm OCOP từ 3 sao.",
					null, false));

	private final PetitionStore store;

	private final TrackingCodes codes;

	private final WorkingCalendar calendar;

	private final ReferenceLists lists;

	private final PetitionAccess access;

	private final Attachments attachments;

	private final Organisations organisations;

	private final Conferences conferences;

	private final PetitionsProperties properties;

	private final Auditor auditor;

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final DeadlineWatch deadlines;

	PetitionsDemoData(PetitionStore store, TrackingCodes codes, WorkingCalendar calendar, ReferenceLists lists,
			PetitionAccess access, Attachments attachments, Organisations organisations, Conferences conferences,
			PetitionsProperties properties, Auditor auditor, JdbcClient jdbc, TransactionOperations transactions,
			DeadlineWatch deadlines) {
		this.store = store;
		this.codes = codes;
		this.calendar = calendar;
		this.lists = lists;
		this.access = access;
		this.attachments = attachments;
		this.organisations = organisations;
		this.conferences = conferences;
		this.properties = properties;
		this.auditor = auditor;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.deadlines = deadlines;
	}

	@Override
	public void run(ApplicationArguments args) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				new DemoOffice(Auditor.SYSTEM, "Văn phòng UBND tỉnh (dữ liệu mẫu)", Role.PROVINCIAL_OFFICER, DataScope.province("06")),
				null, List.of(new SimpleGrantedAuthority(Role.PROVINCIAL_OFFICER.authority()))));
		try {
			Integer created = transactions.execute(status -> load());
			if (created != null && created > 0) {
				log.info("Petitions demo data: the conference of {} with {} petitions", CONFERENCE_DAY, created);
				deadlines.run();
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private int load() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('ocop-portal.petitions.demo'))").query(Object.class).single();
		if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM petitions_conference WHERE held_on = :day AND title = :title)")
			.param("day", CONFERENCE_DAY)
			.param("title", CONFERENCE_TITLE)
			.query(Boolean.class)
			.single()) {
			return 0;
		}
		if (!organisations.exists(OrganisationId.of("HTX-DEMO-0006"))) {
			log.warn("Petitions demo data skipped: the registry's demo organisations are missing");
			return 0;
		}
		long conference = conferences.create(CONFERENCE_TITLE, CONFERENCE_DAY, "Hội trường Trung tâm Hội nghị tỉnh",
				"Chủ tịch Ủy ban nhân dân tỉnh",
				"1. Báo cáo tình hình kinh tế tập thể và Chương trình OCOP năm 2022.\n"
						+ "2. Hợp tác xã, chủ thể OCOP nêu kiến nghị.\n3. Các sở, ngành trả lời tại hội nghị.\n"
						+ "4. Chủ tịch UBND tỉnh kết luận, giao các sở, ngành trả lời bằng văn bản.");
		PETITIONS.stream().map(Demo::organisation).distinct()
			.forEach(organisation -> conferences.addParticipant(conference, organisation));
		PetitionManagement onTheDay = on(CONFERENCE_DAY);
		for (Demo demo : PETITIONS) {
			Petition petition = onTheDay.receive(new PetitionManagement.NewPetition(Channel.CONFERENCE, conference,
					PetitionerKind.ORGANISATION, demo.organisation(), null, "Thôn Nà Làng (địa chỉ mẫu)", "0209 000 000",
					null, demo.topic(), demo.title(), demo.content(), CONFERENCE_DAY), List.of());
			onTheDay.classify(petition.code, PetitionManagement.Decision.WITHIN_COMPETENCE, null);
			on(CONFERENCE_DAY.plusDays(1)).assign(petition.code, demo.lead(), demo.cooperating());
			if (demo.answeredOn() != null) {
				on(demo.answeredOn()).answer(petition.code, demo.answer(), null);
				on(demo.answeredOn().plusDays(1)).approve(petition.code);
				if (demo.published()) {
					on(demo.publishedOn()).publish(petition.code);
				}
			}
		}
		Petition outside = onTheDay.receive(new PetitionManagement.NewPetition(Channel.CONFERENCE, conference,
				PetitionerKind.ORGANISATION, "HTX-DEMO-0003", null, null, null, null, "OTHER",
				"Sửa quy định về vốn góp tối thiểu của thành viên hợp tác xã",
				"Đề nghị sửa quy định của luật về mức vốn góp của thành viên cho phù hợp với hợp tác xã vùng cao.", CONFERENCE_DAY),
				List.of());
		on(CONFERENCE_DAY.plusDays(1)).classify(outside.code, PetitionManagement.Decision.OUTSIDE_COMPETENCE,
				"Bộ Kế hoạch và Đầu tư");
		on(CONFERENCE_DAY.plusDays(2)).recordForwarding(outside.code, CONFERENCE_DAY.plusDays(2));
		return PETITIONS.size() + 1;
	}

	/** The workflow as it ran on that day (9 o'clock in Vietnam). */
	private PetitionManagement on(LocalDate day) {
		Clock clock = Clock.fixed(day.atTime(LocalTime.of(9, 0)).atZone(VIETNAM).toInstant(), VIETNAM);
		return new PetitionManagement(store, codes, calendar, lists, access, attachments, organisations, properties, auditor,
				jdbc, clock);
	}

	/** The province's office as the demo loader acts. */
	private record DemoOffice(String username, String displayName, Role role, DataScope scope) implements ScopedUser {
	}

}
