package vn.ocop.portal.news;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.shared.web.SearchText;

/**
 * A dozen demo articles (news/demo-articles.txt, written by the team in Vietnamese; invented
 * events) with illustrations drawn here at startup and credited to the team, published on their
 * dates; the notice of the 2025 OCOP application rounds carries a PDF attachment, the rounds'
 * schedule, drawn with PDFBox ({@link DemoSchedulePdf}). Loads once (an advisory lock for several nodes), when {@code ocop.demo.enabled}; audited
 * as one record.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty(name = "ocop.demo.enabled", matchIfMissing = true)
class NewsDemoData implements ApplicationRunner {

	static final String CREDIT = "Minh họa: Nhóm phát triển OCOP Portal";

	private static final Logger log = LoggerFactory.getLogger(NewsDemoData.class);

	private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final Articles articles;

	private final MediaLibrary media;

	private final Attachments attachments;

	private final PdfFiles pdfFiles;

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final Auditor auditor;

	private final Clock clock;

	NewsDemoData(Articles articles, MediaLibrary media, Attachments attachments, PdfFiles pdfFiles, JdbcClient jdbc,
			TransactionOperations transactions, Auditor auditor, Clock clock) {
		this.articles = articles;
		this.media = media;
		this.attachments = attachments;
		this.pdfFiles = pdfFiles;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.auditor = auditor;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Map<String, String>> demo = read();
		Integer created = transactions.execute(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('ocop-portal.news.demo'))").query(Object.class).single();
			Instant now = clock.instant();
			if (articles.findBySlug(Slugs.of(demo.get(0).get("title"))).isPresent()) {
				// loaded by an earlier version: only what it did not have yet, the attachment
				boolean attached = false;
				for (Map<String, String> item : demo) {
					Optional<Article> article = articles.findBySlug(Slugs.of(item.get("title")));
					attached |= article.isPresent() && attach(item, article.get().id(), now);
				}
				if (attached) {
					articles.publicPagesChanged(now);
				}
				return 0;
			}
			for (Map<String, String> item : demo) {
				store(item, now);
			}
			articles.publicPagesChanged(now);
			auditor.record(AuditRecord.created(Newsroom.MODULE, "NewsDemoData", "demo", Map.of("articles", demo.size())));
			return demo.size();
		});
		if (created != null && created > 0) {
			log.info("News demo data: {} articles", created);
		}
	}

	private void store(Map<String, String> item, Instant now) {
		Long photo = null;
		if (item.containsKey("photo")) {
			String[] parts = item.get("photo").split("\\|");
			photo = media.upload(parts[0] + ".png", PhotoProcessing.encode(illustration(parts[0]), true), parts[1], parts[2],
					CREDIT);
		}
		long category = articles.category(item.get("category")).orElseThrow().id();
		List<String> tags = Arrays.stream(item.get("tags").split(",")).map(String::strip).toList();
		String body = NewsHtml.sanitise(item.get("body"));
		ArticleContent content = new ArticleContent(item.get("title"), item.get("lead"), body, item.get("author"), category,
				photo, tags, "");
		String slug = Slugs.of(content.title());
		String search = " " + SearchText.fold(String.join(" ", content.title(), content.lead(), NewsHtml.text(body),
				content.authorLine(), String.join(" ", tags)));
		long id = articles.insert(content, slug, search, "bientap", now);
		articles.replaceTags(id, tags);
		articles.addRevision(id, content, "bientap", now);
		Instant published = LocalDateTime.parse(item.get("published"), PUBLISHED).atZone(NewsForms.VIETNAM).toInstant();
		Article draft = articles.find(id).orElseThrow();
		Article out = new Article(id, slug, draft.title(), draft.lead(), draft.bodyHtml(), draft.authorLine(),
				draft.categoryId(), draft.coverPhotoId(), ArticleStatus.PUBLISHED, null, null, published, true, null,
				draft.createdBy(), draft.createdAt(), draft.updatedBy(), draft.updatedAt(), draft.version(), draft.tags());
		articles.updateState(out, "duyettin", now);
		attach(item, id, now);
	}

	/** Attaches the item's PDF unless the article has it; whether it did. */
	private boolean attach(Map<String, String> item, long articleId, Instant now) {
		if (!DemoSchedulePdf.FILE_NAME.equals(item.get("attachment"))
				|| attachments.of(articleId).stream().anyMatch(file -> file.fileName().equals(DemoSchedulePdf.FILE_NAME))) {
			return false;
		}
		attachments.insert(articleId, DemoSchedulePdf.TITLE, pdfFiles.check(DemoSchedulePdf.FILE_NAME, DemoSchedulePdf.render()),
				"bientap", now);
		return true;
	}

	static List<Map<String, String>> read() {
		try (InputStream in = new ClassPathResource("news/demo-articles.txt").getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			List<Map<String, String>> items = new ArrayList<>();
			for (String block : text.split("\n---\n")) {
				Map<String, String> item = new LinkedHashMap<>();
				StringBuilder body = new StringBuilder();
				boolean inBody = false;
				for (String line : block.split("\n")) {
					if (inBody) {
						body.append(line).append('\n');
					}
					else if (line.startsWith("#") || line.isBlank()) {
						continue;
					}
					else if (line.equals("body:")) {
						inBody = true;
					}
					else {
						int colon = line.indexOf(':');
						item.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
					}
				}
				item.put("body", body.toString().strip());
				items.add(item);
			}
			return items;
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/** A simple drawn illustration for a kind of scene, the same every start. */
	static BufferedImage illustration(String kind) {
		int width = 1200;
		int height = 675;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			Random random = new Random(kind.hashCode());
			Color sky = new Color(150 + random.nextInt(60), 190 + random.nextInt(40), 220 + random.nextInt(35));
			g.setPaint(new GradientPaint(0, 0, sky, 0, height, Color.WHITE));
			g.fillRect(0, 0, width, height);
			Color ground = switch (kind) {
				case "tea" -> new Color(46, 125, 50);
				case "honey" -> new Color(230, 160, 30);
				case "noodles" -> new Color(170, 120, 80);
				case "village" -> new Color(90, 140, 70);
				default -> new Color(70, 110, 160);
			};
			for (int layer = 0; layer < 4; layer++) {
				g.setColor(ground.darker().brighter());
				g.setColor(new Color(Math.min(255, ground.getRed() + layer * 18), Math.min(255, ground.getGreen() + layer * 12),
						Math.min(255, ground.getBlue() + layer * 10)));
				int top = height / 2 + layer * 60;
				int[] xs = new int[] { 0, width / 3, 2 * width / 3, width, width, 0 };
				int[] ys = new int[] { top + random.nextInt(40), top - 40 + random.nextInt(50), top + random.nextInt(40),
						top - 20 + random.nextInt(40), height, height };
				g.fillPolygon(xs, ys, xs.length);
			}
			g.setColor(new Color(255, 255, 255, 200));
			g.setStroke(new BasicStroke(6));
			for (int i = 0; i < 6; i++) {
				int x = 80 + i * 190;
				g.drawOval(x, height / 3 - random.nextInt(80), 60 + random.nextInt(40), 60 + random.nextInt(40));
			}
			g.setColor(new Color(0, 0, 0, 150));
			g.fillRect(0, height - 56, width, 56);
			g.setColor(Color.WHITE);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
			g.drawString(CREDIT, 24, height - 20);
		}
		finally {
			g.dispose();
		}
		return image;
	}

}
