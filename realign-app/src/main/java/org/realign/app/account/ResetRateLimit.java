package org.realign.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits failed reset-code redemptions per client address, after the model of the login
 * rate limit: a code of 10 characters from 31 cannot be guessed in a handful of tries,
 * and a handful is all an address gets per window. Only failures count.
 */
@Component
class ResetRateLimit {

	private static final Logger log = LoggerFactory.getLogger(ResetRateLimit.class);

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	private final ConcurrentHashMap<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

	ResetRateLimit(Clock clock, @Value("${realign.security.reset-rate.max-failures:10}") int maxFailures,
			@Value("${realign.security.reset-rate.window:10m}") Duration window) {
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = window;
	}

	/** Counts one failed redemption from the address. */
	void recordFailure(String address) {
		Instant now = this.clock.instant();
		Deque<Instant> failures = this.failuresByAddress.computeIfAbsent(address, (key) -> new ArrayDeque<>());
		synchronized (failures) {
			prune(failures, now);
			failures.addLast(now);
			if (failures.size() == this.maxFailures) {
				log.warn("Password-reset attempts from one address paused for {} after {} failures", this.window,
						this.maxFailures);
			}
		}
	}

	/** How long the address must wait, or null when it may try now. */
	Duration retryAfter(String address) {
		Deque<Instant> failures = this.failuresByAddress.get(address);
		if (failures == null) {
			return null;
		}
		Instant now = this.clock.instant();
		synchronized (failures) {
			prune(failures, now);
			if (failures.size() < this.maxFailures) {
				return null;
			}
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
