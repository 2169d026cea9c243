package org.realign.app.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A practice's clients. Every lookup is scoped to a practice: there is no way to ask
 * across practices.
 */
public interface Clients {

	List<ClientRow> search(long practiceId, String query);

	Optional<ClientRecord> find(long practiceId, long clientId);

	Optional<ClientRecord> findByUser(long userId);

	/**
	 * Unscoped lookup, for flows that start from a secret (an invitation code) rather
	 * than a login.
	 */
	Optional<ClientRecord> findAny(long clientId);

	long create(long practiceId, long practitionerId, ClientProfile profile);

	void update(long practiceId, long clientId, ClientProfile profile);

	void linkUser(long clientId, long userId);

	void saveInvitation(long clientId, String codeHash, long createdBy, Instant expiresAt);

	/** The client an unused, unexpired invitation belongs to. */
	Optional<Long> clientForInvitation(String codeHash, Instant now);

	void markInvitationUsed(String codeHash, Instant now);

	record ClientRow(long id, String displayName, boolean hasLogin) {
	}

	record ClientRecord(long id, long practiceId, Long userId, ClientProfile profile) {
	}

}
