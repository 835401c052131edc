package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A legal instrument that sets the OCOP criteria (1048/QĐ-TTg 2019, 148/QĐ-TTg 2023,
 * 26/2026/QĐ-TTg, and whatever decision comes next): its validity, the parts of its scorecards with
 * their declared maxima, its star bands, and its taxonomy of product groups and product sets. All
 * of it is data (loaded from {@code ocop/instruments.json} or imported), never constants in code.
 *
 * @param code        short stable code, e.g. {@code 26/2026}
 * @param number      the decision's number as printed, e.g. {@code 26/2026/QĐ-TTg}
 * @param title       the decision's title
 * @param signedOn    the date of the decision
 * @param validFrom   first day the criteria apply
 * @param validUntil  first day they no longer apply ({@code null}: in force), so the period is half-open
 * @param provenance  where the text and the scorecards come from, and how far they are verified
 * @param parts       the parts of every scorecard with their declared maximum points
 * @param bands       the star bands and the lowest star that is recognised
 * @param groups      the product groups (ngành)
 * @param productSets the product sets (bộ sản phẩm), each with its own scorecard
 */
public record Instrument(String code, String number, String title, LocalDate signedOn, LocalDate validFrom,
		LocalDate validUntil, String provenance, List<Part> parts, StarBands bands, List<ProductGroup> groups,
		List<ProductSet> productSets) {

	public Instrument {
		parts = Copies.list(parts);
		groups = Copies.list(groups);
		productSets = Copies.list(productSets);
	}

	/** Whether the criteria apply on this date (valid from inclusive, valid until exclusive). */
	public boolean appliesOn(LocalDate date) {
		return !date.isBefore(validFrom) && (validUntil == null || date.isBefore(validUntil));
	}

	/** The declared maximum of all parts (100 for every instrument so far). */
	public BigDecimal maxPoints() {
		return parts.stream().map(Part::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public Optional<Part> part(String partCode) {
		return parts.stream().filter(part -> part.code().equals(partCode)).findFirst();
	}

	public Optional<ProductSet> productSet(String productSetCode) {
		return productSets.stream().filter(set -> set.code().equals(productSetCode)).findFirst();
	}

	public Optional<ProductGroup> group(String groupCode) {
		return groups.stream().filter(group -> group.code().equals(groupCode)).findFirst();
	}

	/** A part of the scorecards (A, B, C) with the maximum the instrument declares for it. */
	public record Part(String code, String name, BigDecimal maxPoints) {

		public Part {
			maxPoints = Copies.points(maxPoints);
		}

	}

	/** A product group (ngành), e.g. {@code TP} Thực phẩm. */
	public record ProductGroup(String code, String name) {
	}

	/**
	 * A product set (bộ sản phẩm): the leaf of the classification with its own scorecard.
	 *
	 * @param code      stable code, e.g. {@code TP-01}
	 * @param groupCode the group it belongs to
	 * @param number    the scorecard's number in the instrument (1…26)
	 * @param name      its name in this instrument
	 * @param subgroup  the nhóm and phân nhóm, as printed
	 * @param ministry  the lead ministry
	 * @param evidence  how the row was established (e.g. {@code confirmed-148-era-page}, {@code inferred})
	 */
	public record ProductSet(String code, String groupCode, int number, String name, String subgroup, String ministry,
			String evidence) {
	}

}
