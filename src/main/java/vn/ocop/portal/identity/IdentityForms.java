package vn.ocop.portal.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;

/**
 * Helpers shared by identity's forms. Every error code of an identity form is looked up with the
 * {@code identity.} prefix ({@code identity.Size.displayName}, {@code identity.user.scope.unknown}),
 * so the texts live in identity's bundles only.
 */
final class IdentityForms {

	static final MessageCodesResolver MESSAGE_CODES = messageCodes();

	static final List<Role> ROLES = List.of(Role.values());

	static final List<DataScope.Kind> SCOPE_KINDS = List.of(DataScope.Kind.values());

	private IdentityForms() {
	}

	private static MessageCodesResolver messageCodes() {
		DefaultMessageCodesResolver resolver = new DefaultMessageCodesResolver();
		resolver.setPrefix("identity.");
		return resolver;
	}

	/** Shows a broken rule next to the form field it concerns. */
	static void reject(BindingResult result, UserRuleViolation violation, String passwordField) {
		String field = "password".equals(violation.attribute()) ? passwordField : violation.attribute();
		if (field == null || !hasField(result, field)) {
			result.reject(violation.messageKey(), violation.arguments(), null);
			return;
		}
		result.rejectValue(field, violation.messageKey(), violation.arguments(), null);
	}

	private static boolean hasField(BindingResult result, String field) {
		Object target = result.getTarget();
		return target != null && target.getClass().isRecord()
				&& Arrays.stream(target.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(field));
	}

	/** The role a form names. @throws UserRuleViolation for an unknown role */
	static Role role(String name) {
		return Arrays.stream(Role.values())
			.filter(role -> role.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new UserRuleViolation("role", "user.role.invalid"));
	}

	/** The role a list filter names, or none. */
	static Optional<Role> roleFilter(String name) {
		return Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst();
	}

	/** The scope a form names. @throws UserRuleViolation for an unknown kind or a malformed reference */
	static DataScope scope(String kindName, String reference) {
		DataScope.Kind kind = Arrays.stream(DataScope.Kind.values())
			.filter(candidate -> candidate.name().equals(kindName))
			.findFirst()
			.orElseThrow(() -> new UserRuleViolation("scopeKind", "user.scope.kindInvalid"));
		try {
			return new DataScope(kind, reference);
		}
		catch (IllegalArgumentException ex) {
			throw new UserRuleViolation("scopeReference", "user.scope.referenceInvalid." + kind.name());
		}
	}

}
