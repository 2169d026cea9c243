package org.realign.app.session;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.app.menu.MenuStep;
import org.realign.app.menu.PublishedMenus;
import org.realign.app.safety.ReExposureTracking;
import org.realign.app.safety.SafetyScreenings;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.prescription.PrescribedMenu;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The client's daily session, one exercise at a time, on their phone; the page posts the
 * finished session to the session API through a queue kept on the phone
 * ({@code static/js/session.js}). A programme paused by the red-flag screen shows why and
 * offers no session.
 */
@Controller
class SessionController {

	/**
	 * The bundle keys under {@code session.js.} that the page's script reads, rendered
	 * into the page so that every word the script shows comes from the bundles.
	 */
	static final List<String> SCRIPT_TEXTS = List.of("progress", "ready", "hold", "paused", "done", "side.left",
			"side.right", "held", "whereMissing", "queued", "syncing", "synced", "refused", "signedOut", "verdict.none",
			"verdict.cramp.WAKE_UP", "verdict.cramp.EXERTIONAL", "verdict.cramp.FLUID_ELECTROLYTE",
			"verdict.cramp.NEEDS_MEDICAL_REVIEW", "verdict.cramp.UNEXPLAINED", "verdict.proposal.RAISE_DOSE",
			"verdict.proposal.REGRESS", "verdict.proposal.REPLACE", "verdict.proposal.PROGRESS",
			"verdict.alert.PRACTITIONER", "verdict.alert.SEE_A_DOCTOR", "verdict.alert.URGENT", "verdict.milestone",
			"verdict.blocked", "verdict.rescreen", "muscle.label", "muscle.unsure",
			"verdict.cramp.LENGTHENED_OR_RELEASED", "verdict.proposal.RETIRE", "verdict.spasm", "reexposure.logged",
			"reexposure.refused");

	private final ClientAccess access;

	private final PublishedMenus menus;

	private final KnowledgeBase knowledge;

	private final SafetyScreenings safety;

	private final Clock clock;

	private final ReExposureTracking reExposure;

	SessionController(ClientAccess access, PublishedMenus menus, KnowledgeBase knowledge, SafetyScreenings safety,
			Clock clock, ReExposureTracking reExposure) {
		this.reExposure = reExposure;
		this.access = access;
		this.menus = menus;
		this.knowledge = knowledge;
		this.safety = safety;
		this.clock = clock;
	}

	@GetMapping("/today")
	String today(Principal principal, Model model) {
		Clients.ClientRecord client = this.access.own(principal);
		boolean paused = this.safety.status(client.id()).isPaused();
		Optional<PrescribedMenu> menu = paused ? Optional.empty() : this.menus.current(client.id());
		List<MenuStep> steps = MenuStep.of(menu, this.knowledge);
		model.addAttribute("clientId", client.id());
		model.addAttribute("paused", paused);
		model.addAttribute("menu", menu.orElse(null));
		model.addAttribute("steps", steps);
		// The API refuses a session dated after its own today (UTC); a phone east of UTC
		// caps its local date at this.
		model.addAttribute("serverToday", LocalDate.now(this.clock));
		model.addAttribute("scriptTexts", SCRIPT_TEXTS);
		// The re-exposure plans the client follows: the current step and a form for
		// today's try.
		model.addAttribute("plans", this.reExposure.plans(client.id(), client.practiceId()));
		return "session/today";
	}

}
