package vn.ocop.portal.ocop;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * An administrator's scorecard file (JSON or XLSX), read, checked and stored all or nothing by
 * {@link ScorecardLoading}. Problems name the sheet and row (XLSX) or the element (JSON).
 */
@Service
class ScorecardImports {

	private final ScorecardLoading loading;

	ScorecardImports(ScorecardLoading loading) {
		this.loading = loading;
	}

	/** The format of a file, from its name. */
	enum Format {

		JSON, XLSX;

		static java.util.Optional<Format> of(String fileName) {
			String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
			if (name.endsWith(".json")) {
				return java.util.Optional.of(JSON);
			}
			if (name.endsWith(".xlsx")) {
				return java.util.Optional.of(XLSX);
			}
			return java.util.Optional.empty();
		}

	}

	/**
	 * Reads and stores a file.
	 *
	 * @throws ScorecardImportRejected with every problem; nothing is stored
	 */
	ScorecardLoading.LoadReport importFile(Format format, InputStream in) throws IOException {
		ScorecardSet set;
		Map<String, String> locations;
		if (format == Format.JSON) {
			ScorecardJson.Read read = ScorecardJson.read(in);
			if (!read.problems().isEmpty()) {
				throw new ScorecardImportRejected(read.problems());
			}
			set = read.set();
			locations = Map.of();
		}
		else {
			ScorecardWorkbook.Read read = ScorecardWorkbook.read(in);
			if (!read.problems().isEmpty()) {
				throw new ScorecardImportRejected(read.problems());
			}
			set = read.set();
			locations = read.locations();
		}
		if (set == null) {
			throw new ScorecardImportRejected(List.of(ScorecardProblem.of("file", "empty")));
		}
		return loading.load(set, Scorecard.Origin.IMPORTED, new ScorecardSetValidator(key -> locations.getOrDefault(key, key)));
	}

}
