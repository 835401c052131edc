package vn.ocop.portal.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongToIntFunction;
import java.util.stream.IntStream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.portal.shared.web.SearchText;

/**
 * The back-office list's index on this node (Lucene, in memory): for each organisation its list
 * filters (scope unit, kind, sector, status now and its status periods, registration date, the
 * years with an update), the words of its search text and its sort keys, in name order. It finds a
 * page's organisations and counts all matches in a few milliseconds whatever the filters, the words
 * and the depth of the page, where the database's indexes serve one order each and count by
 * walking them (docs/benchmarks.md, session 8); the page's rows are then read from the database.
 * <p>
 * It is derived data, like a cache, and never shared between nodes: each node builds its own from
 * the database, in the background, when it starts serving, and then follows the changes that
 * triggers record in {@code registry_list_change} (V55). Before it answers, a list reads the
 * changes committed since the node last looked (one indexed query) and applies them, so that a
 * list on any node shows what any node wrote before it. It does not answer (the list is then read
 * from the database alone) while it is being built, when more changes wait than
 * {@code ocop.registry.list-index.wait-for-changes} (it is rebuilt in the background), inside a
 * transaction that has written (whose changes others cannot see yet and may roll back), for
 * words with digits (codes and numbers, which the trigram index finds), and for a year's updates
 * in a given state (submitted, accepted, returned).
 * <p>
 * Words match as in the database ({@code search_text LIKE '%word%'} for each word): a word without
 * digits lies within one space-separated word of the text, and within a part of it without digits;
 * the index holds those parts, and a search looks up those that contain each word in its term
 * dictionary (a few thousand syllables and name parts).
 */
