package vn.ocop.portal.ocop;

import java.util.List;

/**
 * An instrument with the scorecards of (some of) its product sets: what a data file, an import or an
 * export carries. The import format's root ({@code ocop-scorecards/1}).
 */
record ScorecardSet(String format, Instrument instrument, List<ScorecardDefinition> scorecards) {

	static final String FORMAT = "ocop-scorecards/1";

	ScorecardSet {
		scorecards = scorecards == null ? List.of() : List.copyOf(scorecards);
	}

	ScorecardSet(Instrument instrument, List<ScorecardDefinition> scorecards) {
		this(FORMAT, instrument, scorecards);
	}

}
