package vn.ocop.portal.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.shared.web.SearchText;

/** The newsroom's tables: articles, their tags, old slugs, revisions and categories. */
@Repository
class Articles {

	private static final String SUMMARY_COLUMNS = "a.id, a.slug, a.title, a.lead, a.category_id, a.status, a.published_at, "
			+ "a.publish_at, a.updated_at, a.updated_by, a.cover_photo_id";

	/**
	 * An article with its tag names in one statement: the row mapper must not run a query of its
	 * own (it would ask the pool for a second connection while the first is held — under load every
	 * connection ends up waiting for another).
	 */
	private static final String ARTICLE = """
			SELECT a.*, ARRAY(SELECT t.name FROM news_article_tag at JOIN news_tag t ON t.id = at.tag_id
			                  WHERE at.article_id = a.id ORDER BY t.name) AS tag_names
			FROM news_article a""";

	/** How many of the newest articles of the category, and of those sharing a tag, may be related. */
	static final int RELATED_CANDIDATES = 100;

	private static final String INDEX_WORDS = """
			INSERT INTO news_search_word (word)
			SELECT DISTINCT w FROM news_article a, unnest(string_to_array(a.search_text, ' ')) AS w
			 WHERE a.status IN ('PUBLISHED', 'ARCHIVED') AND length(w) BETWEEN 3 AND 60""";

	/** The least pg_trgm similarity for a vocabulary word to replace a mistyped query word. */
	static final double CLOSE_WORD_SIMILARITY = 0.4;

	/**
	 * Shorter words are never corrected: one wrong letter in a word of four leaves too few trigrams
	 * to tell which word was meant ("hong" is as close to "song" as to "hoang").
	 */
	static final int MIN_CORRECTED_LENGTH = 5;

	/**
	 * The characters of each body the site search reads (its snippet is taken around the first word
	 * found, which is nearly always early; the whole body is read for a hit only when the beginning
	 * cannot tell, see {@link SearchText#excerptOfBeginning}). Reading the whole bodies of twenty
	 * hits (2,500 characters each on the national-scale data) was most of the search's database rows.
	 */
	static final int SEARCH_BODY_BEGINNING = 1500;

	/**
	 * A query word whose prefix the planner's statistics find in at least this share of the
	 * readable articles (summed over the words starting with it) is checked on each article the
	 * other words found instead of in the word index: gathering the postings of "du:*" or "ha:*"
	 * (nearly every article) was most of the site search's slowest statements. On the national-scale
	 * data "che thai nguyen" took 4.5 ms with "thai" and "nguyen" (0.30) in the index and 1.4 ms with
	 * "thai" alone (the same 973 articles checked); "du lich cong dong ha giang" 4.4 ms with "lich",
	 * "cong" (0.48) and "giang", 3.4 ms with "lich" and "giang" (378 articles), 15 ms with every word.
	 */
	static final double COMMON_PREFIX_SHARE = 0.25;

	/** How long the word statistics read from {@code pg_stats} are used before they are read again. */
	static final long WORD_STATISTICS_AGE_NANOS = 10L * 60 * 1_000_000_000;

	private final JdbcClient jdbc;

	private volatile Boolean trigrams;

	private volatile WordStatistics wordStatistics;

	Articles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ------------------------------------------------------------------------------------ articles

	Optional<Article> find(long id) {
		return jdbc.sql(ARTICLE + " WHERE a.id = :id").param("id", id).query(this::article).optional();
	}

	Optional<Article> findBySlug(String slug) {
		return jdbc.sql(ARTICLE + " WHERE a.slug = :slug").param("slug", slug).query(this::article).optional();
	}

	/** The current slug of the article that had this one before. */
	Optional<String> currentSlugFor(String oldSlug) {
		return jdbc.sql("SELECT a.slug FROM news_slug_history h JOIN news_article a ON a.id = h.article_id WHERE h.slug = :slug")
			.param("slug", oldSlug)
			.query(String.class)
			.optional();
	}

