package org.realign.app.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.realign.app.practice.PracticeDirectory;
import org.realign.app.practice.Role;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes with which a client creates their own login. The practitioner hands the
 * code (or a link with it) to the client; the client chooses their email and password. A
 * code works once, for two weeks.
 */
@Service
public class Invitations {

	static final Duration VALIDITY = Duration.ofDays(14);

	/** No 0/O, 1/I/L: codes are read aloud and typed on phones. */
	private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	private static final int CODE_LENGTH = 10;

	private final SecureRandom random = new SecureRandom();

	private final Clients clients;

	private final PracticeDirectory directory;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	Invitations(Clients clients, PracticeDirectory directory, PasswordEncoder passwordEncoder, Clock clock) {
		this.clients = clients;
		this.directory = directory;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Creates a code for the client; the plain code is returned once and stored only as a
	 * hash.
	 */
	public String invite(long clientId, long practitionerId) {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(ALPHABET[this.random.nextInt(ALPHABET.length)]);
		}
		this.clients.saveInvitation(clientId, hash(code.toString()), practitionerId,
				this.clock.instant().plus(VALIDITY));
		return code.toString();
	}

	public boolean isUsable(String code) {
		return this.clients.clientForInvitation(hash(normalize(code)), this.clock.instant()).isPresent();
	}

	/**
	 * Creates the client's login. Returns the problem, if any, as a message key for the
	 * form.
	 */
	@Transactional
	public Optional<String> accept(String code, String email, String password) {
		String codeHash = hash(normalize(code));
		Instant now = this.clock.instant();
		Optional<Long> clientId = this.clients.clientForInvitation(codeHash, now);
		if (clientId.isEmpty()) {
			return Optional.of("join.codeInvalid");
		}
		Clients.ClientRecord client = this.clients.findAny(clientId.get()).orElseThrow();
		if (client.userId() != null) {
			return Optional.of("join.codeInvalid");
		}
		long userId;
		try {
			userId = this.directory.createUser(client.practiceId(), email.strip().toLowerCase(Locale.ROOT),
					this.passwordEncoder.encode(password), client.profile().displayName(), Role.CLIENT);
		}
		catch (DuplicateKeyException ex) {
			return Optional.of("join.emailTaken");
		}
		this.clients.linkUser(client.id(), userId);
		this.clients.markInvitationUsed(codeHash, now);
		return Optional.empty();
	}

	static String normalize(String code) {
		return code == null ? "" : code.strip().replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
	}

	static String hash(String code) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
