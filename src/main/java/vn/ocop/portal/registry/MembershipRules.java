package vn.ocop.portal.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The minimum number of members each kind of organisation needs, by legal period: data read from
 * {@code registry/membership-rules.csv} ({@code ocop.registry.membership-rules}), not code, since
 * the rules change with the law (7 official members for a cooperative before 1/7/2024, 5 after;
 * 2 for a cooperative group; 4 member cooperatives for a union under the 2012 law, 3 after —
 * unconfirmed, so a warning). Periods of one kind may not overlap.
 */
@Component
class MembershipRules {

	/** How a rule weighs: an error refuses the update, a warning is shown and the update accepted. */
	enum Severity {
		ERROR, WARNING
	}

	/**
	 * One rule.
	 *
	 * @param kind       the kind of organisation
	 * @param validFrom  first day (inclusive), null: open
	 * @param validTo    last day (inclusive), null: open
	 * @param minimum    the fewest members allowed
	 * @param severity   error or warning
	 * @param legalBasis the legal instrument
	 * @param confirmed  whether it was checked against an official text
	 */
	record Rule(OrganisationKind kind, LocalDate validFrom, LocalDate validTo, int minimum, Severity severity,
			String legalBasis, boolean confirmed) {

		boolean appliesOn(LocalDate date) {
			return RuleCsv.covers(validFrom, validTo, date);
		}

	}

	/** The outcome of a check: the rule that applied (if any) and whether the members fall short. */
	record Check(OrganisationKind kind, LocalDate date, int members, Rule rule) {

		boolean shortfall() {
			return rule != null && members < rule.minimum();
		}

		boolean isError() {
			return shortfall() && rule.severity() == Severity.ERROR;
		}

		boolean isWarning() {
			return shortfall() && rule.severity() == Severity.WARNING;
		}

		/** Arguments of the messages {@code registry.rule.members.*}: minimum, legal basis, members. */
		Object[] messageArguments() {
			return new Object[] { rule == null ? 0 : rule.minimum(), rule == null ? "" : rule.legalBasis(), members };
		}

		/** {@code registry.rule.members.THT}, ...: the explanation of a shortfall. */
		String messageKey() {
			return "registry.rule.members." + kind.name();
		}

	}

	private final List<Rule> rules;

	@Autowired
	MembershipRules(RegistryProperties properties, ResourceLoader resources) {
		this(resources.getResource(properties.membershipRules()));
	}

	MembershipRules(Resource resource) {
		this.rules = List.copyOf(parse(RuleCsv.read(resource)));
	}

	/** The check of {@code members} for an organisation of this kind on the date. */
	Check check(OrganisationKind kind, LocalDate date, int members) {
		return new Check(kind, date, members, ruleFor(kind, date).orElse(null));
	}

	Optional<Rule> ruleFor(OrganisationKind kind, LocalDate date) {
		return rules.stream().filter(rule -> rule.kind() == kind && rule.appliesOn(date)).findFirst();
	}

	List<Rule> all() {
		return rules;
	}

	private static List<Rule> parse(List<CSVRecord> rows) {
		List<Rule> parsed = new ArrayList<>();
		for (CSVRecord row : rows) {
			OrganisationKind kind;
			Severity severity;
			try {
				kind = OrganisationKind.valueOf(row.get("kind").strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw RuleCsv.problem(row, "kind", "is not THT, HTX or LHHTX");
			}
			try {
				severity = Severity.valueOf(row.get("severity").strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw RuleCsv.problem(row, "severity", "is not ERROR or WARNING");
			}
			LocalDate from = RuleCsv.date(row, "valid_from");
			LocalDate to = RuleCsv.date(row, "valid_to");
			if (from != null && to != null && to.isBefore(from)) {
				throw RuleCsv.problem(row, "valid_to", "is before valid_from");
			}
			int minimum = RuleCsv.integer(row, "minimum");
			if (minimum < 0) {
				throw RuleCsv.problem(row, "minimum", "is negative");
			}
			Rule rule = new Rule(kind, from, to, minimum, severity, row.get("legal_basis").strip(), RuleCsv.yesNo(row, "confirmed"));
			for (Rule other : parsed) {
				if (other.kind() == kind && RuleCsv.overlap(other.validFrom(), other.validTo(), from, to)) {
					throw RuleCsv.problem(row, "valid_from", "overlaps another " + kind + " rule");
				}
			}
			parsed.add(rule);
		}
		return parsed;
	}

}
