package vn.ocop.portal.news;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.shared.scale.ScaleDataContributor;
import vn.ocop.portal.shared.scale.ScaleDataPlan;
import vn.ocop.portal.shared.web.SearchText;

/**
 * The newsroom's share of the national-scale data set: {@code articles} (default 20,000) published
 * articles over the five years before the plan's date, spread over the standing categories, each
 * with a title, lead, a body of four to seven paragraphs (about 2–4 KB of HTML, sentences assembled
 * from phrases written for this generator), two tags out of twenty, and every third one the cover
 * photo of a demo article when there are photos. Slugs are stable ({@code ban-tin-so-00001}, by position, whatever the seed), so
 * a second run adds nothing and a larger one adds only the rest. Inserted in batches of
 * {@value #BATCH} with one {@code unnest} statement each; the search vocabulary is filled once at
 * the end, the public pages' validators move on, audited once.
 */
@Component
class NewsScaleData implements ScaleDataContributor {

	static final int BATCH = 1_000;

	static final String SLUG_PREFIX = "ban-tin-so-";

	private static final String[] SUBJECTS = { "Hợp tác xã nông nghiệp", "Tổ hợp tác chăn nuôi", "Hợp tác xã chè",
			"Hợp tác xã dịch vụ thủy sản", "Liên hiệp hợp tác xã rau an toàn", "Hợp tác xã dược liệu", "Hợp tác xã du lịch cộng đồng",
			"Hợp tác xã mây tre đan", "Tổ hợp tác trồng nấm", "Hợp tác xã cây ăn quả" };

	private static final String[] PLACES = { "Hà Giang", "Lào Cai", "Thái Nguyên", "Lạng Sơn", "Nghệ An", "Quảng Trị", "Huế",
			"Đà Nẵng", "Gia Lai", "Đắk Lắk", "Lâm Đồng", "Khánh Hòa", "Đồng Tháp", "An Giang", "Cần Thơ", "Cà Mau", "Tuyên Quang",
			"Phú Thọ", "Ninh Bình", "Hưng Yên" };

	private static final String[] EVENTS = { "được công nhận sản phẩm OCOP 4 sao", "mở rộng vùng nguyên liệu đạt chuẩn",
			"ký hợp đồng bao tiêu với doanh nghiệp", "đưa sản phẩm lên sàn thương mại điện tử", "tổng kết năm với doanh thu tăng",
			"tập huấn kỹ thuật cho thành viên", "nhận hỗ trợ vốn từ quỹ phát triển hợp tác xã", "tham gia hội chợ nông sản",
			"chuyển đổi số trong quản lý", "đạt chứng nhận VietGAP" };

	private static final String[] OPENINGS = { "Trong năm qua, ", "Theo báo cáo của ban quản trị, ", "Sau nhiều tháng chuẩn bị, ",
			"Với sự hỗ trợ của chính quyền địa phương, ", "Từ đầu vụ, ", "Nhờ liên kết chặt chẽ giữa các thành viên, " };

	private static final String[] MIDDLES = { "các hộ thành viên đã áp dụng quy trình canh tác mới", "sản lượng tiêu thụ tăng đều qua từng quý",
			"đơn vị đã đầu tư thêm máy sấy và kho lạnh", "bao bì sản phẩm được thiết kế lại theo tiêu chuẩn", "thu nhập bình quân của người lao động được cải thiện",
			"nhiều khách hàng ở thành phố đặt mua thường xuyên", "nguồn gốc sản phẩm được truy xuất bằng mã QR",
			"cán bộ khuyến nông thường xuyên xuống hướng dẫn" };

	private static final String[] ENDINGS = { " và dự kiến tiếp tục mở rộng trong năm tới.", ", góp phần tạo việc làm cho lao động địa phương.",
			", được người tiêu dùng đánh giá cao.", " theo đúng kế hoạch đã đề ra.", ", tạo tiền đề cho việc nâng hạng sản phẩm." };

