package org.realign.app.menu;

import java.security.Principal;
import java.util.Optional;

import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.app.practice.PracticeIdentity;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.prescription.PrescribedMenu;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The menu in force as a page to print and stick on the fridge: exercise names, dose and
 * steps, without the one-at-a-time session controls.
 */
@Controller
class MenuPrintController {

	private final ClientAccess clientAccess;

	private final PublishedMenus menus;

	private final KnowledgeBase knowledge;

	private final PracticeIdentity practices;

	MenuPrintController(ClientAccess clientAccess, PublishedMenus menus, KnowledgeBase knowledge,
			PracticeIdentity practices) {
		this.clientAccess = clientAccess;
		this.menus = menus;
		this.knowledge = knowledge;
		this.practices = practices;
	}

	@GetMapping("/clients/{clientId}/menu/print")
	String clientMenu(@PathVariable long clientId, Principal principal, Model model) {
		return render(this.clientAccess.readable(principal, clientId), model);
	}

	@GetMapping("/me/menu/print")
	String ownMenu(Principal principal, Model model) {
		return render(this.clientAccess.own(principal), model);
	}

	private String render(Clients.ClientRecord client, Model model) {
		Optional<PrescribedMenu> menu = this.menus.current(client.id());
		model.addAttribute("client", client);
		model.addAttribute("practice", this.practices.of(client.practiceId()));
		model.addAttribute("menu", menu.orElse(null));
		model.addAttribute("steps", MenuStep.of(menu, this.knowledge));
		return "menu/print";
	}

}
