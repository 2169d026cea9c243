package org.realign.app.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.realign.app.identity.OneTimeCodes;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;

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
		String code = OneTimeCodes.newCode();
		this.clients.saveInvitation(clientId, OneTimeCodes.hash(code), practitionerId,
				this.clock.instant().plus(VALIDITY));
		return code;
	}

	public boolean isUsable(String code) {
		return this.clients.clientForInvitation(OneTimeCodes.hashTyped(code), this.clock.instant()).isPresent();
	}

	/**
	 * Creates the client's login. Returns the problem, if any, as a message key for the
	 * form.
	 */
	@Transactional
	public Optional<String> accept(String code, String email, String password) {
		String codeHash = OneTimeCodes.hashTyped(code);
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

}
