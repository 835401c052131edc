package vn.ocop.portal.registry;

import jakarta.validation.constraints.Size;

/** A cooperative joining a union on a date, or a member leaving it (last day). */
record MembershipForm(@Size(max = 64) String memberId, @Size(max = 10) String date) {

	static MembershipForm empty() {
		return new MembershipForm("", "");
	}

}
