package org.realign.app.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.realign.app.audit.AuditLog;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time password-reset codes, for a practice without email: the practitioner reads the
 * code to the person, who redeems it at {@code /reset} with their login and a new
 * password. Like invitation codes, a code is stored as a SHA-256 only and works once; it
 * expires after a day, and issuing a new one retires the old.
 */
@Service
public class PasswordResets {

	static final Duration VALIDITY = Duration.ofHours(24);

	private final JdbcAccounts accounts;

	private final PasswordEncoder encoder;

	private final SessionRevocation sessions;

	private final AuditLog audit;

	private final Clock clock;

	PasswordResets(JdbcAccounts accounts, PasswordEncoder encoder, SessionRevocation sessions, AuditLog audit,
			Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A new code for the login; the plain code is returned once and stored only as a
	 * hash. The caller has checked that the issuer may reset this login.
	 */
	@Transactional
	String issue(JdbcAccounts.Login login, Long clientId, long issuerId, String issuer) {
		String code = OneTimeCodes.newCode();
		Instant now = this.clock.instant();
		this.accounts.saveCode(login.userId(), clientId, OneTimeCodes.hash(code), issuerId, now, now.plus(VALIDITY));
		this.audit.recordAccountEvent(issuer, clientId, "password-reset-issued", "/password-reset", login.username());
		return code;
	}

	/**
	 * A new code for a client's login, issued by one of their practitioners: the caller
	 * has checked that the issuer may reach the client.
	 * @param userId the client's login
	 * @return the plain code, shown once
	 */
	@Transactional
	public String issueForClient(long userId, long clientId, PracticeDirectory.Account issuer) {
		JdbcAccounts.Login login = this.accounts.login(userId).orElseThrow(PracticeAccess::notFound);
		return issue(login, clientId, issuer.id(), issuer.username());
	}

	/**
	 * Sets the new password if the code is usable for this login. The answer is the same
	 * whether the login exists or not, so the page reveals nothing about logins.
	 * @return false when the code is wrong, expired, used, or not for this login
	 */
	@Transactional
	boolean redeem(String code, String username, String newPassword) {
		Instant now = this.clock.instant();
		String login = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		Optional<JdbcAccounts.UsableCode> usable = this.accounts.usableCode(OneTimeCodes.hashTyped(code), login, now);
		if (usable.isEmpty() || !this.accounts.markUsed(usable.get().id(), now)) {
			return false;
		}
		this.accounts.setPassword(usable.get().userId(), this.encoder.encode(newPassword));
		this.sessions.expireSessionsOf(usable.get().username(), null);
		this.audit.recordAccountEvent(usable.get().username(), usable.get().clientId(), "password-reset-redeemed",
				"/reset", usable.get().username());
		return true;
	}

}
