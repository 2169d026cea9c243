package org.realign.app.client;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.PracticeDirectory.Account;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The client list and profiles as JSON, with the same rules as the pages: practitioners,
 * own practice.
 */
@RestController
@RequestMapping("/api/clients")
@Tag(name = "clients")
class ClientApi {

	private final Clients clients;

	private final PracticeAccess access;

	ClientApi(Clients clients, PracticeAccess access) {
		this.clients = clients;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "The practice's clients, optionally filtered by name")
	@ApiResponse(responseCode = "200", description = "The clients")
	@ApiResponse(responseCode = "403", description = "Practitioners only")
	List<Clients.ClientRow> list(@RequestParam(name = "q", defaultValue = "") String query, Principal principal) {
		Account account = this.access.practitioner(principal);
		return this.clients.search(account.practiceId(), query);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One client's profile; 404 outside the caller's practice")
	@ApiResponse(responseCode = "200", description = "The client's profile")
	@ApiResponse(responseCode = "403", description = "Practitioners only")
	Clients.ClientRecord show(@PathVariable long id, Principal principal) {
		Account account = this.access.practitioner(principal);
		return this.clients.find(account.practiceId(), id).orElseThrow(PracticeAccess::notFound);
	}

}
