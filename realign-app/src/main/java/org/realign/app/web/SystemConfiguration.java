package org.realign.app.web;

import java.time.Clock;

import org.realign.app.identity.LoginRateLimit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Framework wiring in one place: the clock, password hashing and the web security rules.
 */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * BCrypt by default, with the algorithm stored in the hash so that it can be upgraded
	 * later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Scripts, styles and frames from this origin only: no inline script can run, so
	 * injected markup cannot execute, and no other site may frame these pages
	 * (clickjacking).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static AuthenticationEntryPoint signInEntryPoint() {
		AuthenticationEntryPoint api = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
		AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		RequestMatcher apiRequests = PathPatternRequestMatcher.pathPattern("/api/**");
		return (request, response, ex) -> (apiRequests.matches(request) ? api : loginPage).commence(request, response,
				ex);
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/**
	 * Tells the session registry when a session ends, so that it does not grow forever.
	 */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/**
	 * A session ended by a password change: scripts calling /api get 401 like any
	 * signed-out caller, pages go to the login page with a word on why.
	 */
	private static SessionInformationExpiredStrategy expiredSession() {
		RequestMatcher apiRequests = PathPatternRequestMatcher.pathPattern("/api/**");
		return (event) -> {
			if (apiRequests.matches(event.getRequest())) {
				event.getResponse().sendError(HttpStatus.UNAUTHORIZED.value());
			}
			else {
				event.getResponse().sendRedirect(event.getRequest().getContextPath() + "/login?expired");
			}
		};
	}

	/**
	 * The login rate limit runs inside the security chain, in front of the login form's
	 * processing; it must not also run as a servlet filter of its own.
	 */
	@Bean
	FilterRegistrationBean<LoginRateLimit> loginRateLimitOutsideTheSecurityChain(LoginRateLimit limit) {
		FilterRegistrationBean<LoginRateLimit> registration = new FilterRegistrationBean<>(limit);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginRateLimit loginRateLimit,
			SessionRegistry sessionRegistry) throws Exception {
		http.addFilterBefore(loginRateLimit, UsernamePasswordAuthenticationFilter.class);
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/join", "/reset", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
					"/actuator/health", "/actuator/health/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
			// Scripts calling /api get a status code; everything else goes to the login
			// page.
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signInEntryPoint()))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			// Every session is registered, so that a password change or reset can end the
			// login's other sessions (org.realign.app.identity.SessionRevocation).
			.sessionManagement((sessions) -> sessions.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredSessionStrategy(expiredSession()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		// HSTS: Spring Security sends Strict-Transport-Security on requests that arrived
		// over TLS only.
		return http.build();
	}

}
