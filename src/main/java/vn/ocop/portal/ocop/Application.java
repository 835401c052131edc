package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An application (hồ sơ) for evaluating a product in a round, with its forms: Mẫu 01 (registration)
 * and Mẫu 02 (self-assessment) from the subject, Mẫu 03 (the commune's report) from the commune;
 * the council's result once concluded. The product's and subject's names are read with it.
 * {@code filedOn} is the first filing (which rules apply, {@link DecisionLimits}), {@code submittedOn}
 * the latest; {@code dossierCompleteOn} the day the province received the dossier it accepted as
 * complete; {@code decisionDueOn} the last day of the limit that applies, once its clock started.
 */
record Application(long id, long roundId, long productId, long subjectId, ApplicationKind kind, ApplicationState state,
		List<String> areaCodes, Map<String, String> registration, Map<String, String> selfAssessment,
		Map<String, String> communeReport, LocalDate submittedOn, LocalDate communeReceivedOn, LocalDate communeDueOn,
		LocalDate communeReportedOn, boolean writtenOpinions, BigDecimal score, Integer star, String outcome,
		BigDecimal spread, boolean flagged, EvaluationLevel recognisingLevel, LocalDate concludedOn, String decisionNumber,
		LocalDate decisionDate, String note, int version, String productName, String productCode, String productSetCode,
		String subjectName, String subjectOrganisationId, String subjectUnitCode, LocalDate filedOn,
		LocalDate dossierCompleteOn, LocalDate decisionDueOn) {

	/** The fields of Mẫu 01 kept in {@code registration}. */
	static final List<String> REGISTRATION_FIELDS = List.of("representative", "address", "phone", "email", "output",
			"market", "reason");

	/** The fields of Mẫu 02 kept in {@code selfAssessment}. */
	static final List<String> SELF_ASSESSMENT_FIELDS = List.of("production", "quality", "marketing", "plans",
			"selfScore", "selfStar");

	/** The four local criteria of Mẫu 03 (26/2026 Art. 7.2.a) and the commune's conclusion. */
	static final List<String> COMMUNE_FIELDS = List.of("localMaterials", "localLabour", "ideaOrigin", "localIdentity");

	/**
	 * Where the application stands against its decision limit on {@code today} (see {@link DecisionClock});
	 * null when no limit applies to it or it was withdrawn or rejected.
	 */
	public DecisionClock decisionClock(LocalDate today) {
		if (decisionDueOn == null || state == ApplicationState.WITHDRAWN || state == ApplicationState.REJECTED) {
			return null;
		}
		return DecisionClock.of(decisionDueOn, decisionDate, today);
	}

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("state", state.name());
		values.put("kind", kind.name());
		values.put("roundId", roundId);
		values.put("productId", productId);
		values.put("score", score);
		values.put("star", star);
		values.put("recognisingLevel", recognisingLevel == null ? null : recognisingLevel.name());
		values.put("decisionNumber", decisionNumber);
		return values;
	}

}
