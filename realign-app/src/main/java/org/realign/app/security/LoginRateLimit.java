package org.realign.app.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
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
 * only.
 */
@Component
public class LoginRateLimit extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LoginRateLimit.class);

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	private final ConcurrentHashMap<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

	LoginRateLimit(Clock clock, @Value("${realign.security.login-rate.max-failures:20}") int maxFailures,
			@Value("${realign.security.login-rate.window:10m}") Duration window) {
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = window;
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
		Instant now = this.clock.instant();
		Deque<Instant> failures = this.failuresByAddress.computeIfAbsent(address, (key) -> new ArrayDeque<>());
		synchronized (failures) {
			prune(failures, now);
			failures.addLast(now);
			if (failures.size() == this.maxFailures) {
				log.warn("Login attempts from one address paused for {} after {} failures", this.window,
						this.maxFailures);
			}
		}
	}

	/**
	 * How long the address must wait before its next attempt, or null when it may try
	 * now.
	 */
	Duration retryAfter(String address) {
		Deque<Instant> failures = this.failuresByAddress.get(address);
		if (failures == null) {
			return null;
		}
		Instant now = this.clock.instant();
		synchronized (failures) {
			prune(failures, now);
			if (failures.isEmpty()) {
				this.failuresByAddress.remove(address, failures);
				return null;
			}
			if (failures.size() < this.maxFailures) {
				return null;
			}
			// The oldest failure still in the window must expire before the next try.
			return Duration.between(now, failures.peekFirst().plus(this.window));
		}
	}

	private void prune(Deque<Instant> failures, Instant now) {
		Instant horizon = now.minus(this.window);
		while (!failures.isEmpty() && !failures.peekFirst().isAfter(horizon)) {
			failures.removeFirst();
		}
	}

}
