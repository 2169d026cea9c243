package org.realign.app.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits failed logins per client address across all accounts. The per-account lockout
 * stops guessing one password; this stops one address trying a few passwords against many
 * accounts (credential stuffing). Only failures count, so a busy practice behind one
 * address is never refused for signing in correctly. Behind a reverse proxy the address
 * is the forwarded one (server.forward-headers-strategy), trusted from internal proxies
 * only. The failures are counted in the database, across all servers.
 */
@Component
public class LoginRateLimit extends OncePerRequestFilter {

	private final FailuresByAddress failures;

	LoginRateLimit(JdbcClient jdbc, Clock clock,
			@Value("${realign.security.login-rate.max-failures:20}") int maxFailures,
			@Value("${realign.security.login-rate.window:10m}") Duration window) {
		this.failures = new FailuresByAddress(jdbc, "login", "Login attempts", clock, maxFailures, window);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration retryAfter = retryAfter(request.getRemoteAddr());
		if (retryAfter != null) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter()
				.write("Too many failed sign-in attempts from your address. Try again in "
						+ Math.max(1, retryAfter.toMinutes()) + " minute(s).");
			return;
		}
		chain.doFilter(request, response);
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			record(details.getRemoteAddress());
		}
	}

	/** Counts one failed login from the address. */
	void record(String address) {
		this.failures.record(address);
	}

	/**
	 * How long the address must wait before its next attempt, or null when it may try
	 * now.
	 */
	Duration retryAfter(String address) {
		return this.failures.retryAfter(address);
	}

}
