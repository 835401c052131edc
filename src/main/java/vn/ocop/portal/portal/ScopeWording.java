package vn.ocop.portal.portal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.UnitHierarchy;

/**
 * A data scope in words for the dashboard: {@code Đơn vị hành chính: Huyện Ba Bể (mã 061)}. Unit
 * names come from identity's {@link UnitHierarchy} when a module provides it; otherwise the code
 * is shown.
 */
@Component
class ScopeWording {

	private final ObjectProvider<UnitHierarchy> units;

	private final MessageSource messages;

	private final PortalProperties properties;

	ScopeWording(ObjectProvider<UnitHierarchy> units, MessageSource messages, PortalProperties properties) {
		this.units = units;
		this.messages = messages;
		this.properties = properties;
	}

	String describe(DataScope scope, Locale locale) {
		String kind = messages.getMessage(scope.kind().messageKey(), null, locale);
		if (scope.kind() == DataScope.Kind.NATION) {
			return kind;
		}
		return nameOf(scope)
			.map(name -> messages.getMessage("portal.dashboard.scope.named", new Object[] { kind, name, scope.reference() }, locale))
			.orElseGet(() -> messages.getMessage("portal.dashboard.scope.code", new Object[] { kind, scope.reference() }, locale));
	}

	private Optional<String> nameOf(DataScope scope) {
		if (!scope.isTerritorial()) {
			return Optional.empty();
		}
		Optional<String> unitName = units.orderedStream()
			.map(hierarchy -> hierarchy.nameOf(scope.reference()))
			.flatMap(Optional::stream)
			.findFirst();
		if (unitName.isEmpty() && scope.kind() == DataScope.Kind.PROVINCE
				&& scope.reference().equals(properties.provinceCode())) {
			return Optional.of(properties.displayName());
		}
		return unitName;
	}

}
