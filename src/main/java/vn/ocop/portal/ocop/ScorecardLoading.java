package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.identity.ScopeGuard;
import vn.ocop.portal.identity.ScopedUser;

/**
 * Stores scorecard sets, from the bundled data at startup or from an administrator's file, all or
 * nothing, idempotently and without ever changing a stored scorecard:
 * <ul>
 * <li>an unknown instrument is created with its parts, bands and taxonomy; a known one keeps its
 * parts and bands (a file that changes them is refused: a new decision is a new instrument) and,
 * from an import, takes the new title, validity and provenance;</li>
 * <li>groups and product sets are added or renamed, never removed;</li>
 * <li>a scorecard whose content equals the current version changes nothing; otherwise it becomes a
 * new version. The bundled data never overrides an administrator's import, and never re-adds content
 * that some version already has.</li>
 * </ul>
 * Every change is audited in the same transaction.
 */
@Service
class ScorecardLoading {

	private static final Logger log = LoggerFactory.getLogger(ScorecardLoading.class);

	static final String MODULE = "ocop";

	private final ScorecardStore store;

	private final Auditor auditor;

	private final ScopeGuard scopeGuard;

	private final Clock clock;

	ScorecardLoading(ScorecardStore store, Auditor auditor, ScopeGuard scopeGuard, Clock clock) {
		this.store = store;
		this.auditor = auditor;
		this.scopeGuard = scopeGuard;
		this.clock = clock;
	}

	/** What a load did. */
	record LoadReport(String instrumentCode, boolean instrumentCreated, boolean instrumentUpdated, int productSetsChanged,
			List<String> stored, int unchanged, int keptImported) implements java.io.Serializable {

		int storedCount() {
			return stored.size();
		}

	}

	/**
	 * Validates and stores a set.
	 *
	 * @throws ScorecardImportRejected with every problem found, when anything is wrong; nothing is stored
	 */
	@Transactional
	LoadReport load(ScorecardSet set, Scorecard.Origin origin, ScorecardSetValidator validator) {
		List<ScorecardProblem> problems = new ArrayList<>(validator.validate(set));
		if (!problems.isEmpty()) {
			throw new ScorecardImportRejected(problems);
		}
		store.lock();
		Instant now = clock.instant();
		Instrument incoming = set.instrument();
		Optional<Instrument> existing = store.instrument(incoming.code());
		boolean created = existing.isEmpty();
		boolean updated = false;
		if (created) {
			store.insertInstrument(incoming, now);
			auditor.record(AuditRecord.created(MODULE, "OcopInstrument", incoming.code(), instrumentValues(incoming)));
		}
		else {
			Instrument stored = existing.get();
			if (!stored.parts().equals(incoming.parts()) || !stored.bands().equals(incoming.bands())) {
				throw new ScorecardImportRejected(
						List.of(ScorecardProblem.of("instrument", "instrumentRules", incoming.code())));
			}
			if (origin == Scorecard.Origin.IMPORTED && !instrumentValues(stored).equals(instrumentValues(incoming))) {
				store.updateInstrument(incoming, now);
				auditor.record(AuditRecord.updated(MODULE, "OcopInstrument", incoming.code(), instrumentValues(stored),
						instrumentValues(incoming)));
				updated = true;
			}
		}
		int setsChanged = taxonomy(existing.orElse(null), incoming, origin);
		List<String> storedVersions = new ArrayList<>();
		int unchanged = 0;
		int keptImported = 0;
		for (ScorecardDefinition definition : set.scorecards()) {
			String hash = ScorecardJson.hash(definition);
			List<ScorecardStore.StoredVersion> versions = store.versions(incoming.code(), definition.productSetCode());
			Optional<ScorecardStore.StoredVersion> current = versions.stream().findFirst();
			if (current.isPresent() && current.get().contentHash().equals(hash)) {
				unchanged++;
				continue;
			}
			if (origin == Scorecard.Origin.BUNDLED && current.isPresent()) {
				if (versions.stream().anyMatch(v -> v.contentHash().equals(hash))) {
					unchanged++;
					continue;
				}
				if (current.get().origin() == Scorecard.Origin.IMPORTED) {
					log.info("OCOP scorecards: bundled {} {} differs from the imported version {}; the import is kept",
							incoming.code(), definition.productSetCode(), current.get().version());
					keptImported++;
					continue;
				}
			}
			int version = current.map(v -> v.version() + 1).orElse(1);
			List<ScorecardDefinition.Shortfall> shortfalls = definition.shortfalls(incoming);
			Map<String, BigDecimal> maxima = definition.partMaxima();
			long id = store.insertScorecard(incoming.code(), version, definition, hash, origin, maxima, shortfalls, now,
					actor());
			Map<String, Object> after = scorecardValues(id, version, definition, hash, origin, shortfalls);
			if (current.isEmpty()) {
				auditor.record(AuditRecord.created(MODULE, "OcopScorecard", key(incoming, definition), after));
			}
			else {
				Map<String, Object> before = new LinkedHashMap<>();
				before.put("id", current.get().id());
				before.put("version", current.get().version());
				before.put("contentHash", current.get().contentHash());
				auditor.record(new AuditRecord(MODULE, "OcopScorecard", key(incoming, definition), "NEW_VERSION", before, after));
			}
			storedVersions.add(definition.productSetCode() + " v" + version);
		}
		return new LoadReport(incoming.code(), created, updated, setsChanged, storedVersions, unchanged, keptImported);
	}