	private static final String[] TAGS = { "OCOP", "hợp tác xã", "nông nghiệp sạch", "chuyển đổi số", "xuất khẩu", "VietGAP", "du lịch cộng đồng",
			"chè", "cà phê", "dược liệu", "thủy sản", "rau an toàn", "hội chợ", "tập huấn", "vốn vay", "thương mại điện tử",
			"liên kết chuỗi", "nông thôn mới", "thủ công", "khởi nghiệp" };

	private final JdbcClient jdbc;

	private final Articles articles;

	private final TransactionOperations transactions;

	private final Auditor auditor;

	private final Clock clock;

	NewsScaleData(JdbcClient jdbc, Articles articles, TransactionOperations transactions, Auditor auditor, Clock clock) {
		this.jdbc = jdbc;
		this.articles = articles;
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
		return "news";
	}

	@Override
	public String generate(ScaleDataPlan plan) {
		int count = plan.volume("articles", 20_000);
		if (count == 0) {
			return "0 articles generated";
		}
		Random random = plan.random("news");
		Instant now = clock.instant();
		List<Long> categories = jdbc.sql("SELECT id FROM news_category ORDER BY position, id").query(Long.class).list();
		List<Long> photos = jdbc.sql("SELECT id FROM news_photo ORDER BY id LIMIT 50").query(Long.class).list();
		createTags();
		Instant last = plan.asOf().atStartOfDay(ZoneOffset.ofHours(7)).toInstant();
		long span = ChronoUnit.MINUTES.between(plan.asOf().minusYears(5).atStartOfDay(ZoneOffset.ofHours(7)).toInstant(), last);
		int added = 0;
		List<Row> batch = new ArrayList<>(BATCH);
		for (int i = 1; i <= count; i++) {
			batch.add(row(i, random, categories, photos, last, span));
			if (batch.size() == BATCH || i == count) {
				List<Row> rows = List.copyOf(batch);
				added += transactions.execute(status -> insert(rows, now));
				batch.clear();
			}
		}
		int generated = added;
		transactions.executeWithoutResult(status -> {
			articles.indexAllWords();
			if (generated > 0) {
				articles.publicPagesChanged(now);
				auditor.record(AuditRecord.created(Newsroom.MODULE, "ScaleDataArticles", plan.asOf().toString(),
						Map.of("articles", generated, "seed", plan.seed())));
			}
		});
		return "%,d articles generated, %,d already there".formatted(added, count - added);
	}

	private record Row(String slug, String title, String lead, String body, String bodyText, String author, long category,
			Long photo, Instant published, String search, List<String> tags) {
	}

	private static Row row(int n, Random random, List<Long> categories, List<Long> photos, Instant last, long span) {
		String subject = pick(random, SUBJECTS);
		String place = pick(random, PLACES);
		String title = subject + " ở " + place + " " + pick(random, EVENTS) + " (bản tin số " + n + ")";
		String lead = pick(random, OPENINGS) + subject.toLowerCase(java.util.Locale.ROOT) + " tại " + place + " " + pick(random, EVENTS)
				+ ", " + pick(random, MIDDLES) + pick(random, ENDINGS);
		StringBuilder body = new StringBuilder();
		int paragraphs = 4 + random.nextInt(4);
		for (int p = 0; p < paragraphs; p++) {
			if (p == 2) {
				body.append("<h2>").append(pick(random, EVENTS).substring(0, 1).toUpperCase(java.util.Locale.ROOT))
					.append(pick(random, EVENTS).substring(1)).append("</h2>");
			}
			body.append("<p>");
			for (int s = 0; s < 3 + random.nextInt(3); s++) {
				body.append(pick(random, OPENINGS)).append(pick(random, MIDDLES)).append(pick(random, ENDINGS)).append(' ');
			}
			body.setLength(body.length() - 1);
			body.append("</p>");
		}
		String author = "Phóng viên " + place;
		long category = categories.get(random.nextInt(categories.size()));
		Long photo = photos.isEmpty() || n % 3 != 0 ? null : photos.get(random.nextInt(photos.size()));
		Instant published = last.minus(1 + (long) (random.nextDouble() * span), ChronoUnit.MINUTES);
		String first = TAGS[random.nextInt(TAGS.length)];
		String second = TAGS[random.nextInt(TAGS.length)];
		List<String> tags = first.equals(second) ? List.of(first) : List.of(first, second);
		String bodyText = NewsHtml.text(body.toString());
		String search = " " + SearchText.fold(String.join(" ", title, lead, bodyText, author, String.join(" ", tags)));
		String slug = SLUG_PREFIX + "%05d".formatted(n);
		return new Row(slug, title, lead, body.toString(), bodyText, author, category, photo, published, search, tags);
	}

