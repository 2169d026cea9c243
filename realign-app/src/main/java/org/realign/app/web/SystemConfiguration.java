package org.realign.app.web;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.realign.app.identity.LoginRateLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;

import org.realign.app.identity.ApiTokenAuthentication;
import org.realign.app.identity.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

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
		AuthenticationEntryPoint api = SystemConfiguration::unauthorized;
		AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		RequestMatcher apiRequests = PathPatternRequestMatcher.pathPattern("/api/**");
		return (request, response, ex) -> (apiRequests.matches(request) ? api : loginPage).commence(request, response,
				ex);
	}

	/**
	 * 401 through {@code sendError}, so that the API's error filter answers it as a
	 * problem ({@link org.realign.app.api.ApiErrorResponses}).
	 */
	private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		response.sendError(HttpStatus.UNAUTHORIZED.value());
	}

	/**
	 * The sessions of every server, read from the database (Spring Session JDBC): a
	 * password change on one server ends the login's sessions on all of them.
	 */
	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
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

	/**
	 * API calls signed with a personal access token ({@code Authorization: Bearer ...}):
	 * a chain of their own, ahead of the browser's, stateless (no session, no cookie) and
	 * without CSRF tokens, which protect cookies a browser adds by itself; a browser
	 * never adds this header by itself.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiTokenFilterChain(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.securityMatcher((request) -> ApiTokenAuthentication.presentsToken(request)
				&& request.getRequestURI().startsWith(request.getContextPath() + "/api/"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiTokenAuthentication(tokens), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(SystemConfiguration::unauthorized))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginRateLimit loginRateLimit,
			SessionRegistry sessionRegistry, @Value("${management.server.port:-1}") int managementPort)
			throws Exception {
		http.addFilterBefore(loginRateLimit, UsernamePasswordAuthenticationFilter.class);
		// Prometheus scrapes without signing in, on the management port only (a port kept
		// off the internet); on the app's own port the metrics are for signed-in users.
		RequestMatcher scrapeOnManagementPort = (request) -> managementPort > 0
				&& request.getLocalPort() == managementPort && "/actuator/prometheus".equals(request.getRequestURI());
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(scrapeOnManagementPort)
			.permitAll()
			.requestMatchers("/login", "/setup", "/join", "/reset", "/css/**", "/js/**", "/images/**", "/favicon.ico",
					"/error", "/actuator/health", "/actuator/health/**")
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
