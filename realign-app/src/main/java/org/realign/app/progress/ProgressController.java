package org.realign.app.progress;

import java.security.Principal;

import org.realign.app.client.ClientAccess;
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

	private final ClientAccess clientAccess;

	private final PracticeAccess access;

	ProgressController(ProgressApi progress, ClientAccess clientAccess, PracticeAccess access) {
		this.progress = progress;
		this.clientAccess = clientAccess;
		this.access = access;
	}

	@GetMapping("/clients/{id}/progress")
	String practitioner(@PathVariable long id, Principal principal, Model model) {
		this.access.practitioner(principal);
		return show(id, principal, model);
	}

	@GetMapping("/me/progress")
	String own(Principal principal, Model model) {
		return show(this.clientAccess.own(principal).id(), principal, model);
	}

	private String show(long clientId, Principal principal, Model model) {
		model.addAttribute("summary", this.progress.progress(clientId, principal));
		return "progress/dashboard";
	}

}
