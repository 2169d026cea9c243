package org.realign.app.client;

import java.security.Principal;

import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.PracticeDirectory.Account;
import org.realign.app.identity.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and who may write a client's record. Practitioners see their practice's
 * clients; a client sees only themself. Anything outside a caller's reach is 404, so ids
 * reveal nothing.
 */
@Component
public class ClientAccess {

	private final Clients clients;

	private final PracticeAccess access;

	ClientAccess(Clients clients, PracticeAccess access) {
		this.clients = clients;
		this.access = access;
	}

	/** The client, if the caller may read their record. */
	public Clients.ClientRecord readable(Principal principal, long clientId) {
		Account account = this.access.current(principal);
		if (account.role() == Role.CLIENT) {
			return this.clients.findByUser(account.id())
				.filter((client) -> client.id() == clientId)
				.orElseThrow(PracticeAccess::notFound);
		}
		return this.clients.find(account.practiceId(), clientId).orElseThrow(PracticeAccess::notFound);
	}

	/**
	 * The client, if the caller is that client: a client's own logs are theirs to write.
	 */
	public Clients.ClientRecord self(Principal principal, long clientId) {
		Clients.ClientRecord client = readable(principal, clientId);
		if (this.access.current(principal).role() != Role.CLIENT) {
			throw new AccessDeniedException("only the client writes their own logs");
		}
		return client;
	}

	/**
	 * The signed-in client's own record, for the pages that need no id in the path
	 * ({@code /today}, {@code /me/...}); anyone who is not a client gets 404.
	 */
	public Clients.ClientRecord own(Principal principal) {
		Account account = this.access.current(principal);
		if (account.role() != Role.CLIENT) {
			throw PracticeAccess.notFound();
		}
		return this.clients.findByUser(account.id()).orElseThrow(PracticeAccess::notFound);
	}

	/** The client, if the caller is one of their practitioners. */
	public Clients.ClientRecord practitionerOf(Principal principal, long clientId) {
		Account account = this.access.practitioner(principal);
		return this.clients.find(account.practiceId(), clientId).orElseThrow(PracticeAccess::notFound);
	}

}
