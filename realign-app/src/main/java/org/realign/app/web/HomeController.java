package org.realign.app.web;

import java.security.Principal;

import org.realign.app.identity.PracticeDirectory.Account;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final PracticeDirectory directory;

	HomeController(PracticeDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/login")
	String login() {
		return "web/login";
	}

	@GetMapping("/")
	String home(Principal principal, Model model) {
		Account account = this.directory.findAccount(principal.getName()).orElseThrow();
		model.addAttribute("account", account);
		// A client sees only their own data; the practice's client list is for its
		// practitioners.
		if (account.role() != Role.CLIENT) {
			model.addAttribute("clients", this.directory.clientsOf(account.practiceId()));
		}
		return "web/home";
	}

}
