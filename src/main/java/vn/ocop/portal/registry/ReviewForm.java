package vn.ocop.portal.registry;

import jakarta.validation.constraints.Size;

/** An officer's reason for returning an annual update. */
record ReviewForm(@Size(max = AnnualUpdate.REASON_MAX) String reason) {

	static ReviewForm empty() {
		return new ReviewForm("");
	}

}
