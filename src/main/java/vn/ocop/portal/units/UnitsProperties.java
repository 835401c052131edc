package vn.ocop.portal.units;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Loading of the administrative units.
 *
 * @param loadOnStartup load the sets of the manifest that are not in the database yet when the
 *                      application starts (before any runner, so before demo data)
 * @param manifest      the manifest; its files are resolved relative to it
 */
@ConfigurationProperties("ocop.units")
record UnitsProperties(@DefaultValue("true") boolean loadOnStartup,
		@DefaultValue("classpath:units/unit-sets.csv") String manifest) {
}
