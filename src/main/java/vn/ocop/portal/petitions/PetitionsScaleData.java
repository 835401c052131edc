package vn.ocop.portal.petitions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.shared.scale.ScaleDataContributor;
import vn.ocop.portal.shared.scale.ScaleDataPlan;
import vn.ocop.portal.shared.web.SearchText;

/**
 * The petitions' share of the national-scale data set: {@code petitions} (default 10,000) received
 * over the last {@code years} (default 5) years up to the plan's date, from the scale organisations
 * of the registry ({@code SCALE-nnnnnnn}, spread over every province) and from persons, on every
 * topic, led by every department, in every state of the workflow: most older ones answered and
 * published (some late), some approved but not published, some overdue, some forwarded, rejected or
 * redirected, recent ones still in progress. Deadlines come from the real working-day calendar.
 * <p>
 * Deterministic from {@code plan.random("petitions")}. Tracking codes number each day's petitions
 * from {@value #FIRST_NUMBER}, so they never meet the codes of real petitions of that day (the
 * daily sequence is moved past them), and a second run adds nothing. Bulk inserts, audited once.
 * The petitioners' names and contacts are made up ({@code example.invalid}).
 */
@Component
class PetitionsScaleData implements ScaleDataContributor {

	static final int FIRST_NUMBER = 5001;

	private static final int BATCH = 1_000;

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final List<String> TOPICS = List.of("LOANS", "TAX", "LAND", "OCOP", "TRAINING", "MARKET", "OTHER");

	private static final List<String> DEPARTMENTS = List.of("SO-NNPTNT", "SO-TC", "CUC-THUE", "SO-TNMT", "SO-KHDT", "SO-CT",
			"NHNN", "LMHTX");

	private static final Map<String, List<String>> TITLES = Map.of(
			"LOANS", List.of("Đề nghị hỗ trợ vay vốn ưu đãi để mở rộng sản xuất %s",
					"Kiến nghị giãn nợ khoản vay phát triển %s", "Đề nghị tăng hạn mức tín dụng cho hợp tác xã %s"),
			"TAX", List.of("Kiến nghị miễn, giảm thuế cho hoạt động %s", "Đề nghị hướng dẫn hoàn thuế giá trị gia tăng ngành %s"),
			"LAND", List.of("Đề nghị giao đất, cho thuê đất làm cơ sở %s", "Kiến nghị giải quyết thủ tục chuyển mục đích sử dụng đất %s"),
			"OCOP", List.of("Đề nghị hướng dẫn hồ sơ đánh giá sản phẩm OCOP %s", "Kiến nghị hỗ trợ nâng hạng sao sản phẩm %s"),
			"TRAINING", List.of("Đề nghị mở lớp tập huấn kỹ thuật %s", "Kiến nghị đào tạo cán bộ quản lý hợp tác xã %s"),
			"MARKET", List.of("Đề nghị hỗ trợ xúc tiến thương mại sản phẩm %s", "Kiến nghị kết nối tiêu thụ nông sản %s"),
			"OTHER", List.of("Kiến nghị về hạ tầng phục vụ %s", "Đề nghị hỗ trợ chuyển đổi số cho hợp tác xã %s"));

	private static final List<String> WORK = List.of("chè", "rau an toàn", "cây ăn quả", "dược liệu", "chăn nuôi", "thủy sản",
			"du lịch cộng đồng", "gạo hữu cơ", "mật ong", "miến dong", "thủ công mỹ nghệ", "cà phê", "hạt điều", "nấm");

	private static final List<String> ANSWERS = List.of(
			"Sở đã rà soát và hướng dẫn đơn vị lập hồ sơ theo quy định hiện hành; đề nghị liên hệ bộ phận một cửa để được hỗ trợ.",
			"Nội dung kiến nghị thuộc chính sách đang được áp dụng; đơn vị đáp ứng điều kiện sẽ được xem xét trong kế hoạch năm sau.",
			"Đã phối hợp với Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo các tổ chức tín dụng xem xét hồ sơ vay vốn theo quy định.",
			"Cơ quan thuế sẽ hướng dẫn trực tiếp thủ tục miễn, giảm và hoàn thuế; đơn vị gửi hồ sơ qua cổng dịch vụ công.",
			"Tỉnh đã bố trí kinh phí tập huấn trong chương trình khuyến nông; lịch mở lớp được thông báo trên Cổng thông tin.",
			"Kiến nghị được tiếp thu; Sở sẽ tổ chức hội chợ, kết nối tiêu thụ và hỗ trợ quảng bá sản phẩm trên sàn thương mại điện tử.");

