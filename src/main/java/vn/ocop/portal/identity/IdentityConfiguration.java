package vn.ocop.portal.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Identity beans that the application needs with or without its web server (the command line of
 * the jar creates accounts too): the role hierarchy and the password encoder.
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	/**
	 * The administrator has every right of a provincial officer; a publisher every right of an
	 * editor. Used by URL rules, {@code @PreAuthorize} and the menus.
	 */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name()).implies(Role.PROVINCIAL_OFFICER.name())
			.role(Role.PUBLISHER.name()).implies(Role.EDITOR.name())
			.build();
	}

	/** bcrypt for new hashes; the {@code {id}} prefix lets the algorithm change later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
