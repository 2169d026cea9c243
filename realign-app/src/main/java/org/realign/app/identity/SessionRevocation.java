package org.realign.app.identity;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends a login's sessions after its password changed: someone who knew the old password
 * and is still signed in must not stay signed in. The registry knows every session the
 * login form started; an expired session is sent back to the login page on its next
 * request.
 */
@Component
class SessionRevocation {

	private final SessionRegistry registry;

	SessionRevocation(SessionRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Expires every session of the login except the one given (null: all of them).
	 * @return how many sessions were expired
	 */
	int expireSessionsOf(String username, String keepSessionId) {
		int expired = 0;
		for (Object principal : this.registry.getAllPrincipals()) {
			String name = principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
			if (!name.equals(username)) {
				continue;
			}
			for (SessionInformation session : this.registry.getAllSessions(principal, false)) {
				if (!session.getSessionId().equals(keepSessionId)) {
					session.expireNow();
					expired++;
				}
			}
		}
		return expired;
	}

}
