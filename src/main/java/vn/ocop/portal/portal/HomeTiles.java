package vn.ocop.portal.portal;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.web.HomeTile;
import vn.ocop.portal.shared.web.HomeTileContribution;

/** The tiles every module contributes to the home page, in their order. */
@Component
class HomeTiles {

	private final ObjectProvider<HomeTileContribution> contributions;

	HomeTiles(ObjectProvider<HomeTileContribution> contributions) {
		this.contributions = contributions;
	}

	List<HomeTile> all() {
		return contributions.orderedStream()
			.flatMap(contribution -> contribution.homeTiles().stream())
			.sorted(Comparator.comparingInt(HomeTile::order))
			.toList();
	}

}
