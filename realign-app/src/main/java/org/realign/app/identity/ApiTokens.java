package org.realign.app.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.realign.app.audit.AuditLog;
import org.realign.app.identity.PracticeDirectory.Account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: a practitioner's key for an integration. A token acts as the
 * practitioner who made it, so it reaches exactly what they reach in their own practice
 * and nothing else. Shown once; only a SHA-256 is stored (a token is long and random, so
 * a fast hash is enough, as for one-time codes), with a short prefix to recognise it in
 * lists. Revoked, or once its owner is deactivated, it is refused.
 */
@Service
public class ApiTokens {

	/** What a token starts with, so that secret scanners and people recognise one. */
	public static final String PREFIX = "rlgn_";

	private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
		.toCharArray();

	/** 40 characters from 62: about 238 bits. */
	private static final int LENGTH = 40;

	static final int MAX_NAME = 100;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PracticeDirectory directory;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, PracticeDirectory directory, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** A token as listed: never the token itself. */
	public record Token(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
			OffsetDateTime revokedAt) {

		public boolean active() {
			return this.revokedAt == null;
		}

	}

	public List<Token> of(Account account) {
		return this.jdbc.sql("""
				SELECT id, name, token_prefix, created_at, last_used_at, revoked_at FROM api_token
				WHERE user_id = :user ORDER BY created_at DESC, id DESC""")
			.param("user", account.id())
			.query((rs, row) -> new Token(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
					rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("last_used_at", OffsetDateTime.class),
					rs.getObject("revoked_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * Makes a token for a practitioner or owner (clients have none).
	 * @return the token, to show once
	 * @throws IllegalArgumentException with a message key when the name is not usable
	 */
	@Transactional
	public String create(Account account, String name) {
		if (account.role() == Role.CLIENT) {
			throw PracticeAccess.notFound();
		}
		String label = name == null ? "" : name.strip();
		if (label.isEmpty()) {
			throw new IllegalArgumentException("tokens.nameMissing");
		}
		if (label.length() > MAX_NAME) {
			throw new IllegalArgumentException("tokens.nameTooLong");
		}
		StringBuilder secret = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			secret.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		String token = PREFIX + secret;
		this.jdbc.sql("""
				INSERT INTO api_token (user_id, practice_id, name, token_prefix, token_hash, created_at)
				VALUES (:user, :practice, :name, :prefix, :hash, :now)""")
			.param("user", account.id())
			.param("practice", account.practiceId())
			.param("name", label)
			.param("prefix", token.substring(0, PREFIX.length() + 6))
			.param("hash", OneTimeCodes.hash(token))
			.param("now", now())
			.update();
		this.audit.recordAccountEvent(account.username(), null, "api-token-created", "/account/tokens",
				account.username() + ": " + label);
		return token;
	}

	/** Revokes one of the account's own tokens; someone else's id is 404. */
	@Transactional
	public void revoke(Account account, long tokenId) {
		int revoked = this.jdbc
			.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
			.param("now", now())
			.param("id", tokenId)
			.param("user", account.id())
			.update();
		boolean exists = this.jdbc.sql("SELECT COUNT(*) FROM api_token WHERE id = :id AND user_id = :user")
			.param("id", tokenId)
			.param("user", account.id())
			.query(Integer.class)
			.single() > 0;
		if (!exists) {
			throw PracticeAccess.notFound();
		}
		if (revoked > 0) {
			this.audit.recordAccountEvent(account.username(), null, "api-token-revoked", "/account/tokens",
					account.username() + ": token " + tokenId);
		}
	}

	/**
	 * The account a presented token acts for: unknown, revoked, a token of a deactivated
	 * or locked-out login, or of a login whose practice differs from the token's, gives
	 * none.
	 */
	@Transactional
	public Optional<Account> authenticate(String presented) {
		if (presented == null || !presented.startsWith(PREFIX) || presented.length() != PREFIX.length() + LENGTH) {
			return Optional.empty();
		}
		record Stored(long id, long practiceId, String username) {
		}
		Optional<Stored> stored = this.jdbc.sql("""
				SELECT t.id, t.practice_id, u.username FROM api_token t JOIN app_user u ON u.id = t.user_id
				WHERE t.token_hash = :hash AND t.revoked_at IS NULL""")
			.param("hash", OneTimeCodes.hash(presented))
			.query((rs, row) -> new Stored(rs.getLong("id"), rs.getLong("practice_id"), rs.getString("username")))
			.optional();
		Optional<Account> account = stored.flatMap((s) -> this.directory.findAccount(s.username()))
			.filter(Account::enabled)
			.filter((a) -> a.role() != Role.CLIENT)
			.filter((a) -> a.practiceId() == stored.get().practiceId())
			.filter((a) -> !a.isLockedAt(this.clock.instant()));
		account.ifPresent((a) -> this.jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
			.param("now", now())
			.param("id", stored.get().id())
			.update());
		return account;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
