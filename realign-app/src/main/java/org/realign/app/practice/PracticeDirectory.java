package org.realign.app.practice;

import java.util.List;
import java.util.Optional;

/** The practices, the people who log in to them and their clients. */
public interface PracticeDirectory {

	long countPractices();

	long createPractice(String name);

	long createUser(long practiceId, String username, String passwordHash, String displayName, Role role);

	long createClient(long practiceId, Long practitionerId, Long userId, String displayName);

	Optional<Account> findAccount(String username);

	List<ClientSummary> clientsOf(long practiceId);

	/** A person who logs in, with the practice they belong to. */
	record Account(long id, long practiceId, String username, String passwordHash, String displayName, Role role,
			boolean enabled) {
	}

	/** One line of a practice's client list. */
	record ClientSummary(long id, String displayName, Long userId) {
	}

}
