package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The evaluation council of a round: its identifier ({@code code}, the council scope of its members'
 * accounts, e.g. {@code HD-OCOP-06-2022} for the province's council established in 2022), its
 * members with their role, the quorum and the spread threshold it works with.
 */
record Council(long id, long roundId, String code, String name, int quorumPercent, BigDecimal spreadThreshold,
		List<Member> members) {

	enum Role {
		CHAIR, MEMBER, ADVISOR;

		public String messageKey() {
			return "ocop.council.role." + name();
		}
	}

	record Member(String username, String fullName, Role role, boolean present) {
	}

	public Optional<Member> member(String username) {
		return members.stream().filter(member -> member.username().equals(username)).findFirst();
	}

	/** The member's name, or the username when not a member. */
	public String nameOf(String username) {
		return member(username).map(Member::fullName).orElse(username);
	}

	List<CouncilTally.Seat> seats() {
		return members.stream().map(member -> new CouncilTally.Seat(member.username(), member.role(), member.present())).toList();
	}

}
