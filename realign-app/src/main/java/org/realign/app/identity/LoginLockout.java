package org.realign.app.identity;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords, so that a password cannot
 * be guessed by brute force. The lock expires by itself; a successful login clears the
 * count. While locked, even the right password is refused with the same message as a
 * wrong one, so the lock reveals nothing.
 */
@Component
class LoginLockout {

	private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);

	private final PracticeDirectory directory;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockDuration;

	LoginLockout(PracticeDirectory directory, Clock clock,
			@Value("${realign.security.lockout.max-failures:5}") int maxFailures,
			@Value("${realign.security.lockout.duration:15m}") Duration lockDuration) {
		this.directory = directory;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		int failures = this.directory.recordFailedLogin(username);
		if (failures >= this.maxFailures) {
			this.directory.lockUntil(username, this.clock.instant().plus(this.lockDuration));
			log.warn("Account locked for {} after {} failed logins", this.lockDuration, failures);
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.directory.recordSuccessfulLogin(event.getAuthentication().getName());
	}

}
