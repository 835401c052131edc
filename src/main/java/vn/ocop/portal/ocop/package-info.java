/**
 * OCOP programme (domain §4): the criteria as versioned data — legal instruments with validity,
 * star bands and taxonomy, and the scorecards of each product set as immutable versions — and the
 * pure {@link vn.ocop.portal.ocop.ScoringEngine}; OCOP subjects (registry organisations or
 * enterprises, farms and household businesses recorded here) and their products with codes, story,
 * photos and GTIN; evaluation rounds, applications (Mẫu 01–03, documents, the commune's check in
 * working days), councils with blind scoring, quorum, conflicts of interest and the spread flag, and
 * which level recognises what by instrument and date.
 * <p>
 * Public face: {@link vn.ocop.portal.ocop.Scorecards} (bean {@code scorecards}, reads and scoring on
 * a stored version), {@link vn.ocop.portal.ocop.ScoringEngine} with
 * {@link vn.ocop.portal.ocop.ScoreSheet}, {@link vn.ocop.portal.ocop.ScoreResult},
 * {@link vn.ocop.portal.ocop.ScoreProblem}, {@link vn.ocop.portal.ocop.InvalidScoreSheet}, and the
 * read records {@link vn.ocop.portal.ocop.Instrument}, {@link vn.ocop.portal.ocop.StarBands},
 * {@link vn.ocop.portal.ocop.ScorecardDefinition}, {@link vn.ocop.portal.ocop.Scorecard},
 * {@link vn.ocop.portal.ocop.ScorecardSummary}, {@link vn.ocop.portal.ocop.GateEffect}; for subjects
 * and products {@link vn.ocop.portal.ocop.OcopProducts} (bean {@code ocopProducts}) with
 * {@link vn.ocop.portal.ocop.ProductView}, {@link vn.ocop.portal.ocop.SubjectView},
 * {@link vn.ocop.portal.ocop.SubjectKind}, {@link vn.ocop.portal.ocop.ProductStatus}; for certification
 * {@link vn.ocop.portal.ocop.OcopEvaluations} (bean {@code ocopEvaluations}: concluded applications
 * awaiting a decision per round as {@link vn.ocop.portal.ocop.ConcludedApplication}, and marking them
 * decided or closing those not recognised, the rounds as {@link vn.ocop.portal.ocop.EvaluationRound}),
 * {@link vn.ocop.portal.ocop.OcopEvaluationHistory} (past rounds as they ended) and the
 * events {@link vn.ocop.portal.ocop.ApplicationConcluded} and {@link vn.ocop.portal.ocop.ReratingFiled}; for reporting
 * {@link vn.ocop.portal.ocop.OcopStatistics} (provincial evaluation decided per unit and year); with
 * {@link vn.ocop.portal.ocop.ApplicationKind}, {@link vn.ocop.portal.ocop.ApplicationState},
 * {@link vn.ocop.portal.ocop.EvaluationLevel}; for reports {@link vn.ocop.portal.ocop.OcopSupport} (bean
 * {@code ocopSupport}: support records counted per unit, kind and year) with
 * {@link vn.ocop.portal.ocop.SupportCount} and {@link vn.ocop.portal.ocop.SupportKind}; the import sheet
 * {@code ho-tro-ocop} of the common importer. Counts working days on
 * {@code shared.calendar.WorkingDayCalendar}. Every change
 * goes through {@code audit}; pages check roles through {@code identity}. Refers to registry
 * organisations by ID only. Its history is imported through the
 * {@code importing} module's sheets {@code chu-the}, {@code san-pham} and {@code danh-gia-ocop} (past evaluation
 * rounds and their applications). See {@code docs/ocop.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "OCOP programme",
		allowedDependencies = { "audit", "identity", "units", "registry", "importing" })
package vn.ocop.portal.ocop;