@Component
class OrganisationListIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OrganisationListIndex.class);

	private static final String ID = "id";

	private static final String KEY = "key";

	private static final String UNIT = "unit";

	private static final String KIND = "kind";

	private static final String SECTOR = "sector";

	private static final String STATUS = "status";

	private static final String REGISTERED = "registered";

	private static final String YEAR = "year";

	static final String WORD = "word";

	/** The periods of a status, as ranges of epoch days: {@code period.OPERATING}... */
	private static final String PERIOD = "period.";

	/**
	 * Pages that end within this many rows are taken from Lucene's top hits (a queue of that many);
	 * deeper ones from the documents' ranks ({@link Places}).
	 */
	static final int COLLECTED = 1_000;

	/** {@link #COLLECTED}, which tests lower to take the deep pages' way on small data. */
	int collected = COLLECTED;

	/** Organisations read per statement while building. */
	private static final int CHUNK = 10_000;

	private static final Sort BY_NAME = new Sort(new SortField(KEY, SortField.Type.STRING), new SortField(ID, SortField.Type.STRING));

	private final JdbcClient jdbc;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	private final RegistryProperties.ListIndex settings;

	private final ExecutorService builder = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "registry-list-index");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean building = new AtomicBoolean();

	private volatile Future<?> build;

	private volatile Index index;

	/** {@code ocop.registry.list-index.enabled}, which tests turn off to read lists from the database alone. */
	volatile boolean enabled;

	/** How many lists this index answered (tests). */
	final AtomicLong answered = new AtomicLong();

	OrganisationListIndex(JdbcClient jdbc, PlatformTransactionManager transactions, RegistryProperties properties) {
		this.jdbc = jdbc;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.writing = new TransactionTemplate(transactions);
		this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.settings = properties.listIndex();
		this.enabled = settings.enabled();
	}

	/** The ids of a page of the list, in its order, and the number of all matches. */
	record Found(List<String> ids, long total) {
	}

	/**
	 * The page of the list ({@code size} rows from {@code offset}) and the number of all matches,
	 * as {@link Organisations} would read them from the database, or empty when the index cannot
	 * answer now (see the class comment). Called inside the list's transaction.
	 *
	 * @param date        the list's day (today without one)
	 * @param scopeUnits  the unit codes of an area scope
	 * @param filterUnits the unit codes that lay in the query's unit on the date
	 */
	Optional<Found> find(OrganisationQuery query, LocalDate date, RegistryAccess.ScopeFilter scope, String[] scopeUnits,
			String[] filterUnits, long offset, int size) {
		return find(query, date, scope, scopeUnits, filterUnits, offset, size, null);
	}

	/**
	 * {@link #find} for the public directory ({@link PublicOrganisations}): cooperatives and unions
	 * operating now and registered by {@code today}, with the query's kind, sector and words (no unit
	 * filter), in name order.
	 */
	Optional<Found> findPublic(OrganisationQuery query, LocalDate today, long offset, int size) {
		if (query.unitCode() != null || query.status() != null || query.date() != null) {
			return Optional.empty();
		}
		BooleanQuery.Builder open = new BooleanQuery.Builder();
		open.add(terms(KIND, List.of(OrganisationKind.HTX.name(), OrganisationKind.LHHTX.name())), Occur.FILTER);
		open.add(new TermQuery(new Term(STATUS, OrganisationStatus.OPERATING.name())), Occur.FILTER);
		open.add(LongPoint.newRangeQuery(REGISTERED, Long.MIN_VALUE, today.toEpochDay()), Occur.FILTER);
		return find(query, today, RegistryAccess.ScopeFilter.EVERYTHING, null, null, offset, size, open.build());
	}

	private Optional<Found> find(OrganisationQuery query, LocalDate date, RegistryAccess.ScopeFilter scope, String[] scopeUnits,
			String[] filterUnits, long offset, int size, Query also) {
		if (!enabled || !answers(query, scope, scopeUnits, filterUnits)) {
			return Optional.empty();
		}
		Index current = index;
		if (current == null) {
			rebuild();
			return Optional.empty();
		}
		try {
			if (!catchUp(current)) {
				return Optional.empty();
			}
			Found found = search(current, query, date, scope, scopeUnits, filterUnits, offset, size, also);
			answered.incrementAndGet();
			return Optional.of(found);
		}
		catch (AlreadyClosedException replaced) {
			// rebuilt meanwhile: the next list asks the new index
			return Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Whether the index holds what the query filters by. */
	static boolean answers(OrganisationQuery query, RegistryAccess.ScopeFilter scope, String[] scopeUnits, String[] filterUnits) {
		boolean updates = query.year() == null || query.updateStatus() == OrganisationQuery.UpdateFilter.ANY
				|| query.updateStatus() == OrganisationQuery.UpdateFilter.MISSING;
		boolean words = query.text() == null || query.text().chars().noneMatch(Character::isDigit);
		boolean units = (scope.kind() != RegistryAccess.ScopeFilter.Kind.AREA || scopeUnits != null)
				&& (query.unitCode() == null || filterUnits != null);
		return updates && words && units;
	}

	/**
	 * Applies the changes committed since the index last looked; false when it cannot answer for
	 * this transaction now (it has written, or too many changes wait: a rebuild has started).
	 */
	private boolean catchUp(Index current) throws IOException {
		long since = current.since.get();
		Map<String, Object> look = jdbc.sql("SELECT CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text) AS xmin,"
				+ " pg_current_xact_id_if_assigned() IS NOT NULL AS writing,"
				+ " ARRAY(SELECT c.organisation_id FROM registry_list_change c WHERE c.tx >= CAST(:since AS xid8) LIMIT :most) AS changed")
			.param("since", Long.toString(since))
			.param("most", settings.waitForChanges() + 1)
			.query()
			.singleRow();
		if ((Boolean) look.get("writing")) {
			return false;
		}
		// (rows, not organisations, are limited: a registration writes several; reaching the limit
		// means some may be left unread)
		String[] rows = strings(look.get("changed"));
		Set<String> changed = new LinkedHashSet<>(Arrays.asList(rows));
		boolean stale = System.currentTimeMillis() - current.lookedAt > settings.changeRetention().toMillis() / 2;
		if (stale || rows.length > settings.waitForChanges() || changed.contains("*")) {
			rebuild();
			return false;
		}
		if (!changed.isEmpty()) {
			current.apply(changed, read(" WHERE o.id = ANY(:ids)", Map.of("ids", changed.toArray(String[]::new))));
		}
		current.since.accumulateAndGet(Long.parseLong((String) look.get("xmin")), Math::max);
		current.lookedAt = System.currentTimeMillis();
		return true;
	}

	private static String[] strings(Object array) {
		try {
			return (String[]) ((Array) array).getArray();
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private Found search(Index current, OrganisationQuery query, LocalDate date, RegistryAccess.ScopeFilter scope,
			String[] scopeUnits, String[] filterUnits, long offset, int size, Query also) throws IOException {
		IndexSearcher searcher = current.searchers.acquire();
		try {
			IndexReader reader = searcher.getIndexReader();
			Query filter = query(query.text() == null ? null : current.vocabulary(reader), query, date, scope, scopeUnits, filterUnits);
			if (also != null) {
				filter = new BooleanQuery.Builder().add(filter, Occur.FILTER).add(also, Occur.FILTER).build();
			}
			Page page;
			if (offset + size <= collected) {
				// near the start: Lucene's top hits (in name order they end with the page, the index
				// being sorted so) need no ranks, which are worked out again after every change
				int count = searcher.count(filter);
				ScoreDoc[] top = offset >= count ? new ScoreDoc[0]
						: searcher.search(filter, (int) Math.min(offset + size, count), sort(query.sort()), false).scoreDocs;
				int[] documents = new int[Math.max(0, top.length - (int) offset)];
				for (int i = 0; i < documents.length; i++) {
					documents[i] = top[(int) offset + i].doc;
				}
				page = new Page(documents, count);
			}
			else {
				page = current.places(searcher.getIndexReader()).page(searcher, filter, query.sort(), offset, size);
			}
			StoredFields stored = searcher.storedFields();
			List<String> ids = new ArrayList<>(page.documents().length);
			for (int doc : page.documents()) {
				ids.add(stored.document(doc, Set.of(ID)).get(ID));
			}
			return new Found(ids, page.count());
		}
		finally {
			current.searchers.release(searcher);
		}
	}

	private static Sort sort(OrganisationQuery.Order order) {
		SortField key = new SortField(KEY, SortField.Type.STRING);
		SortField id = new SortField(ID, SortField.Type.STRING);
		return switch (order) {
			case NAME -> BY_NAME;
			// newest first, then by name
			case REGISTRATION_DATE -> new Sort(new SortField(REGISTERED, SortField.Type.LONG, true), key, id);
			case UNIT -> new Sort(new SortField(UNIT, SortField.Type.STRING), key, id);
		};
	}

	/** The query's filters, as {@code Organisations.Filter} writes them in SQL. */
	private static Query query(Vocabulary vocabulary, OrganisationQuery query, LocalDate date, RegistryAccess.ScopeFilter scope,
			String[] scopeUnits, String[] filterUnits) throws IOException {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		all.add(new MatchAllDocsQuery(), Occur.FILTER);
		switch (scope.kind()) {
			case EVERYTHING -> {
			}
			case AREA -> all.add(terms(UNIT, Arrays.asList(scopeUnits)), Occur.FILTER);
			case ORGANISATION -> all.add(new TermQuery(new Term(ID, scope.reference())), Occur.FILTER);
			case NOTHING -> all.add(new MatchAllDocsQuery(), Occur.MUST_NOT);
		}
		if (query.kind() != null) {
			all.add(new TermQuery(new Term(KIND, query.kind().name())), Occur.FILTER);
		}
		if (query.sector() != null) {
			all.add(new TermQuery(new Term(SECTOR, query.sector().name())), Occur.FILTER);
		}
		long day = date.toEpochDay();
		if (query.date() != null || query.unitCode() != null) {
			all.add(LongPoint.newRangeQuery(REGISTERED, Long.MIN_VALUE, day), Occur.FILTER);
		}
		if (query.status() != null) {
			all.add(query.date() == null ? new TermQuery(new Term(STATUS, query.status().name()))
					: LongRange.newIntersectsQuery(PERIOD + query.status().name(), new long[] { day }, new long[] { day }), Occur.FILTER);
		}
		if (query.unitCode() != null) {
			all.add(terms(UNIT, Arrays.asList(filterUnits)), Occur.FILTER);
		}
		if (query.year() != null) {
			Query year = IntPoint.newExactQuery(YEAR, query.year());
			if (query.updateStatus() == OrganisationQuery.UpdateFilter.MISSING) {
				all.add(year, Occur.MUST_NOT);
				all.add(LongPoint.newRangeQuery(REGISTERED, Long.MIN_VALUE, LocalDate.of(query.year(), 12, 31).toEpochDay()),
						Occur.FILTER);
			}
			else {
				all.add(year, Occur.FILTER);
			}
		}
		if (query.text() != null) {
			for (String word : new LinkedHashSet<>(Arrays.asList(SearchText.fold(query.text()).split(" ")))) {
				if (!word.isEmpty()) {
					all.add(new TermInSetQuery(WORD, vocabulary.containing(word)), Occur.FILTER);
				}
			}
		}
		return all.build();
	}

	private static Query terms(String field, Collection<String> values) {
		return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
	}

	/**
	 * The indexed words (parts without digits) of one reader, one after the other in one array, for
	 * the words containing a query's word: a scan of a few hundred kilobytes, where walking the
	 * term dictionary (and merging those of the segments written since the last build) for every
	 * word was a sixth to a third of the site search's time in the JVM. Worked out once per reader,
	 * that is after each change.
	 *
	 * @param bytes  the UTF-8 bytes of the words in the index's order, each followed by a 0 (folded
	 *               words never hold one)
	 * @param starts where each word starts in {@code bytes}, and, last, the length of {@code bytes}
	 */
	record Vocabulary(IndexReader reader, byte[] bytes, int[] starts) {

		static Vocabulary of(IndexReader reader) throws IOException {
			Terms words = MultiTerms.getTerms(reader, WORD);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
			IntStream.Builder starts = IntStream.builder();
			if (words != null) {
				TermsEnum terms = words.iterator();
				for (BytesRef term = terms.next(); term != null; term = terms.next()) {
					starts.add(bytes.size());
					bytes.write(term.bytes, term.offset, term.length);
					bytes.write(0);
				}
			}
			starts.add(bytes.size());
			return new Vocabulary(reader, bytes.toByteArray(), starts.build().toArray());
		}

		/** The words that contain the word, as {@code LIKE '%word%'} finds it (their bytes contain its bytes). */
		List<BytesRef> containing(String word) {
			byte[] wanted = word.getBytes(StandardCharsets.UTF_8);
			List<BytesRef> found = new ArrayList<>();
			if (wanted.length == 0) {
				return found;
			}
			byte first = wanted[0];
			for (int at = 0, last = bytes.length - wanted.length; at <= last; at++) {
				if (bytes[at] == first && startsAt(at, wanted)) {
					// the word holding the match, then on to the next word (a match never crosses a 0)
					int index = Arrays.binarySearch(starts, at);
					index = index >= 0 ? index : -index - 2;
					found.add(new BytesRef(bytes, starts[index], starts[index + 1] - starts[index] - 1));
					at = starts[index + 1] - 1;
				}
			}
			return found;
		}

		private boolean startsAt(int at, byte[] wanted) {
			for (int k = 1; k < wanted.length; k++) {
				if (bytes[at + k] != wanted[k]) {
					return false;
				}
			}
			return true;
		}

		int size() {
			return starts.length - 1;
		}

	}

	/** Builds the index in the background as soon as the node serves requests. */
	@EventListener(ApplicationReadyEvent.class)
	void buildWhenReady() {
		if (enabled) {
			rebuild();
		}
	}

	/** Starts building the index in the background, unless a build runs. */
	void rebuild() {
		if (building.compareAndSet(false, true)) {
			build = builder.submit(() -> {
				try {
					long started = System.nanoTime();
					Index built = reading.execute(status -> build());
					Index previous = index;
					index = built;
					if (previous != null) {
						previous.close();
					}
					log.info("Registry list index built: {} organisations in {} ms", built.size(),
							(System.nanoTime() - started) / 1_000_000);
				}
				catch (RuntimeException e) {
					log.warn("Registry list index not built; lists are read from the database", e);
				}
				finally {
					building.set(false);
				}
			});
		}
	}

	/** Waits for the build running (tests). */
	void awaitBuild() throws Exception {
		Future<?> running = build;
		if (running != null) {
			running.get();
		}
	}

	/** Whether the index is built (tests). */
	boolean built() {
		return index != null;
	}

	private Index build() {
		// the changes from this snapshot's xmin on are applied again later: nothing committed after
		// the reads below began is missed
		long xmin = Long.parseLong(jdbc.sql("SELECT CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text)").query(String.class).single());
		Index built = Index.create(xmin);
		String after = "";
		while (true) {
			List<Document> documents = read(" WHERE o.id > :after ORDER BY o.id LIMIT " + CHUNK, Map.of("after", after));
			if (documents.isEmpty()) {
				break;
			}
			built.add(documents);
			after = documents.get(documents.size() - 1).get(ID);
		}
		built.open();
		return built;
	}

	/** The index documents of the organisations the condition selects (with their status periods). */
	private List<Document> read(String condition, Map<String, Object> parameters) {
		List<Document> documents = new ArrayList<>();
		Map<String, Document> byId = new HashMap<>();
		jdbc.sql("SELECT o.id, o.kind, o.unit_code, o.sector, o.status, o.registration_date, o.search_text, o.name_sort_key,"
				+ " o.update_years FROM registry_organisation o" + condition)
			.params(parameters)
			.query((ResultSet rs) -> {
				Document document = document(rs);
				documents.add(document);
				byId.put(rs.getString("id"), document);
			});
		if (!documents.isEmpty()) {
			jdbc.sql("SELECT p.organisation_id, p.status, p.valid_from, p.valid_until FROM registry_status_period p"
					+ " WHERE p.organisation_id = ANY(:ids)")
				.param("ids", byId.keySet().toArray(String[]::new))
				.query((ResultSet rs) -> {
					long from = rs.getObject("valid_from", LocalDate.class).toEpochDay();
					LocalDate until = rs.getObject("valid_until", LocalDate.class);
					// valid_until is exclusive (a change followed by another on the same day was never in
					// force); an open period lasts for ever
					long last = until == null ? Long.MAX_VALUE : until.toEpochDay() - 1;
					if (last >= from) {
						byId.get(rs.getString("organisation_id"))
							.add(new LongRange(PERIOD + rs.getString("status"), new long[] { from }, new long[] { last }));
					}
				});
		}
		return documents;
	}

	private static Document document(ResultSet rs) throws SQLException {
		Document document = new Document();
		String id = rs.getString("id");
		document.add(new StringField(ID, id, Field.Store.YES));
		document.add(new SortedDocValuesField(ID, new BytesRef(id)));
		document.add(new SortedDocValuesField(KEY, new BytesRef(rs.getBytes("name_sort_key"))));
		String unit = rs.getString("unit_code");
		document.add(new StringField(UNIT, unit, Field.Store.NO));
		document.add(new SortedDocValuesField(UNIT, new BytesRef(unit)));
		document.add(new StringField(KIND, rs.getString("kind"), Field.Store.NO));
		document.add(new StringField(SECTOR, rs.getString("sector"), Field.Store.NO));
		document.add(new StringField(STATUS, rs.getString("status"), Field.Store.NO));
		long registered = rs.getObject("registration_date", LocalDate.class).toEpochDay();
		document.add(new LongPoint(REGISTERED, registered));
		document.add(new NumericDocValuesField(REGISTERED, registered));
		for (Integer year : (Integer[]) rs.getArray("update_years").getArray()) {
			document.add(new IntPoint(YEAR, year));
		}
		for (String part : parts(rs.getString("search_text"))) {
			document.add(new StringField(WORD, part, Field.Store.NO));
		}
		return document;
	}

	/**
	 * The parts of a search text a word without digits can lie in: its space-separated words, and
	 * of a word with digits (a code, a number) its runs without digits.
	 */
	static Set<String> parts(String searchText) {
		Set<String> parts = new LinkedHashSet<>();
		for (String word : searchText.split(" ")) {
			if (word.chars().noneMatch(Character::isDigit)) {
				if (!word.isEmpty()) {
					parts.add(word);
				}
				continue;
			}
			StringBuilder run = new StringBuilder();
			for (int i = 0; i < word.length();) {
				int c = word.codePointAt(i);
				i += Character.charCount(c);
				if (Character.isDigit(c)) {
					if (!run.isEmpty()) {
						parts.add(run.toString());
						run.setLength(0);
					}
				}
				else {
					run.appendCodePoint(c);
				}
			}
			if (!run.isEmpty()) {
				parts.add(run.toString());
			}
		}
		return parts;
	}

	/**
	 * Removes the changes older than the retention (one node at a time): a node that has not read
	 * them since rebuilds its index.
	 */
	@Scheduled(fixedDelayString = "${ocop.registry.list-index.prune-interval:1h}",
			initialDelayString = "${ocop.registry.list-index.prune-interval:1h}")
	void prune() {
		Integer removed = writing.execute(status -> {
			boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('registry-list-change-prune'))")
				.query(Boolean.class)
				.single();
			return !locked ? 0
					: jdbc.sql("DELETE FROM registry_list_change WHERE recorded_at < now() - CAST(:retention AS interval)")
						.param("retention", settings.changeRetention().toSeconds() + " seconds")
						.update();
		});
		if (removed != null && removed > 0) {
			log.info("Registry list changes pruned: {}", removed);
		}
	}

	@Override
	public void destroy() {
		builder.shutdownNow();
		Index current = index;
		if (current != null) {
			current.close();
		}
	}

	/**
	 * Each live document's rank in each order of the list (name: name key then code; registration
	 * date, newest first, then name; unit code then name), worked out once per reader (after a
	 * change, when a deep page asks) from the global ordinals of the sort values across the
	 * segments. A list then marks the ranks of its
	 * matches in a bit set, in the one pass that counts them, and reads its page from the set: the
	 * rows before a deep page are skipped by counting the bits of whole words, where a queue of the
	 * top hits would hold them all (50,000 for page 2,022) and copy their sort values.
	 */
	static final class Places {

		final IndexReader reader;

		/** The number of live documents. */
		private final int live;

		/** Per order: by global document number, its rank (-1: deleted). */
		private final Map<OrganisationQuery.Order, int[]> ranks;

		/** Per order: by rank, the global document number. */
		private final Map<OrganisationQuery.Order, int[]> documents;

		private Places(IndexReader reader, int live, Map<OrganisationQuery.Order, int[]> ranks,
				Map<OrganisationQuery.Order, int[]> documents) {
			this.reader = reader;
			this.live = live;
			this.ranks = ranks;
			this.documents = documents;
		}

		static Places of(IndexReader reader) throws IOException {
			List<LeafReaderContext> leaves = reader.leaves();
			int size = reader.maxDoc();
			int[] keyOrd = globalOrdinals(leaves, KEY, size);
			int[] idOrd = globalOrdinals(leaves, ID, size);
			int[] unitOrd = globalOrdinals(leaves, UNIT, size);
			int[] day = new int[size];
			int[] liveDocuments = new int[reader.numDocs()];
			int live = 0;
			for (LeafReaderContext leaf : leaves) {
				NumericDocValues registered = DocValues.getNumeric(leaf.reader(), REGISTERED);
				Bits liveDocs = leaf.reader().getLiveDocs();
				for (int doc = registered.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = registered.nextDoc()) {
					day[leaf.docBase + doc] = (int) registered.longValue();
					if (liveDocs == null || liveDocs.get(doc)) {
						liveDocuments[live++] = leaf.docBase + doc;
					}
				}
			}
			Map<OrganisationQuery.Order, int[]> ranks = new EnumMap<>(OrganisationQuery.Order.class);
			Map<OrganisationQuery.Order, int[]> documents = new EnumMap<>(OrganisationQuery.Order.class);
			// by name: a code names one live document, so (key ordinal, code ordinal) is unique and the
			// code's ordinal finds the document again
			int[] documentOfId = new int[size];
			long[] places = new long[live];
			for (int i = 0; i < live; i++) {
				int document = liveDocuments[i];
				documentOfId[idOrd[document]] = document;
				places[i] = ((long) keyOrd[document] << 32) | idOrd[document];
			}
			rank(OrganisationQuery.Order.NAME, places, size, place -> documentOfId[(int) place], ranks, documents);
			int[] nameRank = ranks.get(OrganisationQuery.Order.NAME);
			int[] byName = documents.get(OrganisationQuery.Order.NAME);
			for (int i = 0; i < live; i++) {
				int document = liveDocuments[i];
				// newest first: the later day the smaller number
				places[i] = ((long) (Integer.MAX_VALUE - day[document]) << 32) | nameRank[document];
			}
			rank(OrganisationQuery.Order.REGISTRATION_DATE, places, size, place -> byName[(int) place], ranks, documents);
			for (int i = 0; i < live; i++) {
				int document = liveDocuments[i];
				places[i] = ((long) unitOrd[document] << 32) | nameRank[document];
			}
			rank(OrganisationQuery.Order.UNIT, places, size, place -> byName[(int) place], ranks, documents);
			return new Places(reader, live, ranks, documents);
		}

		/** Sorts the places (unique numbers, one per live document) and keeps each document's rank. */
		private static void rank(OrganisationQuery.Order order, long[] places, int size, LongToIntFunction document,
				Map<OrganisationQuery.Order, int[]> ranks, Map<OrganisationQuery.Order, int[]> documents) {
			long[] sorted = places.clone();
			Arrays.sort(sorted);
			int[] rank = new int[size];
			Arrays.fill(rank, -1);
			int[] byRank = new int[sorted.length];
			for (int r = 0; r < sorted.length; r++) {
				int doc = document.applyAsInt(sorted[r]);
				rank[doc] = r;
				byRank[r] = doc;
			}
			ranks.put(order, rank);
			documents.put(order, byRank);
		}

		/** Each document's ordinal among the values of the field in all segments (byte order). */
		private static int[] globalOrdinals(List<LeafReaderContext> leaves, String field, int size) throws IOException {
			SortedDocValues[] values = new SortedDocValues[leaves.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = DocValues.getSorted(leaves.get(i).reader(), field);
			}
			OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
			int[] ordinals = new int[size];
			for (int i = 0; i < values.length; i++) {
				SortedDocValues leafValues = DocValues.getSorted(leaves.get(i).reader(), field);
				LongValues toGlobal = map.getGlobalOrds(i);
				int base = leaves.get(i).docBase;
				for (int doc = leafValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = leafValues.nextDoc()) {
					ordinals[base + doc] = (int) toGlobal.get(leafValues.ordValue());
				}
			}
			return ordinals;
		}

		/**
		 * The matches of the query, counted, and the global document numbers of {@code size} of them
		 * from {@code offset} on, in the order.
		 */
		Page page(IndexSearcher searcher, Query query, OrganisationQuery.Order order, long offset, int size) throws IOException {
			int[] rank = ranks.get(order);
			FixedBitSet matched = new FixedBitSet(Math.max(live, 1));
			int count = 0;
			Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
			for (LeafReaderContext leaf : reader.leaves()) {
				Scorer scorer = weight.scorer(leaf);
				if (scorer == null) {
					continue;
				}
				DocIdSetIterator matches = scorer.iterator();
				for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
					int r = rank[leaf.docBase + doc];
					// deleted documents (replaced by a change) are still in their segment
					if (r >= 0) {
						matched.set(r);
						count++;
					}
				}
			}
			if (offset >= count) {
				return new Page(new int[0], count);
			}
			// skip whole words of the set while they hold fewer matches than are left to skip
			long[] bits = matched.getBits();
			long skip = offset;
			int word = 0;
			while (skip >= Long.bitCount(bits[word])) {
				skip -= Long.bitCount(bits[word]);
				word++;
			}
			int[] byRank = documents.get(order);
			int[] page = new int[(int) Math.min(size, count - offset)];
			int at = matched.nextSetBit(word * 64);
			for (; skip > 0; skip--) {
				at = matched.nextSetBit(at + 1);
			}
			for (int i = 0; i < page.length; i++) {
				page[i] = byRank[at];
				at = i + 1 < page.length ? matched.nextSetBit(at + 1) : at;
			}
			return new Page(page, count);
		}

	}

	/** The global document numbers of a page, and the number of all matches. */
	record Page(int[] documents, int count) {
	}

	/** One index: its writer, its searchers, and where it stands in the changes. */
	private static final class Index {

		private final IndexWriter writer;

		private SearcherManager searchers;

		/** The xmin of the snapshot the changes were last read with: from it on they are read again. */
		final AtomicLong since;

		volatile long lookedAt = System.currentTimeMillis();

		private Index(IndexWriter writer, long since) {
			this.writer = writer;
			this.since = new AtomicLong(since);
		}

		static Index create(long since) {
			IndexWriterConfig config = new IndexWriterConfig();
			// the name order: a page in that order ends the search as soon as it is full
			config.setIndexSort(BY_NAME);
			config.setRAMBufferSizeMB(64);
			try {
				return new Index(new IndexWriter(new ByteBuffersDirectory(), config), since);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		void add(List<Document> documents) {
			try {
				writer.addDocuments(documents);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		void open() {
			try {
				writer.forceMerge(1);
				searchers = new SearcherManager(writer, null);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** Replaces the documents of the changed organisations (removes those that are gone). */
		void apply(Set<String> changed, List<Document> documents) throws IOException {
			Set<String> gone = new LinkedHashSet<>(changed);
			for (Document document : documents) {
				String id = document.get(ID);
				gone.remove(id);
				writer.updateDocument(new Term(ID, id), document);
			}
			for (String id : gone) {
				writer.deleteDocuments(new Term(ID, id));
			}
			searchers.maybeRefreshBlocking();
		}

		private Places places;

		private volatile Vocabulary vocabulary;

		/** The indexed words of the reader (worked out once per reader). */
		Vocabulary vocabulary(IndexReader reader) throws IOException {
			Vocabulary known = vocabulary;
			if (known == null || known.reader() != reader) {
				synchronized (this) {
					known = vocabulary;
					if (known == null || known.reader() != reader) {
						known = Vocabulary.of(reader);
						vocabulary = known;
					}
				}
			}
			return known;
		}

		/** The places in the orders of the reader's documents (worked out once per reader). */
		synchronized Places places(IndexReader reader) throws IOException {
			if (places == null || places.reader != reader) {
				places = Places.of(reader);
			}
			return places;
		}

		int size() {
			return writer.getDocStats().numDocs;
		}

		void close() {
			try {
				searchers.close();
				writer.close();
			}
			catch (IOException | RuntimeException e) {
				log.debug("Registry list index closed with an error", e);
			}
		}

	}

}
