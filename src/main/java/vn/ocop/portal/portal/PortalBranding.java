package vn.ocop.portal.portal;

import org.springframework.stereotype.Component;

/** The name the portal shows in its header and footer ({@code ${@portalBranding.displayName()}}). */
@Component("portalBranding")
public class PortalBranding {

	private final PortalProperties properties;

	PortalBranding(PortalProperties properties) {
		this.properties = properties;
	}

	public String displayName() {
		return properties.displayName();
	}

}
