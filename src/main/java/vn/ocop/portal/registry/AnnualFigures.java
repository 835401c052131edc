package vn.ocop.portal.registry;

import java.math.BigDecimal;

/**
 * What an organisation reports for a year (Circular 09/2024/TT-BKHĐT, forms VII-1/2/3). Counts are
 * whole numbers ≥ 0; money is in whole Vietnamese dong (profit may be negative).
 *
 * @param officialMembers      official members (for a cooperative group: its members)
 * @param capitalAssociates    capital-contributing associate members
 * @param nonCapitalAssociates non-contributing associate members
 * @param memberCooperatives   member cooperatives (unions only)
 * @param workers              workers
 * @param charterCapital       charter capital
 * @param totalAssets          total assets
 * @param revenue              revenue of the year
 * @param profit               profit of the year
 * @param averageIncome        average income per worker in the year
 * @param classificationScore  classification score 0–100 (Circular 01/2020), or null when not assessed
 */
public record AnnualFigures(int officialMembers, int capitalAssociates, int nonCapitalAssociates, int memberCooperatives,
		int workers, BigDecimal charterCapital, BigDecimal totalAssets, BigDecimal revenue, BigDecimal profit,
		BigDecimal averageIncome, BigDecimal classificationScore) {

	/** Largest amount of money accepted (the column holds 18 digits). */
	public static final BigDecimal MAX_MONEY = new BigDecimal("999999999999999999");

	public AnnualFigures {
		count(officialMembers, "officialMembers");
		count(capitalAssociates, "capitalAssociates");
		count(nonCapitalAssociates, "nonCapitalAssociates");
		count(memberCooperatives, "memberCooperatives");
		count(workers, "workers");
		charterCapital = money(charterCapital, "charterCapital", false);
		totalAssets = money(totalAssets, "totalAssets", false);
		revenue = money(revenue, "revenue", false);
		profit = money(profit, "profit", true);
		averageIncome = money(averageIncome, "averageIncome", false);
		if (classificationScore != null && (classificationScore.signum() < 0 || classificationScore.compareTo(BigDecimal.valueOf(100)) > 0
				|| classificationScore.stripTrailingZeros().scale() > 2)) {
			throw new RegistryRuleViolation("classificationScore", "registry.rule.score.range");
		}
	}

	/** All members of a cooperative or group: official members and both kinds of associates. */
	public int totalMembers() {
		return officialMembers + capitalAssociates + nonCapitalAssociates;
	}

	/** The members a membership rule counts for this kind: member cooperatives for a union, official members otherwise. */
	public int membersCountedFor(OrganisationKind kind) {
		return kind.isUnion() ? memberCooperatives : officialMembers;
	}

	/** The count of one kind of member. */
	public int members(MemberKind kind) {
		return switch (kind) {
			case OFFICIAL -> officialMembers;
			case CAPITAL_CONTRIBUTING_ASSOCIATE -> capitalAssociates;
			case NON_CONTRIBUTING_ASSOCIATE -> nonCapitalAssociates;
		};
	}

	private static void count(int value, String field) {
		if (value < 0) {
			throw new RegistryRuleViolation(field, "registry.rule.count.negative");
		}
	}

	private static BigDecimal money(BigDecimal value, String field, boolean mayBeNegative) {
		if (value == null) {
			throw new RegistryRuleViolation(field, "registry.rule.required");
		}
		if (value.stripTrailingZeros().scale() > 0) {
			throw new RegistryRuleViolation(field, "registry.rule.money.whole");
		}
		if (!mayBeNegative && value.signum() < 0) {
			throw new RegistryRuleViolation(field, "registry.rule.money.negative");
		}
		if (value.abs().compareTo(MAX_MONEY) > 0) {
			throw new RegistryRuleViolation(field, "registry.rule.money.tooLarge");
		}
		return value.setScale(0);
	}

}
