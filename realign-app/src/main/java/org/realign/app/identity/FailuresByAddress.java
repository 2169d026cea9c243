package org.realign.app.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed attempts per client address in a sliding window: an address that has failed
 * {@code maxFailures} times within {@code window} waits until its oldest failure leaves
 * the window. Only failures count, so a busy practice behind one address is never refused
 * for getting things right. Shared by the login and the password-reset limits.
 */
public final class FailuresByAddress {

	private static final Logger log = LoggerFactory.getLogger(FailuresByAddress.class);

	private final String what;

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	/**
	 * @param what what is being limited, for the log line when an address is paused
	 */
	public FailuresByAddress(String what, Clock clock, int maxFailures, Duration window) {
		this.what = what;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = window;
	}

	/** Counts one failure from the address. */
	public void record(String address) {
		Instant now = this.clock.instant();
		Deque<Instant> times = this.failures.computeIfAbsent(address, (key) -> new ArrayDeque<>());
		synchronized (times) {
			prune(times, now);
			times.addLast(now);
			if (times.size() == this.maxFailures) {
				log.warn("{} from one address paused for {} after {} failures", this.what, this.window,
						this.maxFailures);
			}
		}
	}

	/**
	 * How long the address must wait before its next attempt, or null when it may try
	 * now.
	 */
	public Duration retryAfter(String address) {
		Deque<Instant> times = this.failures.get(address);
		if (times == null) {
			return null;
		}
		Instant now = this.clock.instant();
		synchronized (times) {
			prune(times, now);
			if (times.isEmpty()) {
				// forget quiet addresses, so the map does not grow with every address
				// seen
				this.failures.remove(address, times);
				return null;
			}
			if (times.size() < this.maxFailures) {
				return null;
			}
			// The oldest failure still in the window must expire before the next try.
			return Duration.between(now, times.peekFirst().plus(this.window));
		}
	}

	private void prune(Deque<Instant> times, Instant now) {
		Instant horizon = now.minus(this.window);
		while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
			times.removeFirst();
		}
	}

}
