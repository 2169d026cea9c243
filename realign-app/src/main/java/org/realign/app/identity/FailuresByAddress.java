package org.realign.app.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed attempts per client address in a sliding window: an address that has failed
 * {@code maxFailures} times within {@code window} waits until its oldest failure leaves
 * the window. Only failures count, so a busy practice behind one address is never refused
 * for getting things right. Shared by the login and the password-reset limits.
 * <p>
 * The failures are rows in the database ({@code failed_attempt}), not memory: with
 * several servers behind a load balancer, an address that spreads its guesses over them
 * meets the same limit as one that sends them all to one server.
 */
public final class FailuresByAddress {

	private static final Logger log = LoggerFactory.getLogger(FailuresByAddress.class);

	/** The column's width; a longer "address" (a forged header) is cut, never refused. */
	private static final int ADDRESS_LENGTH = 100;

	private final JdbcClient jdbc;

	private final String kind;

	private final String what;

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	/**
	 * @param kind which limit the rows belong to ({@code login}, {@code reset})
	 * @param what what is being limited, for the log line when an address is paused
	 */
	public FailuresByAddress(JdbcClient jdbc, String kind, String what, Clock clock, int maxFailures, Duration window) {
		this.jdbc = jdbc;
		this.kind = kind;
		this.what = what;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = window;
	}

	/** Counts one failure from the address. */
	public void record(String address) {
		String key = key(address);
		Instant now = this.clock.instant();
		// forget this address's failures that left the window, so the table does not grow
		// with every address seen (FailedAttemptsCleanup removes the rest)
		this.jdbc
			.sql("DELETE FROM failed_attempt WHERE kind = :kind AND address = :address AND attempted_at <= :horizon")
			.param("kind", this.kind)
			.param("address", key)
			.param("horizon", utc(now.minus(this.window)))
			.update();
		this.jdbc.sql("INSERT INTO failed_attempt (kind, address, attempted_at) VALUES (:kind, :address, :at)")
			.param("kind", this.kind)
			.param("address", key)
			.param("at", utc(now))
			.update();
		if (count(key, now) == this.maxFailures) {
			log.warn("{} from one address paused for {} after {} failures", this.what, this.window, this.maxFailures);
		}
	}

	/**
	 * How long the address must wait before its next attempt, or null when it may try
	 * now.
	 */
	public Duration retryAfter(String address) {
		String key = key(address);
		Instant now = this.clock.instant();
		if (count(key, now) < this.maxFailures) {
			return null;
		}
		// The oldest failure still in the window must expire before the next try.
		OffsetDateTime oldest = this.jdbc
			.sql("SELECT MIN(attempted_at) FROM failed_attempt WHERE kind = :kind AND address = :address "
					+ "AND attempted_at > :horizon")
			.param("kind", this.kind)
			.param("address", key)
			.param("horizon", utc(now.minus(this.window)))
			.query(OffsetDateTime.class)
			.single();
		Duration wait = Duration.between(now, oldest.toInstant().plus(this.window));
		return wait.isNegative() || wait.isZero() ? null : wait;
	}

	private int count(String key, Instant now) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM failed_attempt WHERE kind = :kind AND address = :address "
					+ "AND attempted_at > :horizon")
			.param("kind", this.kind)
			.param("address", key)
			.param("horizon", utc(now.minus(this.window)))
			.query(Integer.class)
			.single();
	}

	private static String key(String address) {
		String key = (address == null) ? "" : address;
		return key.length() <= ADDRESS_LENGTH ? key : key.substring(0, ADDRESS_LENGTH);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
