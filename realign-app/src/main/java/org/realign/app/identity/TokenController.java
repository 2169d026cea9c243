package org.realign.app.identity;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import org.realign.app.identity.PracticeDirectory.Account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/tokens}: a practitioner's personal access tokens for the API. Clients
 * have none (404).
 */
@Controller
class TokenController {

	private final PracticeAccess access;

	private final ApiTokens tokens;

	TokenController(PracticeAccess access, ApiTokens tokens) {
		this.access = access;
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String list(Principal principal, Model model) {
		return page(practitioner(principal), model);
	}

	@PostMapping("/account/tokens")
	String create(@RequestParam(defaultValue = "") String name, Principal principal, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Account account = practitioner(principal);
		try {
			redirect.addFlashAttribute("newToken", this.tokens.create(account, name));
			return "redirect:/account/tokens";
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", ex.getMessage());
			return page(account, model);
		}
	}

	@PostMapping("/account/tokens/{tokenId}/revocation")
	String revoke(@PathVariable long tokenId, Principal principal) {
		this.tokens.revoke(practitioner(principal), tokenId);
		return "redirect:/account/tokens";
	}

	private String page(Account account, Model model) {
		model.addAttribute("tokens", this.tokens.of(account));
		return "identity/tokens";
	}

	private Account practitioner(Principal principal) {
		Account account = this.access.current(principal);
		if (account.role() == Role.CLIENT) {
			throw PracticeAccess.notFound();
		}
		return account;
	}

}
