package vn.ocop.portal.units;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.units.UnitSetReader.Amendment;
import vn.ocop.portal.units.UnitSetReader.SuccessionRow;
import vn.ocop.portal.units.UnitSetReader.UnitRow;
import vn.ocop.portal.units.UnitStore.Period;
import vn.ocop.portal.units.UnitStore.Stored;

/**
 * Loads dated unit sets: the bundled manifest at startup, and further sets later. Each load runs in
 * one transaction under a PostgreSQL advisory lock (several nodes may start at once), is skipped
 * when its code is already stored, is audited once per set, and stores nothing when any row fails.
 */
@Component
public class UnitSets {

	static final String MODULE = "units";

	static final String AUDITED_TYPE = "AdministrativeUnitSet";

	private final UnitStore store;

	private final Auditor auditor;

	private final MessageSource messages;

	private final ResourceLoader resources;

	private final UnitsProperties properties;

	private final Clock clock;

	UnitSets(UnitStore store, Auditor auditor, MessageSource messages, ResourceLoader resources,
			UnitsProperties properties, Clock clock) {
		this.store = store;
		this.auditor = auditor;
		this.messages = messages;
		this.resources = resources;
		this.properties = properties;
		this.clock = clock;
	}

	/** Loads every set of the configured manifest that is not stored yet, in manifest order. */
	@Transactional
	public List<UnitSetLoadResult> loadBundled() {
		store.lock();
		Resource manifest = resources.getResource(properties.manifest());
		List<UnitSetDefinition> sets;
		try (InputStream in = manifest.getInputStream()) {
			sets = readManifest(manifest.getFilename(), in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the unit-set manifest " + properties.manifest(), ex);
		}
		List<UnitSetLoadResult> results = new ArrayList<>();
		for (UnitSetDefinition set : sets) {
			if (store.setExists(set.code())) {
				results.add(UnitSetLoadResult.alreadyLoaded(set));
				continue;
			}
			try (InputStream in = manifest.createRelative(set.file()).getInputStream()) {
				results.add(load(set, in));
			}
			catch (IOException ex) {
				LoadProblems problems = new LoadProblems(messages);
				problems.add(manifest.getFilename(), 0, "file", "units.load.error.fileMissing", set.file());
				problems.throwIfAny();
			}
		}
		return results;
	}

	/** Reads a manifest ({@code code,kind,file,valid_from,valid_to,legal_basis,source}). */
	public List<UnitSetDefinition> readManifest(String fileName, InputStream manifest) {
		LoadProblems problems = new LoadProblems(messages);
		List<UnitSetDefinition> sets = UnitSetReader.readManifest(fileName, manifest, problems);
		problems.throwIfAny();
		return sets;
	}

	/**
	 * Loads one dated set from its file. Does nothing when a set with this code is stored already.
	 *
	 * @throws UnitDataRejected when any row is wrong; nothing is stored then
	 */
	@Transactional
	public UnitSetLoadResult load(UnitSetDefinition set, InputStream csv) {
		store.lock();
		if (store.setExists(set.code())) {
			return UnitSetLoadResult.alreadyLoaded(set);
		}
		LoadProblems problems = new LoadProblems(messages);
		UnitSetLoadResult result = switch (set.kind()) {
			case UNITS -> loadUnits(set, csv, problems);
			case AMENDMENTS -> loadAmendments(set, csv, problems);
			case SUCCESSIONS -> loadSuccessions(set, csv, problems);
		};
		auditor.record(AuditRecord.created(MODULE, AUDITED_TYPE, set.code(), auditValues(result)));
		return result;
	}

	/** Whether a set with this code is stored. */
	@Transactional(readOnly = true)
	public boolean isLoaded(String code) {
		return store.setExists(code);
	}

	private UnitSetLoadResult loadUnits(UnitSetDefinition set, InputStream csv, LoadProblems problems) {
		List<UnitRow> rows = UnitSetReader.readUnits(set, csv, problems);
		problems.throwIfAny();
		String file = set.file();
		// A complete national list ends every unit still open the day before it (when a row fails
		// below, the transaction rolls this back too).
		int closed = set.closesOpenUnits() ? store.closeOpenRows(set.validFrom()) : 0;
		Set<String> codes = rows.stream().map(UnitRow::code).collect(Collectors.toSet());
		Map<String, List<Period>> periods = store.periodsOf(codes);
		Map<String, LocalDate> closedCodes = store.closedCodes(codes);
		for (UnitRow row : rows) {
			for (Period period : periods.getOrDefault(row.code(), List.of())) {
				if (period.overlaps(row.validFrom(), row.validTo())) {
					problems.add(file, row.line(), "code", "units.load.error.overlap", row.code(), period.validFrom(),
							period.validTo() == null ? "…" : period.validTo(), period.unitSet());
				}
			}
			LocalDate closedOn = closedCodes.get(row.code());
			if (closedOn != null && !row.validFrom().isBefore(closedOn)) {
				problems.add(file, row.line(), "code", "units.load.error.reused", row.code(), closedOn);
			}
		}
		// Parents that are not in the file must be stored and valid on the set's first day.
		Set<String> outside = new HashSet<>();
		rows.stream().map(UnitRow::parentCode).filter(parent -> parent != null && !codes.contains(parent)).forEach(outside::add);
		Map<String, Stored> parents = outside.isEmpty() ? Map.of() : store.validOn(outside, set.validFrom());
		List<UnitRow> resolved = new ArrayList<>(rows.size());
		for (UnitRow row : rows) {
			if (row.parentCode() != null && !codes.contains(row.parentCode())) {
				Stored parent = parents.get(row.parentCode());
				if (parent == null) {
					problems.add(file, row.line(), "parent_code", "units.load.error.parentMissing", row.parentCode(), set.validFrom());
					continue;
				}
				if (row.provinceCode() == null) {
					row = row.withProvince(parent.provinceCode());
				}
			}
			resolved.add(row);
		}
		problems.throwIfAny();
		store.insertSet(set, resolved.size(), now());
		store.insertUnits(resolved);
		Map<UnitLevel, Long> byLevel = resolved.stream().collect(Collectors.groupingBy(UnitRow::level, Collectors.counting()));
		return new UnitSetLoadResult(set, true, byLevel.getOrDefault(UnitLevel.PROVINCE, 0L).intValue(),
				byLevel.getOrDefault(UnitLevel.DISTRICT, 0L).intValue(), byLevel.getOrDefault(UnitLevel.COMMUNE, 0L).intValue(), 0, 0,
				closed);
	}

	private UnitSetLoadResult loadAmendments(UnitSetDefinition set, InputStream csv, LoadProblems problems) {
		List<Amendment> amendments = UnitSetReader.readAmendments(set, csv, problems);
		problems.throwIfAny();
		String file = set.file();
		store.insertSet(set, amendments.size(), now());
		// One by one, in date order: a later amendment of the same unit sees the earlier one.
		for (Amendment amendment : amendments) {
			LocalDate dayBefore = amendment.effectiveDate().minusDays(1);
			Stored current = store.validOn(amendment.code(), dayBefore).orElse(null);
			if (current == null) {
				problems.add(file, amendment.line(), "code", "units.load.error.notValid", amendment.code(), dayBefore);
				continue;
			}
			if (!current.level().equals(amendment.level().value())) {
				problems.add(file, amendment.line(), "level", "units.load.error.levelStored", amendment.code(), current.level());
				continue;
			}
			if (!current.name().equals(amendment.nameBefore())) {
				problems.add(file, amendment.line(), "name_before", "units.load.error.nameBefore", current.name(),
						amendment.nameBefore());
				continue;
			}
			if (current.validTo() != null && current.validTo().isBefore(amendment.effectiveDate())) {
				problems.add(file, amendment.line(), "effective_date", "units.load.error.notValid", amendment.code(),
						amendment.effectiveDate());
				continue;
			}
			store.closeRow(current.code(), current.validFrom(), dayBefore);
			store.insertUnits(List.of(new UnitRow(amendment.line(), current.code(), amendment.nameAfter(), amendment.level(),
					amendment.kindAfter(), current.parentCode(), current.provinceCode(), amendment.effectiveDate(),
					current.validTo(), set.code(), amendment.legalBasis())));
		}
		problems.throwIfAny();
		return new UnitSetLoadResult(set, true, 0, 0, 0, amendments.size(), 0, 0);
	}

	private UnitSetLoadResult loadSuccessions(UnitSetDefinition set, InputStream csv, LoadProblems problems) {
		List<SuccessionRow> rows = UnitSetReader.readSuccessions(set, csv, problems);
		problems.throwIfAny();
		String file = set.file();
		LocalDate effective = set.validFrom();
		LocalDate dayBefore = effective.minusDays(1);
		Set<String> oldCodes = rows.stream().map(row -> row.succession().predecessor().value()).collect(Collectors.toSet());
		Set<String> newCodes = rows.stream().map(row -> row.succession().successor().value()).collect(Collectors.toSet());
		Map<String, Stored> before = store.validOn(oldCodes, dayBefore);
		Map<String, Stored> after = store.validOn(newCodes, effective);
		Set<String> stored = store.storedSuccessions(oldCodes, effective);
		for (SuccessionRow row : rows) {
			UnitSuccession succession = row.succession();
			String oldCode = succession.predecessor().value();
			String newCode = succession.successor().value();
			if (!before.containsKey(oldCode)) {
				problems.add(file, row.line(), row.oldColumn(), "units.load.error.notValid", oldCode, dayBefore);
			}
			if (!after.containsKey(newCode)) {
				problems.add(file, row.line(), row.newColumn(), "units.load.error.notValid", newCode, effective);
			}
			if (stored.contains(oldCode + ">" + newCode)) {
				problems.add(file, row.line(), "", "units.load.error.successionStored", oldCode, newCode, effective);
			}
		}
		problems.throwIfAny();
		List<UnitSuccession> successions = rows.stream().map(SuccessionRow::succession).toList();
		store.insertSet(set, successions.size(), now());
		store.insertSuccessions(successions, set.code());
		return new UnitSetLoadResult(set, true, 0, 0, 0, 0, successions.size(), 0);
	}

	private static Map<String, Object> auditValues(UnitSetLoadResult result) {
		UnitSetDefinition set = result.set();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("kind", set.kind().value());
		values.put("file", set.file());
		values.put("validFrom", set.validFrom().toString());
		values.put("validTo", set.validTo() == null ? null : set.validTo().toString());
		values.put("legalBasis", set.legalBasis());
		values.put("source", set.source());
		switch (set.kind()) {
			case UNITS -> {
				values.put("provinces", result.provinces());
				values.put("districts", result.districts());
				values.put("communes", result.communes());
				values.put("closedRows", result.closedRows());
			}
			case AMENDMENTS -> values.put("amendments", result.amendments());
			case SUCCESSIONS -> values.put("successions", result.successions());
		}
		return values;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
