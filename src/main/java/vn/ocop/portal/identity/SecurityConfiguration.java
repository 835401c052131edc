package vn.ocop.portal.identity;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may open what. Public pages, the API's documentation (OpenAPI document, Swagger UI) and GET
 * requests to the JSON API are open; the back office and
 * the account pages need a login; administration and the actuator (except health and info) need
 * the administrator role. Finer rules (role and data scope) sit on the controller methods
 * ({@code @PreAuthorize}), which honour the same {@link IdentityConfiguration#roleHierarchy() role hierarchy}.
 * <p>
 * Form login at {@code /login} with our own page; CSRF protection on every state-changing
 * request; sessions in the database (Spring Session JDBC) with session-fixation protection;
 * strict security headers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	static final String LOGIN_PAGE = "/login";

	static final String AFTER_LOGIN = "/backoffice";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
			.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
			.requestMatchers("/backoffice", "/backoffice/**", "/account/**").authenticated()
			.requestMatchers("/admin", "/admin/**").hasRole(Role.ADMIN.name())
			// the OpenAPI document and Swagger UI are public; the endpoints they describe keep their own rules
			.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
					"/swagger-ui/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/**").permitAll()
			.requestMatchers("/api/**").authenticated()
			.anyRequest().permitAll())
			.formLogin(login -> login.loginPage(LOGIN_PAGE)
				.defaultSuccessUrl(AFTER_LOGIN)
				.failureHandler(loginFailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout").permitAll())
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
				.invalidSessionStrategy(new ExpiredSessionRedirect(LOGIN_PAGE + "?expired")))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new LoggingAccessDeniedHandler())
				.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
				// the JSON API answers 401; everything else sends the person to the login page
				.addEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
				.defaultEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE))
				.build()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	/** Wrong password, locked account and disabled account each get their own message. */
	private static ExceptionMappingAuthenticationFailureHandler loginFailureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl(LOGIN_PAGE + "?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), LOGIN_PAGE + "?locked",
				DisabledException.class.getName(), LOGIN_PAGE + "?disabled"));
		return handler;
	}

}