	private int taxonomy(Instrument stored, Instrument incoming, Scorecard.Origin origin) {
		int changed = 0;
		int position = 0;
		for (Instrument.ProductGroup group : incoming.groups()) {
			Optional<Instrument.ProductGroup> before = stored == null ? Optional.empty() : stored.group(group.code());
			if (before.isEmpty() || (origin == Scorecard.Origin.IMPORTED && !before.get().equals(group))) {
				store.upsertGroup(incoming.code(), group, position);
				auditor.record(before.isEmpty()
						? AuditRecord.created(MODULE, "OcopProductGroup", incoming.code() + "/" + group.code(), group)
						: AuditRecord.updated(MODULE, "OcopProductGroup", incoming.code() + "/" + group.code(), before.get(), group));
				changed++;
			}
			position++;
		}
		for (Instrument.ProductSet productSet : incoming.productSets()) {
			Optional<Instrument.ProductSet> before = stored == null ? Optional.empty() : stored.productSet(productSet.code());
			if (before.isEmpty() || (origin == Scorecard.Origin.IMPORTED && !before.get().equals(productSet))) {
				store.upsertProductSet(incoming.code(), productSet);
				auditor.record(before.isEmpty()
						? AuditRecord.created(MODULE, "OcopProductSet", incoming.code() + "/" + productSet.code(), productSet)
						: AuditRecord.updated(MODULE, "OcopProductSet", incoming.code() + "/" + productSet.code(), before.get(),
								productSet));
				changed++;
			}
		}
		return changed;
	}

	private String actor() {
		return scopeGuard.currentUser().map(ScopedUser::username).orElse(Auditor.SYSTEM);
	}

	private static String key(Instrument instrument, ScorecardDefinition definition) {
		return instrument.code() + "/" + definition.productSetCode();
	}

	private static Map<String, Object> instrumentValues(Instrument instrument) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("number", instrument.number());
		values.put("title", instrument.title());
		values.put("signedOn", Objects.toString(instrument.signedOn()));
		values.put("validFrom", Objects.toString(instrument.validFrom()));
		values.put("validUntil", Objects.toString(instrument.validUntil(), ""));
		values.put("provenance", instrument.provenance());
		return values;
	}

	private static Map<String, Object> scorecardValues(long id, int version, ScorecardDefinition definition, String hash,
			Scorecard.Origin origin, List<ScorecardDefinition.Shortfall> shortfalls) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("id", id);
		values.put("version", version);
		values.put("title", definition.title());
		values.put("origin", origin.name());
		values.put("contentHash", hash);
		values.put("maxPoints", definition.maxPoints().toPlainString());
		values.put("criteria", definition.criteria().count());
		values.put("shortfalls", shortfalls.toString());
		return values;
	}

}
