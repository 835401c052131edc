package vn.ocop.portal.ocop;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OCOP criteria as the rest of the application reads them (bean {@code scorecards}): the
 * instruments with their bands and taxonomy, the scorecards by product set and version, and scoring
 * a sheet on a stored scorecard. National reference data: no data scope applies; pages check the
 * role.
 */
@Service("scorecards")
@Transactional(readOnly = true)
public class Scorecards {

	/** Rows per page of the list of scorecards. */
	public static final int PAGE_SIZE = 30;

	private final ScorecardStore store;

	Scorecards(ScorecardStore store) {
		this.store = store;
	}

	/** All instruments, the newest first. */
	public List<Instrument> instruments() {
		return store.instrumentCodes().stream().map(store::instrument).flatMap(Optional::stream).toList();
	}

	public Optional<Instrument> instrument(String code) {
		return code == null ? Optional.empty() : store.instrument(code);
	}

	/**
	 * The instrument whose criteria apply to an evaluation on this date: of those in force that day,
	 * the one that took effect last (old instruments may still apply to transitional dossiers: ask
	 * for them by code).
	 */
	public Optional<Instrument> instrumentOn(LocalDate date) {
		return instruments().stream()
			.filter(instrument -> instrument.appliesOn(date))
			.max(Comparator.comparing(Instrument::validFrom));
	}

	/** The current versions, filtered by instrument and group (either may be null), one page from 0. */
	public Page<ScorecardSummary> list(String instrumentCode, String groupCode, int page) {
		int number = Math.max(page, 0);
		long total = store.countCurrent(instrumentCode, groupCode);
		return new PageImpl<>(store.currentSummaries(instrumentCode, groupCode, number * PAGE_SIZE, PAGE_SIZE),
				PageRequest.of(number, PAGE_SIZE), total);
	}

	/** One stored version. */
	public Optional<Scorecard> scorecard(long id) {
		return store.scorecard(id);
	}

	/** The current version of a product set's scorecard under an instrument. */
	public Optional<Scorecard> current(String instrumentCode, String productSetCode) {
		return store.currentId(instrumentCode, productSetCode).flatMap(store::scorecard);
	}

	/** Every version of a product set's scorecard, newest first. */
	public List<ScorecardSummary> versions(String instrumentCode, String productSetCode) {
		return store.allVersions(instrumentCode, productSetCode);
	}

	/**
	 * Scores a sheet on a stored scorecard with its instrument's bands.
	 *
	 * @throws InvalidScoreSheet when the sheet does not fit the scorecard
	 * @throws java.util.NoSuchElementException when there is no such scorecard
	 */
	public ScoreResult score(long scorecardId, ScoreSheet sheet) {
		Scorecard scorecard = store.scorecard(scorecardId).orElseThrow();
		Instrument instrument = store.instrument(scorecard.instrumentCode()).orElseThrow();
		return ScoringEngine.score(instrument.bands(), scorecard.definition(), sheet);
	}

	/** An instrument with the current versions of its scorecards, as exported. */
	ScorecardSet export(String instrumentCode) {
		Instrument instrument = store.instrument(instrumentCode).orElseThrow();
		return new ScorecardSet(instrument, store.currentDefinitions(instrumentCode));
	}

}
