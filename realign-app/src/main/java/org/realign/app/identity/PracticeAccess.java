package org.realign.app.identity;

import java.security.Principal;

import org.realign.app.identity.PracticeDirectory.Account;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who is asking, and may they. Controllers resolve the signed-in account here and never
 * trust an id from the request to say which practice it belongs to.
 */
@Component
public class PracticeAccess {

	private final PracticeDirectory directory;

	PracticeAccess(PracticeDirectory directory) {
		this.directory = directory;
	}

	public Account current(Principal principal) {
		if (principal == null) {
			throw new AccessDeniedException("not signed in");
		}
		return this.directory.findAccount(principal.getName())
			.orElseThrow(() -> new AccessDeniedException("account no longer exists"));
	}

	/** A practitioner or owner of some practice; clients are refused with 403. */
	public Account practitioner(Principal principal) {
		Account account = current(principal);
		if (account.role() == Role.CLIENT) {
			throw new AccessDeniedException("practitioners only");
		}
		return account;
	}

	/**
	 * The practice's owner, for the owner's own pages (people, identity, settings, reset
	 * codes); anyone else gets 404, as for any page outside their reach.
	 */
	public Account owner(Principal principal) {
		Account account = current(principal);
		if (account.role() != Role.OWNER) {
			throw notFound();
		}
		return account;
	}

	/**
	 * 404 for anything outside the caller's reach, so that ids of other practices reveal
	 * nothing.
	 */
	public static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