	boolean slugTaken(String slug, long exceptArticle) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM news_article WHERE slug = :slug AND id <> :id)
				    OR EXISTS (SELECT 1 FROM news_slug_history WHERE slug = :slug AND article_id <> :id)""")
			.param("slug", slug)
			.param("id", exceptArticle)
			.query(Boolean.class)
			.single();
	}

	long insert(ArticleContent content, String slug, String searchText, String user, Instant now) {
		return jdbc.sql("""
				INSERT INTO news_article (slug, title, lead, body_html, body_text, author_line, category_id, cover_photo_id,
				    status, search_text, created_by, created_at, updated_by, updated_at)
				VALUES (:slug, :title, :lead, :body, :bodyText, :author, :category, :cover, 'DRAFT', :search, :user, :now, :user,
				    :now)
				RETURNING id""")
			.param("slug", slug)
			.param("title", content.title())
			.param("lead", content.lead())
			.param("body", content.bodyHtml())
			.param("bodyText", NewsHtml.text(content.bodyHtml()))
			.param("author", content.authorLine())
			.param("category", content.categoryId())
			.param("cover", content.coverPhotoId())
			.param("search", searchText)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** Saves new content; false when someone else saved the article since {@code version} was read. */
	boolean updateContent(long id, int version, ArticleContent content, String slug, String searchText, String user,
			Instant now) {
		return jdbc.sql("""
				UPDATE news_article SET slug = :slug, title = :title, lead = :lead, body_html = :body, body_text = :bodyText,
				    author_line = :author, category_id = :category, cover_photo_id = :cover, search_text = :search,
				    updated_by = :user, updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("slug", slug)
			.param("title", content.title())
			.param("lead", content.lead())
			.param("body", content.bodyHtml())
			.param("bodyText", NewsHtml.text(content.bodyHtml()))
			.param("author", content.authorLine())
			.param("category", content.categoryId())
			.param("cover", content.coverPhotoId())
			.param("search", searchText)
			.param("user", user)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1 && indexWords(id);
	}

	/** Stores a new state; false when the article changed since it was read. */
	boolean updateState(Article changed, String user, Instant now) {
		return jdbc.sql("""
				UPDATE news_article SET status = :status, publish_at = :publishAt, unpublish_at = :unpublishAt,
				    published_at = :publishedAt, ever_published = :ever, review_note = :note, updated_by = :user,
				    updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("status", changed.status().name())
			.param("publishAt", timestamp(changed.publishAt()))
			.param("unpublishAt", timestamp(changed.unpublishAt()))
			.param("publishedAt", timestamp(changed.publishedAt()))
			.param("ever", changed.everPublished())
			.param("note", changed.reviewNote())
			.param("user", user)
			.param("now", Timestamp.from(now))
			.param("id", changed.id())
			.param("version", changed.version())
			.update() == 1 && indexWords(changed.id());
	}

	/**
	 * Adds the words of the article, when readers can see it, to the search vocabulary (the words a
	 * mistyped query word may be corrected to); drafts add nothing. Always true.
	 */
	boolean indexWords(long id) {
		jdbc.sql(INDEX_WORDS + " AND a.id = :id ON CONFLICT DO NOTHING").param("id", id).update();
		return true;
	}

	/** Adds the words of every readable article to the search vocabulary (after bulk inserts). */
	void indexAllWords() {
		jdbc.sql(INDEX_WORDS + " ON CONFLICT DO NOTHING").update();
	}

	void rememberOldSlug(String oldSlug, long articleId) {
		jdbc.sql("""
				INSERT INTO news_slug_history (slug, article_id) VALUES (:slug, :id)
				ON CONFLICT (slug) DO UPDATE SET article_id = EXCLUDED.article_id""")
			.param("slug", oldSlug)
			.param("id", articleId)
			.update();
		// an article that takes back one of its own old slugs no longer redirects from it
		jdbc.sql("DELETE FROM news_slug_history h USING news_article a WHERE h.slug = a.slug AND a.id = :id")
			.param("id", articleId)
			.update();
	}

	List<Long> dueToPublish(Instant now) {
		return jdbc.sql("SELECT id FROM news_article WHERE status = 'SCHEDULED' AND publish_at <= :now ORDER BY publish_at, id")
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.list();
	}

	List<Long> dueToUnpublish(Instant now) {
		return jdbc.sql("SELECT id FROM news_article WHERE status = 'PUBLISHED' AND unpublish_at <= :now ORDER BY unpublish_at, id")
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.list();
	}

	// ------------------------------------------------------------------------------------ lists

	/** The back office's list: every article, newest change first, optionally by state and words. */
	Page<ArticleSummary> backOffice(ArticleStatus status, String words, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new LinkedHashMap<>();
		if (status != null) {
			where.append(" AND a.status = :status");
			params.put("status", status.name());
		}
		appendWords(words, where, params);
		return page("FROM news_article a" + where, params, "a.updated_at DESC, a.id DESC", page, size);
	}

	/** Published articles, newest first; by category or tag when given. */
	Page<ArticleSummary> published(Long categoryId, Long tagId, int page, int size) {
		StringBuilder from = new StringBuilder("FROM news_article a WHERE a.status = 'PUBLISHED'");
		Map<String, Object> params = new LinkedHashMap<>();
		if (categoryId != null) {
			from.append(" AND a.category_id = :category");
			params.put("category", categoryId);
		}
		if (tagId != null) {
			from.append(" AND EXISTS (SELECT 1 FROM news_article_tag t WHERE t.article_id = a.id AND t.tag_id = :tag)");
			params.put("tag", tagId);
		}
		return page(from.toString(), params, "a.published_at DESC, a.id DESC", page, size);
	}

	/** The newest published articles (the home page's), without counting them all. */
	List<ArticleSummary> latest(int limit) {
		return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM news_article a WHERE a.status = 'PUBLISHED' "
				+ "ORDER BY a.published_at DESC, a.id DESC LIMIT :limit")
			.param("limit", limit)
			.query(this::summary)
			.list();
	}

	/**
	 * Other published articles sharing the category or a tag, those sharing more tags first, then
	 * the newest. Candidates are the {@value #RELATED_CANDIDATES} newest of the category and the
	 * {@value #RELATED_CANDIDATES} newest sharing a tag (index scans), so the cost does not grow
	 * with the archive (120 ms → a few ms on 20,000 articles).
	 */
	List<ArticleSummary> related(Article article, int limit) {
		return jdbc.sql("SELECT " + SUMMARY_COLUMNS + """
				 FROM news_article a JOIN (
				    (SELECT c.id FROM news_article c
				      WHERE c.status = 'PUBLISHED' AND c.category_id = :category AND c.id <> :id
				      ORDER BY c.published_at DESC, c.id DESC LIMIT :candidates)
				    UNION
				    (SELECT c.id FROM news_article c
				      WHERE c.status = 'PUBLISHED' AND c.id <> :id AND c.id IN (SELECT t.article_id FROM news_article_tag t
				            JOIN news_article_tag mine ON mine.tag_id = t.tag_id AND mine.article_id = :id)
				      ORDER BY c.published_at DESC, c.id DESC LIMIT :candidates)
				 ) candidate ON candidate.id = a.id
				ORDER BY (SELECT count(*) FROM news_article_tag t JOIN news_article_tag mine
				          ON mine.tag_id = t.tag_id AND mine.article_id = :id WHERE t.article_id = a.id) DESC,
				         a.published_at DESC, a.id DESC
				LIMIT :limit""")
			.param("id", article.id())
			.param("category", article.categoryId())
			.param("candidates", RELATED_CANDIDATES)
			.param("limit", limit)
			.query(this::summary)
			.list();
	}

	/**
	 * Readable articles whose folded text holds every word of the query (each at the start of a word
	 * of the text), newest first. When none does and pg_trgm is installed, every query word of at
	 * least {@value #MIN_CORRECTED_LENGTH} letters (no digits) that is not in the vocabulary of
	 * readable articles is replaced by its closest word there (similarity at least
	 * {@value #CLOSE_WORD_SIMILARITY}) and the search is made again with those words.
	 */
	@Transactional(readOnly = true)
	ArticleSearch search(String query, int limit) {
		return search(query, limit, limit);
	}

	/**
	 * As {@link #search(String, int)}, reading the bodies (for snippets) of the first
	 * {@code described} articles only: the others are counted, not shown.
	 */
	@Transactional(readOnly = true)
	ArticleSearch search(String query, int limit, int described) {
		List<String> words = SearchText.words(query).stream().limit(10).toList();
		if (words.isEmpty()) {
			return new ArticleSearch(List.of(), words);
		}
		// A plan for each query's own words: after five executions PostgreSQL may keep one generic
		// plan, which for want of the words sorts every match (17,000 for "hop tac xa": 100-400 ms)
		jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)").query().listOfRows();
		List<ArticleSearch.Found> found = findWords(words, limit, described);
		if (!found.isEmpty() || !trigramsAvailable()) {
			return new ArticleSearch(found, words);
		}
		List<String> corrected = words.stream().map(this::closestWord).toList();
		if (corrected.equals(words)) {
			return new ArticleSearch(found, words);
		}
		return new ArticleSearch(findWords(corrected, limit, described), corrected);
	}

	/**
	 * Every folded word as a prefix ({@code hop:* & tac:* & xa:*}) on the articles' tsvector (V26):
	 * the same "word at the start of a word" rule as the back office's LIKE, on an exact index.
	 * Folded words hold only {@code [a-z0-9]}, so the query text needs no escaping. The words whose
	 * prefixes are common ({@link #indexedWords}) are left out of the index condition and checked,
	 * with all the others, on the articles the rarer words found ({@code ts_match_vq} is the
	 * function of {@code @@}, which the planner does not take to the index): the same articles.
	 */
	private List<ArticleSearch.Found> findWords(List<String> words, int limit, int described) {
		String prefixes = tsquery(words);
		List<String> indexed = indexedWords(words, statistics());
		String condition = indexed.size() == words.size() ? "a.search_vector @@ to_tsquery('simple', :prefixes)"
				: "a.search_vector @@ to_tsquery('simple', :indexed) AND ts_match_vq(a.search_vector, to_tsquery('simple', :prefixes))";
		// one character more than the beginning wanted tells whether the body goes on; the bodies are
		// read after the LIMIT, for the hits described only
		return jdbc.sql("SELECT " + SUMMARY_COLUMNS + """
				, row_number() OVER newest <= :described AS described,
				  CASE WHEN row_number() OVER newest <= :described THEN substr(a.body_text, 1, :read) END AS body_text,
				  CASE WHEN row_number() OVER newest <= :described AND a.body_text IS NULL THEN a.body_html END AS body_html
				FROM (SELECT * FROM news_article a
				       WHERE a.status IN ('PUBLISHED', 'ARCHIVED') AND\s""" + condition + """
				       ORDER BY a.published_at DESC, a.id DESC LIMIT :limit) a
				WINDOW newest AS (ORDER BY a.published_at DESC, a.id DESC)
				ORDER BY a.published_at DESC, a.id DESC""")
			.param("prefixes", prefixes)
			.param("indexed", tsquery(indexed))
			.param("limit", limit)
			.param("read", SEARCH_BODY_BEGINNING + 1)
			.param("described", described)
			.query((rs, row) -> rs.getBoolean("described") ? found(summary(rs, row), bodyText(rs))
					: new ArticleSearch.Found(summary(rs, row), null, false))
			.list();
	}

	private static String tsquery(List<String> words) {
		return String.join(" & ", words.stream().map(word -> word + ":*").toList());
	}

	/**
	 * The words looked up in the word index: those whose prefix is in less than
	 * {@value #COMMON_PREFIX_SHARE} of the articles by the statistics; all of them when every word
	 * is common (the planner then walks the newest articles, checking each) or none is.
	 */
	static List<String> indexedWords(List<String> words, WordStatistics statistics) {
		List<String> rare = words.stream().filter(word -> statistics.prefixShare(word) < COMMON_PREFIX_SHARE).toList();
		return rare.isEmpty() ? words : rare;
	}

	/** The statistics of the articles' words, read again when older than {@link #WORD_STATISTICS_AGE_NANOS}. */
	private WordStatistics statistics() {
		WordStatistics known = wordStatistics;
		long now = System.nanoTime();
		if (known == null || now - known.readAt() > WORD_STATISTICS_AGE_NANOS) {
			known = jdbc.sql("""
					SELECT most_common_elems::text::text[] AS words, most_common_elem_freqs AS shares FROM pg_stats
					 WHERE schemaname = current_schema() AND tablename = 'news_article' AND attname = 'search_vector'""")
				.query((rs, row) -> WordStatistics.of(rs.getArray("words"), rs.getArray("shares"), now))
				.optional()
				.orElse(WordStatistics.none(now));
			wordStatistics = known;
		}
		return known;
	}

	/** Replaces the statistics read from the database until they are read again; null reads them again (for tests). */
	void useWordStatistics(WordStatistics statistics) {
		wordStatistics = statistics;
	}

	WordStatistics wordStatisticsForTests() {
		return statistics();
	}

	/**
	 * The most common words of the readable articles' tsvector and the share of the articles each is
	 * in, as {@code ANALYZE} found them (its {@code most_common_elems}); a word not listed is rarer
	 * than all listed ones.
	 *
	 * @param words  sorted
	 * @param shares the share of each word, in the same order
	 */
	record WordStatistics(String[] words, double[] shares, long readAt) {

		static WordStatistics none(long readAt) {
			return new WordStatistics(new String[0], new double[0], readAt);
		}

		static WordStatistics of(java.sql.Array words, java.sql.Array shares, long readAt) throws SQLException {
			if (words == null || shares == null) {
				return none(readAt);
			}
			String[] listed = (String[]) words.getArray();
			Object[] frequencies = (Object[]) shares.getArray();
			Map<String, Double> byWord = new TreeMap<>();
			for (int i = 0; i < listed.length && i < frequencies.length; i++) {
				byWord.merge(listed[i], ((Number) frequencies[i]).doubleValue(), Double::sum);
			}
			return new WordStatistics(byWord.keySet().toArray(String[]::new),
					byWord.values().stream().mapToDouble(Double::doubleValue).toArray(), readAt);
		}

		/** The sum of the shares of the listed words starting with the prefix (above 1 when they often occur together). */
		double prefixShare(String prefix) {
			int at = Arrays.binarySearch(words, prefix);
			double sum = 0;
			for (int i = at >= 0 ? at : -at - 1; i < words.length && words[i].startsWith(prefix); i++) {
				sum += shares[i];
			}
			return sum;
		}

	}

	private static ArticleSearch.Found found(ArticleSummary article, String bodyText) {
		// at most SEARCH_BODY_BEGINNING + 1 characters (code points) were read: one more tells the body goes on
		int length = bodyText.length();
		if (length <= SEARCH_BODY_BEGINNING || bodyText.codePointCount(0, length) <= SEARCH_BODY_BEGINNING) {
			return new ArticleSearch.Found(article, bodyText, true);
		}
		return new ArticleSearch.Found(article, bodyText.substring(0, length - Character.charCount(bodyText.codePointBefore(length))), false);
	}

	/** The whole text of a readable article's body, for a snippet its beginning could not give. */
	String wholeBodyText(long articleId) {
		return jdbc.sql("SELECT a.body_text, CASE WHEN a.body_text IS NULL THEN a.body_html END AS body_html FROM news_article a "
				+ "WHERE a.id = :id AND a.status IN ('PUBLISHED', 'ARCHIVED')")
			.param("id", articleId)
			.query((rs, row) -> bodyText(rs))
			.optional()
			.orElse("");
	}

	/** The stored text of the body (V46), or the body's text worked out when a row has none (written by older code). */
	private static String bodyText(ResultSet rs) throws SQLException {
		String text = rs.getString("body_text");
		return text != null ? text : NewsHtml.text(rs.getString("body_html"));
	}

	/** The word itself when readers' articles have it, else the closest one they have, else itself. */
	private String closestWord(String word) {
		if (word.length() < MIN_CORRECTED_LENGTH || word.chars().anyMatch(Character::isDigit)) {
			return word;
		}
		return jdbc.sql("""
				SELECT word FROM news_search_word
				 WHERE word = :word OR (word % :word AND similarity(word, :word) >= :least)
				 ORDER BY word = :word DESC, similarity(word, :word) DESC, word LIMIT 1""")
			.param("word", word)
			.param("least", CLOSE_WORD_SIMILARITY)
			.query(String.class)
			.optional()
			.orElse(word);
	}

	private boolean trigramsAvailable() {
		Boolean known = trigrams;
		if (known == null) {
			known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')").query(Boolean.class).single();
			trigrams = known;
		}
		return known;
	}

	long countReadable() {
		return jdbc.sql("SELECT count(*) FROM news_article WHERE status IN ('PUBLISHED', 'ARCHIVED')").query(Long.class).single();
	}

	/** Readable articles for the sitemap, in a stable order. */
	List<ArticleSummary> readable(int offset, int limit) {
		return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM news_article a WHERE a.status IN ('PUBLISHED', 'ARCHIVED') "
				+ "ORDER BY a.id LIMIT :limit OFFSET :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(this::summary)
			.list();
	}

	private boolean appendWords(String text, StringBuilder where, Map<String, Object> params) {
		List<String> words = Arrays.stream(SearchText.fold(text).split(" ")).filter(word -> !word.isEmpty()).limit(10).toList();
		for (int i = 0; i < words.size(); i++) {
			// words are matched at the start of a word of the text: "hong" finds "hồng", not "không"
			where.append(" AND a.search_text LIKE :w").append(i);
			params.put("w" + i, "% " + words.get(i) + "%");
		}
		return !words.isEmpty();
	}

	private Page<ArticleSummary> page(String from, Map<String, Object> params, String order, int page, int size) {
		long total = jdbc.sql("SELECT count(*) " + from).params(params).query(Long.class).single();
		List<ArticleSummary> rows = jdbc.sql("SELECT " + SUMMARY_COLUMNS + " " + from + " ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(this::summary)
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	// ------------------------------------------------------------------------------------ tags

	List<String> tagsOf(long articleId) {
		return jdbc.sql("SELECT t.name FROM news_article_tag at JOIN news_tag t ON t.id = at.tag_id WHERE at.article_id = :id ORDER BY t.name")
			.param("id", articleId)
			.query(String.class)
			.list();
	}

	List<Tag> tagRecordsOf(long articleId) {
		return jdbc.sql("SELECT t.* FROM news_article_tag at JOIN news_tag t ON t.id = at.tag_id WHERE at.article_id = :id ORDER BY t.name")
			.param("id", articleId)
			.query((rs, n) -> new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
			.list();
	}

	Optional<Tag> tag(String slug) {
		return jdbc.sql("SELECT * FROM news_tag WHERE slug = :slug")
			.param("slug", slug)
			.query((rs, n) -> new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
			.optional();
	}

	void replaceTags(long articleId, List<String> names) {
		jdbc.sql("DELETE FROM news_article_tag WHERE article_id = :id").param("id", articleId).update();
		for (String name : names) {
			String slug = Slugs.of(name);
			long tagId = jdbc.sql("""
					INSERT INTO news_tag (slug, name) VALUES (:slug, :name)
					ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id""")
				.param("slug", slug)
				.param("name", name)
				.query(Long.class)
				.single();
			jdbc.sql("INSERT INTO news_article_tag (article_id, tag_id) VALUES (:article, :tag) ON CONFLICT DO NOTHING")
				.param("article", articleId)
				.param("tag", tagId)
				.update();
		}
	}

	// ------------------------------------------------------------------------------------ categories

	/** Every category, hidden ones too, in their order (the administration page, lists of the back office). */
	List<Category> categories() {
		return jdbc.sql("SELECT * FROM news_category ORDER BY position, id").query(Articles::category).list();
	}

	/** The categories readers and editors choose from: not hidden, in their order. */
	List<Category> visibleCategories() {
		return jdbc.sql("SELECT * FROM news_category WHERE NOT hidden ORDER BY position, id").query(Articles::category).list();
	}

	Optional<Category> category(long id) {
		return jdbc.sql("SELECT * FROM news_category WHERE id = :id").param("id", id).query(Articles::category).optional();
	}

	Optional<Category> category(String slug) {
		return jdbc.sql("SELECT * FROM news_category WHERE slug = :slug").param("slug", slug).query(Articles::category).optional();
	}

	private static Category category(ResultSet rs, int row) throws SQLException {
		return new Category(rs.getLong("id"), rs.getString("slug"), rs.getString("name_vi"), rs.getString("name_en"),
				rs.getInt("position"), rs.getBoolean("hidden"), rs.getInt("version"));
	}

	// ------------------------------------------------------------------------------------ revisions

	void addRevision(long articleId, ArticleContent content, String user, Instant now) {
		jdbc.sql("""
				INSERT INTO news_revision (article_id, number, title, lead, body_html, author_line, category_id, tags, saved_by, saved_at)
				VALUES (:id, (SELECT coalesce(max(number), 0) + 1 FROM news_revision WHERE article_id = :id),
				        :title, :lead, :body, :author, :category, :tags, :user, :now)""")
			.param("id", articleId)
			.param("title", content.title())
			.param("lead", content.lead())
			.param("body", content.bodyHtml())
			.param("author", content.authorLine())
			.param("category", content.categoryId())
			.param("tags", String.join(", ", content.tags()))
			.param("user", user)
			.param("now", Timestamp.from(now))
			.update();
	}

	List<Revision> revisions(long articleId) {
		return jdbc.sql("SELECT * FROM news_revision WHERE article_id = :id ORDER BY number DESC")
			.param("id", articleId)
			.query(Articles::revision)
			.list();
	}

	Optional<Revision> revision(long articleId, int number) {
		return jdbc.sql("SELECT * FROM news_revision WHERE article_id = :id AND number = :number")
			.param("id", articleId)
			.param("number", number)
			.query(Articles::revision)
			.optional();
	}

	private static Revision revision(ResultSet rs, int row) throws SQLException {
		String tags = rs.getString("tags");
		return new Revision(rs.getLong("article_id"), rs.getInt("number"), rs.getString("title"), rs.getString("lead"),
				rs.getString("body_html"), rs.getString("author_line"), rs.getLong("category_id"),
				tags.isBlank() ? List.of() : List.of(tags.split(", ")), rs.getString("saved_by"),
				rs.getTimestamp("saved_at").toInstant());
	}

	// ------------------------------------------------------------------------------------ public state

	/** Notes that what readers see has changed (the public pages' validators move on). */
	void publicPagesChanged(Instant now) {
		jdbc.sql("UPDATE news_public_state SET changed_at = greatest(changed_at + interval '1 millisecond', :now) WHERE id = 1")
			.param("now", Timestamp.from(now))
			.update();
	}

	Instant publicPagesChangedAt() {
		return jdbc.sql("SELECT changed_at FROM news_public_state WHERE id = 1").query(Timestamp.class).single().toInstant();
	}

	// ------------------------------------------------------------------------------------ mapping

	private Article article(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		long cover = rs.getLong("cover_photo_id");
		Long coverPhoto = rs.wasNull() ? null : cover;
		return new Article(id, rs.getString("slug"), rs.getString("title"), rs.getString("lead"), rs.getString("body_html"),
				rs.getString("author_line"), rs.getLong("category_id"), coverPhoto, ArticleStatus.valueOf(rs.getString("status")),
				instant(rs, "publish_at"), instant(rs, "unpublish_at"), instant(rs, "published_at"),
				rs.getBoolean("ever_published"), rs.getString("review_note"), rs.getString("created_by"),
				instant(rs, "created_at"), rs.getString("updated_by"), instant(rs, "updated_at"), rs.getInt("version"),
				new ArrayList<>(List.of((String[]) rs.getArray("tag_names").getArray())));
	}

	private ArticleSummary summary(ResultSet rs, int row) throws SQLException {
		long cover = rs.getLong("cover_photo_id");
		Long coverPhoto = rs.wasNull() ? null : cover;
		return new ArticleSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("lead"),
				rs.getLong("category_id"), ArticleStatus.valueOf(rs.getString("status")), instant(rs, "published_at"),
				instant(rs, "publish_at"), instant(rs, "updated_at"), rs.getString("updated_by"), coverPhoto);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
