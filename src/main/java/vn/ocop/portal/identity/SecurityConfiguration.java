package vn.ocop.portal.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open what. Public pages are open; the back office needs a login; administration needs
 * the administrator role. Finer rules (role and data scope) sit on the controller methods.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/backoffice/**", "/account/**").authenticated()
			.requestMatchers("/admin/**").hasRole("ADMIN")
			.anyRequest().permitAll())
			.formLogin(login -> login.loginPage("/login").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/"));
		return http.build();
	}

}
