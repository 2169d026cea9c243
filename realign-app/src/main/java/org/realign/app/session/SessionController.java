package org.realign.app.session;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.app.feedback.PublishedMenus;
import org.realign.core.feedback.PrescribedMenu;
import org.realign.core.knowledge.KnowledgeBase;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The client's daily session, one exercise at a time, on their phone; the page posts the
 * finished session to the session API through a queue kept on the phone.
 */
@Controller
class SessionController {

	private final ClientAccess access;

	private final PublishedMenus menus;

	private final KnowledgeBase knowledge;

	SessionController(ClientAccess access, PublishedMenus menus, KnowledgeBase knowledge) {
		this.access = access;
		this.menus = menus;
		this.knowledge = knowledge;
	}

	@GetMapping("/today")
	String today(Principal principal, Model model) {
		Clients.ClientRecord client = this.access.own(principal);
		Optional<PrescribedMenu> menu = this.menus.current(client.id());
		List<MenuStep> steps = MenuStep.of(menu, this.knowledge);
		model.addAttribute("clientId", client.id());
		model.addAttribute("menu", menu.orElse(null));
		model.addAttribute("steps", steps);
		return "session/today";
	}

}
