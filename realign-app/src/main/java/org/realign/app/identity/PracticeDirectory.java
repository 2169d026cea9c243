package org.realign.app.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The practices, the people who log in to them and their clients. */
public interface PracticeDirectory {

	long countPractices();

	long createPractice(String name);

	/** The practice's name, as its reports print it. */
	Optional<String> practiceName(long practiceId);

	long createUser(long practiceId, String username, String passwordHash, String displayName, Role role);

	long createClient(long practiceId, Long practitionerId, Long userId, String displayName);

	Optional<Account> findAccount(String username);

	List<ClientSummary> clientsOf(long practiceId);

	/** Counts a failed login; returns the number of consecutive failures so far. */
	int recordFailedLogin(String username);

	/** Locks the account until the given time. */
	void lockUntil(String username, Instant until);

	/** A successful login clears the failure count and any lock. */
	void recordSuccessfulLogin(String username);

	/** A person who logs in, with the practice they belong to. */
	record Account(long id, long practiceId, String username, String passwordHash, String displayName, Role role,
			boolean enabled, Instant lockedUntil) {

		public boolean isLockedAt(Instant now) {
			return this.lockedUntil != null && now.isBefore(this.lockedUntil);
		}

	}

	/** One line of a practice's client list. */
	record ClientSummary(long id, String displayName, Long userId) {
	}

}