	private int insert(List<Row> rows, Instant now) {
		List<Long> ids = jdbc.sql("""
				INSERT INTO news_article (slug, title, lead, body_html, body_text, author_line, category_id, cover_photo_id,
				    status, published_at, ever_published, search_text, created_by, created_at, updated_by, updated_at)
				SELECT slug, title, lead, body, body_text, author, category, photo, 'PUBLISHED', published::timestamptz, TRUE,
				       search, 'scale-data', :now, 'scale-data', :now
				FROM unnest(:slugs::varchar[], :titles::varchar[], :leads::varchar[], :bodies::text[], :bodyTexts::text[],
				            :authors::varchar[], :categories::bigint[], :photos::bigint[], :published::text[], :searches::text[])
				    AS t(slug, title, lead, body, body_text, author, category, photo, published, search)
				ON CONFLICT (slug) DO NOTHING
				RETURNING id""")
			.param("now", java.sql.Timestamp.from(now))
			.param("slugs", rows.stream().map(Row::slug).toArray(String[]::new))
			.param("titles", rows.stream().map(Row::title).toArray(String[]::new))
			.param("leads", rows.stream().map(Row::lead).toArray(String[]::new))
			.param("bodies", rows.stream().map(Row::body).toArray(String[]::new))
			.param("bodyTexts", rows.stream().map(Row::bodyText).toArray(String[]::new))
			.param("authors", rows.stream().map(Row::author).toArray(String[]::new))
			.param("categories", rows.stream().map(Row::category).toArray(Long[]::new))
			.param("photos", rows.stream().map(Row::photo).toArray(Long[]::new))
			.param("published", rows.stream().map(row -> row.published().toString()).toArray(String[]::new))
			.param("searches", rows.stream().map(Row::search).toArray(String[]::new))
			.query(Long.class)
			.list();
		if (!ids.isEmpty()) {
			jdbc.sql("""
					INSERT INTO news_article_tag (article_id, tag_id)
					SELECT a.id, tg.id FROM unnest(:slugs::varchar[], :tags::varchar[]) AS t(slug, tag)
					JOIN news_article a ON a.slug = t.slug JOIN news_tag tg ON tg.slug = t.tag
					WHERE a.id = ANY(:ids::bigint[])
					ON CONFLICT DO NOTHING""")
				.param("slugs", rows.stream().flatMap(row -> row.tags().stream().map(tag -> row.slug())).toArray(String[]::new))
				.param("tags", rows.stream().flatMap(row -> row.tags().stream().map(Slugs::of))
					.toArray(String[]::new))
				.param("ids", ids.toArray(Long[]::new))
				.update();
		}
		return ids.size();
	}

	/** The twenty tags, created when missing. */
	private void createTags() {
		for (String name : TAGS) {
			jdbc.sql("INSERT INTO news_tag (slug, name) VALUES (:slug, :name) ON CONFLICT (slug) DO NOTHING")
				.param("slug", Slugs.of(name))
				.param("name", name)
				.update();
		}
	}

	private static String pick(Random random, String[] choices) {
		return choices[random.nextInt(choices.length)];
	}

}
