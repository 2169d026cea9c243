package org.realign.app.progress;

import java.security.Principal;

import org.realign.app.client.Clients;
import org.realign.app.feedback.ProgressApi;
import org.realign.app.practice.PracticeAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The progress dashboard, one template for the practitioner and the client. It reads the
 * same summary as the progress API so the page and the JSON never disagree.
 */
@Controller
class ProgressController {

	private final ProgressApi progress;

	private final Clients clients;

	private final PracticeAccess access;

	ProgressController(ProgressApi progress, Clients clients, PracticeAccess access) {
		this.progress = progress;
		this.clients = clients;
		this.access = access;
	}

	@GetMapping("/clients/{id}/progress")
	String practitioner(@PathVariable long id, Principal principal, Model model) {
		this.access.practitioner(principal);
		return show(id, principal, model);
	}

	@GetMapping("/me/progress")
	String own(Principal principal, Model model) {
		Clients.ClientRecord client = this.clients.findByUser(this.access.current(principal).id())
			.orElseThrow(PracticeAccess::notFound);
		return show(client.id(), principal, model);
	}

	private String show(long clientId, Principal principal, Model model) {
		model.addAttribute("summary", this.progress.progress(clientId, principal));
		return "progress/dashboard";
	}

}
