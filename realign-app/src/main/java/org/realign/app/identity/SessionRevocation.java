package org.realign.app.identity;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a login's sessions after its password changed: someone who knew the old password
 * and is still signed in must not stay signed in. The registry finds every session of the
 * login in the database, whichever server started it (Spring Session JDBC indexes them by
 * login); an expired session is sent back to the login page on its next request, on any
 * server.
 */
@Component
public class SessionRevocation {

	private final SessionRegistry registry;

	SessionRevocation(SessionRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Expires every session of the login except the one given (null: all of them).
	 * @return how many sessions were expired
	 */
	public int expireSessionsOf(String username, String keepSessionId) {
		int expired = 0;
		for (SessionInformation session : this.registry.getAllSessions(username, false)) {
			if (!session.getSessionId().equals(keepSessionId)) {
				session.expireNow();
				expired++;
			}
		}
		return expired;
	}

}
