package vn.ocop.portal.importing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

import vn.ocop.portal.identity.ScopedUser;

/**
 * The {@link ImportContext} of one file: the keys every sheet declared (the key registry, by
 * sheet, with the row that declared each key), a bounded cache of database lookups, and the
 * importers' own cached values.
 */
final class FileImportContext implements ImportContext {

	private static final int LOOKUP_CACHE = 100_000;

	private final ImportJobId job;

	private final ScopedUser user;

	private final LocalDate today;

	private final ImportSheets sheets;

	private final Map<String, Map<String, Integer>> keys = new HashMap<>();

	private final Map<String, Boolean> lookups = new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > LOOKUP_CACHE;
		}

	};

	private final Map<String, Object> cached = new HashMap<>();

	/** Sheet names and aliases as importers ask for them, resolved once. */
	private final Map<String, SheetImporter<?>> importers = new HashMap<>();

	FileImportContext(ImportJobId job, ScopedUser user, LocalDate today, ImportSheets sheets) {
		this.job = job;
		this.user = user;
		this.today = today;
		this.sheets = sheets;
	}

	@Override
	public ScopedUser user() {
		return user;
	}

	@Override
	public ImportJobId job() {
		return job;
	}

	@Override
	public LocalDate today() {
		return today;
	}

	@Override
	public OptionalInt rowInFile(String sheet, String key) {
		String name = sheetName(sheet);
		Integer row = key == null ? null : keys.getOrDefault(name, Map.of()).get(key);
		return row == null ? OptionalInt.empty() : OptionalInt.of(row);
	}

	@Override
	public boolean exists(String sheet, String key) {
		if (key == null) {
			return false;
		}
		if (rowInFile(sheet, key).isPresent()) {
			return true;
		}
		SheetImporter<?> importer = importer(sheet);
		String cacheKey = importer.definition().name() + '\u0000' + key;
		Boolean known = lookups.get(cacheKey);
		if (known == null) {
			known = importer.exists(key);
			lookups.put(cacheKey, known);
		}
		return known;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T cached(String name, Supplier<T> create) {
		return (T) cached.computeIfAbsent(name, ignored -> create.get());
	}

	/** Registers a row's key; the row that declared it before, or null when it is new. */
	Integer register(String sheet, String key, int row) {
		return keys.computeIfAbsent(sheet, ignored -> new HashMap<>()).putIfAbsent(key, row);
	}

	private String sheetName(String sheet) {
		return importer(sheet).definition().name();
	}

	private SheetImporter<?> importer(String sheet) {
		return importers.computeIfAbsent(sheet, name -> sheets.find(name)
			.orElseThrow(() -> new IllegalArgumentException("No sheet " + name)));
	}

}
