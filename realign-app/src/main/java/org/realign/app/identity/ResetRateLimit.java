package org.realign.app.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Limits failed reset-code redemptions per client address, after the model of the login
 * rate limit: a code of 10 characters from 31 cannot be guessed in a handful of tries,
 * and a handful is all an address gets per window. Only failures count.
 */
@Component
class ResetRateLimit {

	private final FailuresByAddress failures;

	ResetRateLimit(JdbcClient jdbc, Clock clock,
			@Value("${realign.security.reset-rate.max-failures:10}") int maxFailures,
			@Value("${realign.security.reset-rate.window:10m}") Duration window) {
		this.failures = new FailuresByAddress(jdbc, "reset", "Password-reset attempts", clock, maxFailures, window);
	}

	/** Counts one failed redemption from the address. */
	void recordFailure(String address) {
		this.failures.record(address);
	}

	/** How long the address must wait, or null when it may try now. */
	Duration retryAfter(String address) {
		return this.failures.retryAfter(address);
	}

}
