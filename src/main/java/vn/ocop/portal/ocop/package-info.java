/**
 * OCOP programme (domain §4): the criteria as versioned data — legal instruments with validity,
 * star bands and taxonomy, and the scorecards of each product set as immutable versions — and the
 * pure {@link vn.ocop.portal.ocop.ScoringEngine}; OCOP subjects (registry organisations or
 * enterprises, farms and household businesses recorded here) and their products with codes, story,
 * photos and GTIN. Evaluation rounds, councils, star ratings and certificates come next and build on
 * this public face.
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
 * {@link vn.ocop.portal.ocop.SubjectKind}, {@link vn.ocop.portal.ocop.ProductStatus}. Every change
 * goes through {@code audit}; pages check roles through {@code identity}. Refers to registry
 * organisations by ID only. See {@code docs/ocop.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "OCOP programme",
		allowedDependencies = { "audit", "identity", "units", "registry" })
package vn.ocop.portal.ocop;
