package vn.ocop.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * OCOP Portal: one deployable, cut into application modules by business capability.
 * Each direct sub-package is a module; see {@code docs/architecture.md}.
 */
@Modulithic(systemName = "OCOP Portal", sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
public class OcopPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(OcopPortalApplication.class, args);
	}

}