	private final WorkingCalendar calendar;

	private final PetitionsProperties properties;

	private final JdbcTemplate jdbc;

	private final TransactionOperations transactions;

	private final Auditor auditor;

	private final Clock clock;

	PetitionsScaleData(WorkingCalendar calendar, PetitionsProperties properties, JdbcTemplate jdbc,
			TransactionOperations transactions, Auditor auditor, Clock clock) {
		this.calendar = calendar;
		this.properties = properties;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.auditor = auditor;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 600;
	}

	@Override
	public String module() {
		return "petitions";
	}

	@Override
	public String generate(ScaleDataPlan plan) {
		int count = plan.volume("petitions", 10_000);
		int years = Math.max(1, plan.volume("years", 5));
		int organisations = plan.volume("organisations", 100_000);
		if (count == 0) {
			return "0 petitions generated";
		}
		Random random = plan.random("petitions");
		LocalDate last = plan.asOf().minusDays(1);
		LocalDate first = LocalDate.of(plan.asOf().getYear() - years + 1, 1, 1);
		WorkingDays days = calendar.rules(first.minusDays(10), last.plusDays(200));
		Map<String, Integer> answerDays = new HashMap<>();
		jdbc.query("SELECT code, answer_working_days FROM petitions_topic",
				rs -> {
					answerDays.put(rs.getString(1), rs.getInt(2));
				});
		int span = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
		List<LocalDate> received = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			LocalDate day = days.plusWorkingDays(first.plusDays(random.nextInt(span)).minusDays(1), 1);
			received.add(day.isAfter(last) ? last : day);
		}
		received.sort(null);
		Map<LocalDate, Integer> numbers = new TreeMap<>();
		Timestamp now = Timestamp.from(Instant.now(clock));
		List<Object[]> rows = new ArrayList<>(count);
		for (LocalDate on : received) {
			int number = numbers.merge(on, FIRST_NUMBER, (a, b) -> a + 1);
			rows.add(row(on, number, random, days, answerDays, organisations, plan.asOf(), now));
		}
		int inserted = transactions.execute(status -> {
			int added = 0;
			for (int from = 0; from < rows.size(); from += BATCH) {
				int[][] counts = jdbc.batchUpdate("""
						INSERT INTO petitions_petition (code, channel, petitioner_kind, organisation_id, petitioner_name,
						    contact_address, contact_phone, contact_email, topic_code, title, content, status, received_on,
						    received_at, forward_deadline, forward_authority, forwarded_on, decision_reason, lead_department,
						    answer_deadline, answer_text, answered_on, answered_by, approved_at, published_at, closed_at,
						    search_text, updated_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						ON CONFLICT (code) DO NOTHING
						""", rows.subList(from, Math.min(rows.size(), from + BATCH)), BATCH, (ps, row) -> {
					for (int i = 0; i < row.length; i++) {
						ps.setObject(i + 1, row[i]);
					}
				});
				for (int[] batch : counts) {
					for (int c : batch) {
						added += Math.max(c, 0);
					}
				}
			}
			for (Map.Entry<LocalDate, Integer> day : numbers.entrySet()) {
				jdbc.update("""
						INSERT INTO petitions_daily_sequence (day, last_value) VALUES (?, ?)
						ON CONFLICT (day) DO UPDATE SET last_value = GREATEST(petitions_daily_sequence.last_value, EXCLUDED.last_value)
						""", day.getKey(), day.getValue());
			}
			if (added > 0) {
				auditor.record(AuditRecord.created(PetitionManagement.MODULE, "ScaleDataPetitions", plan.asOf().toString(),
						Map.of("petitions", added, "seed", plan.seed())));
			}
			return added;
		});
		return "%,d petitions generated, %,d already there".formatted(inserted, count - inserted);
	}

	private Object[] row(LocalDate on, int number, Random random, WorkingDays days, Map<String, Integer> answerDays,
			int organisations, LocalDate asOf, Timestamp now) {
		String code = "KN." + DAY.format(on) + "." + number;
		String topic = TOPICS.get(random.nextInt(TOPICS.size()));
		String work = WORK.get(random.nextInt(WORK.size()));
		List<String> titles = TITLES.get(topic);
		String title = titles.get(random.nextInt(titles.size())).formatted(work);
		boolean organisation = organisations > 0 && random.nextInt(10) < 7;
		String organisationId = organisation ? "SCALE-%07d".formatted(1 + random.nextInt(organisations)) : null;
		String name = organisation ? "Hợp tác xã mẫu " + organisationId : "Người gửi mẫu " + code;
		String channel = random.nextInt(3) == 0 ? "CONFERENCE" : List.of("ONLINE", "LETTER", "PHONE", "EMAIL").get(random.nextInt(4));
		Timestamp receivedAt = Timestamp.from(on.atTime(LocalTime.of(8 + random.nextInt(9), random.nextInt(60))).atZone(VIETNAM).toInstant());
		LocalDate forwardDeadline = days.plusWorkingDays(on, properties.forwardingWorkingDays());
		LocalDate answerDeadline = days.plusWorkingDays(on, answerDays.getOrDefault(topic, 15));
		String status;
		String authority = null;
		LocalDate forwardedOn = null;
		String reason = null;
		String lead = null;
		LocalDate deadline = null;
		String answer = null;
		LocalDate answeredOn = null;
		Timestamp approvedAt = null;
		Timestamp publishedAt = null;
		Timestamp closedAt = null;
		int kind = random.nextInt(100);
		boolean classified = forwardDeadline.isBefore(asOf) || random.nextBoolean();
		if (!classified) {
			status = "RECEIVED";
		}
		else if (kind < 4) {
			status = "CLOSED";
			authority = "Bộ Nông nghiệp và Môi trường";
			forwardedOn = days.plusWorkingDays(on, 1 + random.nextInt(properties.forwardingWorkingDays()));
			closedAt = at(forwardedOn);
		}
		else if (kind < 6) {
			status = "REJECTED";
			reason = "Nội dung không thuộc phạm vi tiếp nhận kiến nghị.";
		}
		else if (kind < 8) {
			status = "REDIRECTED";
			reason = "Nội dung là khiếu nại, đề nghị gửi theo thủ tục giải quyết khiếu nại.";
		}
		else {
			lead = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
			deadline = answerDeadline;
			LocalDate answerDay = on.plusDays(3 + random.nextInt(24));
			int progress = random.nextInt(100);
			if (!answerDay.isBefore(asOf) || progress < 6) {
				status = "ASSIGNED";
			}
			else {
				answer = ANSWERS.get(random.nextInt(ANSWERS.size())) + " Nội dung về " + work + " được tiếp tục theo dõi.";
				answeredOn = answerDay;
				if (progress < 10) {
					status = "ANSWERED";
				}
				else {
					approvedAt = at(answerDay.plusDays(1));
					if (progress < 18 || !answerDay.plusDays(2).isBefore(asOf)) {
						status = "APPROVED";
					}
					else {
						publishedAt = at(answerDay.plusDays(2));
						boolean old = answerDay.plusDays(60).isBefore(asOf);
						status = old && progress < 60 ? "CLOSED" : "PUBLISHED";
						closedAt = "CLOSED".equals(status) ? at(answerDay.plusDays(30)) : null;
					}
				}
			}
		}
		String content = "Nội dung kiến nghị mẫu về " + work + " (dữ liệu quy mô quốc gia, không có thật).";
		String search = SearchText.fold(String.join(" ", code, title, answer == null ? "" : answer));
		return new Object[] { code, channel, organisation ? "ORGANISATION" : "PERSON", organisationId, name,
				"Địa chỉ mẫu " + number, "0900" + "%06d".formatted(random.nextInt(1_000_000)),
				"nguoi.gui." + code.toLowerCase() + "@example.invalid", topic, title, content, status, on, receivedAt,
				forwardDeadline, authority, forwardedOn, reason, lead, deadline, answer, answeredOn,
				answer == null ? null : "scale.generator", approvedAt, publishedAt, closedAt, search, now };
	}

	private static Timestamp at(LocalDate day) {
		return Timestamp.from(day.atTime(15, 0).atZone(VIETNAM).toInstant());
	}

}
