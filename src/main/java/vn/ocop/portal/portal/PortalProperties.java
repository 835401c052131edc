package vn.ocop.portal.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The installation: which province runs this portal.
 *
 * @param provinceCode code of the province in the national list (e.g. {@code 06})
 * @param displayName  the name shown in the header (e.g. {@code Tỉnh Bắc Kạn})
 */
@ConfigurationProperties("ocop.portal")
record PortalProperties(@DefaultValue("06") String provinceCode, @DefaultValue("Tỉnh Bắc Kạn") String displayName) {
}
