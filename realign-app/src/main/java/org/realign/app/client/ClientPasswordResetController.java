package org.realign.app.client;

import java.security.Principal;

import org.realign.app.identity.PasswordResets;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.PracticeDirectory.Account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A practitioner issues a one-time password-reset code for a client of the practice,
 * redeemed by the client at {@code /reset}. A client outside the practice answers 404.
 */
@Controller
class ClientPasswordResetController {

	private final PasswordResets resets;

	private final ClientAccess clientAccess;

	private final PracticeAccess access;

	ClientPasswordResetController(PasswordResets resets, ClientAccess clientAccess, PracticeAccess access) {
		this.resets = resets;
		this.clientAccess = clientAccess;
		this.access = access;
	}

	@GetMapping("/clients/{id}/password-reset")
	String clientResetPage(@PathVariable long id, Principal principal, Model model) {
		Clients.ClientRecord client = this.clientAccess.practitionerOf(principal, id);
		model.addAttribute("subject", client.profile().displayName());
		model.addAttribute("hasLogin", client.userId() != null);
		model.addAttribute("action", "/clients/" + id + "/password-reset");
		model.addAttribute("back", "/clients/" + id);
		return "identity/reset-issue";
	}

	@PostMapping("/clients/{id}/password-reset")
	String issueForClient(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		Clients.ClientRecord client = this.clientAccess.practitionerOf(principal, id);
		Account issuer = this.access.practitioner(principal);
		if (client.userId() != null) {
			redirect.addFlashAttribute("resetCode", this.resets.issueForClient(client.userId(), client.id(), issuer));
		}
		return "redirect:/clients/" + id + "/password-reset";
	}

}
