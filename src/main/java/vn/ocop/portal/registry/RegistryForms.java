package vn.ocop.portal.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;

import vn.ocop.portal.shared.web.Formats;

/**
 * Helpers shared by the registry's forms. Every error code of a registry form is looked up with
 * the {@code registry.} prefix ({@code registry.Size}, {@code registry.rule.required}), so the
 * texts live in the registry bundles; the pages show each message under its labelled field and,
 * in the summary at the top, after the field's label.
 */
final class RegistryForms {

	static final MessageCodesResolver MESSAGE_CODES = messageCodes();

	static final List<OrganisationKind> KINDS = List.of(OrganisationKind.values());

	static final List<Sector> SECTORS = List.of(Sector.values());

	static final List<DissolutionKind> DISSOLUTION_KINDS = List.of(DissolutionKind.values());

	private static final String PREFIX = "registry.";

	private RegistryForms() {
	}

	private static MessageCodesResolver messageCodes() {
		DefaultMessageCodesResolver resolver = new DefaultMessageCodesResolver();
		resolver.setPrefix(PREFIX);
		return resolver;
	}

	/** Shows a broken rule at its field (or for the whole form when the form has no such field). */
	static void reject(BindingResult result, RegistryRuleViolation violation) {
		String code = violation.messageKey().startsWith(PREFIX) ? violation.messageKey().substring(PREFIX.length())
				: violation.messageKey();
		if (violation.field() == null || !hasField(result, violation.field())) {
			result.reject(code, violation.arguments(), null);
		}
		else if (!result.hasFieldErrors(violation.field())) {
			result.rejectValue(violation.field(), code, violation.arguments(), null);
		}
	}

	/** Runs a parse or rule; a broken rule is shown at its field and null returned. */
	static <T> T check(BindingResult result, Supplier<T> rule) {
		try {
			return rule.get();
		}
		catch (RegistryRuleViolation violation) {
			reject(result, violation);
			return null;
		}
	}

	/** A dd/MM/yyyy date typed into {@code field}; null (and a field error) when it is not one. */
	static LocalDate date(BindingResult result, String field, String text, boolean required) {
		if (result.hasFieldErrors(field)) {
			return null;
		}
		try {
			LocalDate date = Formats.parseDate(text);
			if (date == null && required) {
				result.rejectValue(field, "rule.required");
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			result.rejectValue(field, "rule.date.format", new Object[] { text.strip() }, null);
			return null;
		}
	}

	/**
	 * An amount of Vietnamese dong as people type it: digits with optional thousands separators
	 * (dots, commas or spaces: {@code 500.000.000}) and an optional minus sign.
	 */
	static BigDecimal money(BindingResult result, String field, String text) {
		if (result.hasFieldErrors(field)) {
			return null;
		}
		String compact = text == null ? "" : text.replaceAll("[\\s.,\u00a0]", "");
		if (compact.isEmpty()) {
			result.rejectValue(field, "rule.required");
			return null;
		}
		if (!compact.matches("-?\\d{1,18}")) {
			result.rejectValue(field, "rule.money.format", new Object[] { text.strip() }, null);
			return null;
		}
		return new BigDecimal(compact);
	}

	/** A score 0–100 with a decimal comma or point; null when blank. */
	static BigDecimal score(BindingResult result, String field, String text) {
		if (text == null || text.isBlank() || result.hasFieldErrors(field)) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			result.rejectValue(field, "rule.score.range");
			return null;
		}
	}

	static <E extends Enum<E>> Optional<E> choice(Class<E> type, String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst();
	}

	/** The choice a form names, or a field error. */
	static <E extends Enum<E>> E required(BindingResult result, String field, Class<E> type, String name) {
		if (result.hasFieldErrors(field)) {
			return null;
		}
		Optional<E> value = choice(type, name);
		if (value.isEmpty()) {
			result.rejectValue(field, name == null || name.isBlank() ? "rule.choose" : "rule.choice.invalid");
		}
		return value.orElse(null);
	}

	static int pageNumber(String page) {
		try {
			return page == null ? 1 : Math.max(1, Math.min(Integer.parseInt(page.strip()), 100_000));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		Object target = result.getTarget();
		return target != null && target.getClass().isRecord()
				&& Arrays.stream(target.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(field));
	}

}
