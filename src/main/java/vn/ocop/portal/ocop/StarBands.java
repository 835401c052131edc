package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The star bands of an instrument, as its text words them: each band from a lower bound
 * (inclusive) to an upper bound, exclusive ("từ 70 đến dưới 90 điểm") or, for the top band,
 * inclusive ("từ 90 đến 100 điểm"); and the lowest star that a decision recognises (3★).
 *
 * @param bands              the bands, any order
 * @param recognisedFromStar the lowest star that is recognised with a decision and a certificate
 */
public record StarBands(List<Band> bands, int recognisedFromStar) {

	public StarBands {
		bands = Copies.list(bands).stream()
			.sorted(Comparator.comparing(Band::from, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

	/** The star of a total (a member's total or the council's mean), if it falls into a band. */
	public Optional<Band> bandOf(BigDecimal points) {
		return bands.stream().filter(band -> band.contains(points)).findFirst();
	}

	public Optional<Band> band(int star) {
		return bands.stream().filter(band -> band.star() == star).findFirst();
	}

	public boolean recognised(int star) {
		return star >= recognisedFromStar;
	}

	/**
	 * One band.
	 *
	 * @param star        1…5
	 * @param from        lowest total of the band, inclusive
	 * @param to          upper bound ({@code null}: none)
	 * @param toInclusive whether {@code to} itself belongs to the band
	 */
	public record Band(int star, BigDecimal from, BigDecimal to, boolean toInclusive) {

		public Band {
			from = Copies.points(from);
			to = Copies.points(to);
		}

		public boolean contains(BigDecimal points) {
			if (points.compareTo(from) < 0) {
				return false;
			}
			if (to == null) {
				return true;
			}
			int upper = points.compareTo(to);
			return upper < 0 || (toInclusive && upper == 0);
		}

	}

}
