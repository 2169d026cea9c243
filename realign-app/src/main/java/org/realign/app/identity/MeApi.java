package org.realign.app.identity;

import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.realign.app.identity.PracticeDirectory.Account;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the signed-in user is: what the pages' scripts need to know to render for their
 * role.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "account")
class MeApi {

	private final PracticeAccess access;

	MeApi(PracticeAccess access) {
		this.access = access;
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in account")
	Me me(Principal principal) {
		Account account = this.access.current(principal);
		return new Me(account.username(), account.displayName(), account.role().name().toLowerCase(),
				account.practiceId());
	}

	record Me(String username, String displayName, String role, long practiceId) {
	}

}
