package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** The bundled files, the JSON and XLSX forms and the structural checks, without a database. */
class ScorecardFileTests {

	private static final ScorecardSetValidator VALIDATOR = new ScorecardSetValidator(Function.identity());

	@Test
	void everyBundledSetPassesTheStructuralChecks() {
		assertThat(RealScorecards.SETS).extracting(set -> set.instrument().code())
			.containsExactly("1048/2019", "148/2023", "26/2026");
		assertThat(RealScorecards.SETS).allSatisfy(set -> assertThat(VALIDATOR.validate(set)).isEmpty());
	}

	@Test
	void jsonAndXlsxCarryTheSameSetThroughUnchanged() {
		ScorecardSet set = RealScorecards.instrument("26/2026");
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		ScorecardJson.write(set, json);
		assertThat(ScorecardJson.read(new ByteArrayInputStream(json.toByteArray())).set()).isEqualTo(set);
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		ScorecardWorkbook.write(set, xlsx);
		ScorecardWorkbook.Read read = ScorecardWorkbook.read(new ByteArrayInputStream(xlsx.toByteArray()));
		assertThat(read.problems()).isEmpty();
		assertThat(read.set()).isEqualTo(set);
	}

	@Test
	void theContentHashIgnoresHowPointsAreWritten() {
		ScorecardDefinition card = RealScorecards.scorecard("26/2026", "TP-01");
		assertThat(new ScorecardDefinition.Option("x", "y", new BigDecimal("3.00")))
			.isEqualTo(new ScorecardDefinition.Option("x", "y", new BigDecimal("3")));
		assertThat(ScorecardJson.hash(card)).isEqualTo(ScorecardJson.hash(ScorecardJson.definition(ScorecardJson.definition(card))));
	}

	@Test
	void aJsonFileWithAnUnknownFieldIsRefusedNamingThePath() {
		String json = """
				{ "format": "ocop-scorecards/1", "instrument": { "code": "X", "pionts": 3 } }""";
		ScorecardJson.Read read = ScorecardJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
		assertThat(read.set()).isNull();
		assertThat(read.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.messageKey()).isEqualTo("ocop.import.problem.json");
			assertThat(problem.where()).contains("pionts");
		});
	}

	@Test
	void bandsWithAGapMinimumsOfUnknownOptionsAndCriteriaWithoutOptionsAreReportedWhereTheyAre() {
		ScorecardSet real = RealScorecards.instrument("26/2026");
		Instrument i = real.instrument();
		List<StarBands.Band> bands = List.of(new StarBands.Band(5, new BigDecimal("90"), new BigDecimal("100"), true),
				new StarBands.Band(4, new BigDecimal("70"), new BigDecimal("89"), false),
				new StarBands.Band(3, BigDecimal.ZERO, new BigDecimal("70"), false));
		Instrument gapped = new Instrument(i.code(), i.number(), i.title(), i.signedOn(), i.validFrom(), i.validUntil(),
				i.provenance(), i.parts(), new StarBands(bands, 3), i.groups(), i.productSets());
		ScorecardDefinition card = RealScorecards.scorecard("26/2026", "TP-01");
		ScorecardDefinition.Criterion empty = new ScorecardDefinition.Criterion("A.1.99", "Trống", null, null, List.of());
		ScorecardDefinition.Part partA = card.parts().get(0);
		ScorecardDefinition.Section first = partA.sections().get(0);
		List<ScorecardDefinition.Criterion> criteria = new java.util.ArrayList<>(first.criteria());
		criteria.add(empty);
		ScorecardDefinition.Part brokenA = new ScorecardDefinition.Part("A", partA.name(),
				java.util.stream.Stream.concat(java.util.stream.Stream.of(new ScorecardDefinition.Section(1, first.title(), criteria)),
						partA.sections().stream().skip(1)).toList());
		List<ScorecardDefinition.Minimum> minimums = new java.util.ArrayList<>(card.minimums());
		minimums.add(new ScorecardDefinition.Minimum("A.1.1", "A.1.1.9", 4));
		ScorecardDefinition broken = new ScorecardDefinition(card.productSetCode(), card.title(), card.source(), false,
				java.util.stream.Stream.concat(java.util.stream.Stream.of(brokenA), card.parts().stream().skip(1)).toList(),
				card.gates(), minimums);

		assertThat(VALIDATOR.validate(new ScorecardSet(gapped, List.of(broken))))
			.extracting(ScorecardProblem::where, ScorecardProblem::messageKey)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("band:5", "ocop.import.problem.bandGap"),
					org.assertj.core.groups.Tuple.tuple("criterion:TP-01:A.1.99", "ocop.import.problem.noOptions"),
					org.assertj.core.groups.Tuple.tuple("minimum:TP-01:A.1.1:4", "ocop.import.problem.minimumOption"));
	}

}
