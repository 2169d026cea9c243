package org.realign.app.practice;

import java.time.Clock;
import java.time.Duration;

import org.realign.app.identity.FailuresByAddress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ten wrong setup codes from one address within ten minutes wait (as for reset codes),
 * counted in the database so that guesses spread over several servers count together.
 */
@Component
class SetupCodeLimit {

	private final FailuresByAddress failures;

	SetupCodeLimit(JdbcClient jdbc, Clock clock) {
		this.failures = new FailuresByAddress(jdbc, "setup", "Setup-code attempts", clock, 10, Duration.ofMinutes(10));
	}

	FailuresByAddress failures() {
		return this.failures;
	}

}
