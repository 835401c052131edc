package vn.ocop.portal.ocop;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of OCOP evaluation ({@code ocop.evaluation.*}). The council's quorum and spread are
 * provincial practice, not national rules (domain §4 [configurable]): these are the defaults of a new
 * council, which keeps its own values.
 *
 * @param communeCheckWorkingDays working days the commune has to check a dossier (26/2026 Art. 7.2)
 * @param quorumPercent           share of scoring members that must be present (default 75)
 * @param spreadThreshold         difference between members' totals above which the product is discussed (default 10)
 * @param documentMaxBytes        largest uploaded document
 * @param maxDocuments            documents per application
 * @param pageSize                rows per page of the lists
 */
@ConfigurationProperties("ocop.evaluation")
record EvaluationProperties(@DefaultValue("15") int communeCheckWorkingDays, @DefaultValue("75") int quorumPercent,
		@DefaultValue("10") java.math.BigDecimal spreadThreshold, @DefaultValue("10485760") long documentMaxBytes,
		@DefaultValue("20") int maxDocuments, @DefaultValue("25") int pageSize) {

}
