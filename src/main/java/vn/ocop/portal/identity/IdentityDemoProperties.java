package vn.ocop.portal.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo installation switches as identity reads them.
 *
 * @param enabled  whether demo data is loaded at startup ({@code OCOP_DEMO_ENABLED}; production
 *                 sets false)
 * @param password the password of every demo account ({@code OCOP_DEMO_PASSWORD})
 */
@ConfigurationProperties("ocop.demo")
record IdentityDemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("Demo@2026!") String password) {
}
