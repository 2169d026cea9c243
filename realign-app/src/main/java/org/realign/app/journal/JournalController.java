package org.realign.app.journal;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.Role;
import org.realign.core.feedback.ClientMessages;
import org.realign.core.feedback.CrampContext;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.spasm.ReExposurePlans;
import org.realign.core.feedback.spasm.SpasmTrigger;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The journal pages: the client adds cramps, pain and spasms noted outside sessions at
 * {@code /me/journal}; their practitioner reads it at {@code /clients/{id}/journal}.
 */
@Controller
class JournalController {

	private final Journal journal;

	private final ClientAccess access;

	private final PracticeAccess practice;

	private final Clock clock;

	JournalController(Journal journal, ClientAccess access, PracticeAccess practice, Clock clock) {
		this.journal = journal;
		this.access = access;
		this.practice = practice;
		this.clock = clock;
	}

	@GetMapping("/me/journal")
	String initJournalForm(Principal principal, Model model) {
		Clients.ClientRecord client = this.access.own(principal);
		if (!model.containsAttribute("entry")) {
			model.addAttribute("entry", JournalForm.empty(LocalDate.now(this.clock)));
		}
		Object planId = model.getAttribute("planId");
		if (planId instanceof String id) {
			ReExposurePlans.byId(id).ifPresent((plan) -> model.addAttribute("plan", plan));
		}
		return own(client, model);
	}

	@PostMapping("/me/journal")
	String processJournalForm(@ModelAttribute("entry") JournalForm form, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Clients.ClientRecord client = this.access.own(principal);
		List<FieldError> errors = new ArrayList<>();
		JournalRequest request = form.toRequest(errors);
		Journal.Outcome outcome = errors.isEmpty() ? this.journal.add(client, request, principal.getName())
				: new Journal.Rejected(errors);
		if (outcome instanceof Journal.Rejected rejected) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", rejected.errors());
			return own(client, model);
		}
		redirect.addFlashAttribute("added", true);
		redirect.addFlashAttribute("advice", advice(outcome));
		if (outcome instanceof Journal.AddedSpasm spasm) {
			// Flash attributes live in the HTTP session, which is stored in the database
			// and so must be serializable: the plan travels as its id.
			spasm.assessment().plan().ifPresent((plan) -> redirect.addFlashAttribute("planId", plan.id()));
		}
		return "redirect:/me/journal";
	}

	@GetMapping("/clients/{id}/journal")
	String practitioner(@PathVariable long id, Principal principal, Model model) {
		// A client asking for any practitioner page gets 404 like everyone else outside
		// its reach, not a refusal that confirms the id.
		Clients.ClientRecord client = this.access.readable(principal, id);
		if (this.practice.current(principal).role() == Role.CLIENT) {
			throw PracticeAccess.notFound();
		}
		model.addAttribute("client", client);
		model.addAttribute("lines", this.journal.lines(client.id()));
		return "journal/practitioner";
	}

	private String own(Clients.ClientRecord client, Model model) {
		model.addAttribute("lines", this.journal.lines(client.id()));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("regions", BodyRegions.ALL);
		model.addAttribute("settings", Arrays.stream(CrampSetting.values()).map(CrampSetting::id).toList());
		model.addAttribute("contexts",
				Arrays.stream(CrampContext.values())
					.filter((context) -> context != CrampContext.LONG_OR_INTENSE_EXERTION)
					.map(CrampContext::id)
					.toList());
		model.addAttribute("triggers", Arrays.stream(SpasmTrigger.values()).map(SpasmTrigger::id).toList());
		return "journal/own";
	}

	/** Message keys of what the client reads after adding the entry. */
	static List<String> advice(Journal.Outcome outcome) {
		List<String> keys = new ArrayList<>();
		if (outcome instanceof Journal.Added added) {
			if (added.reading().isEmpty()) {
				keys.add("journal.advice.pain");
			}
			added.reading().ifPresent((reading) -> {
				keys.add("journal.advice." + reading.kind().id());
				keys.add("journal.advice.notProgress");
			});
		}
		if (outcome instanceof Journal.AddedSpasm spasm) {
			if (spasm.assessment().forClient().contains(ClientMessages.SEEK_URGENT_CARE)) {
				keys.add("journal.advice.urgent");
			}
			else {
				keys.add("journal.advice.spasm");
				if (spasm.assessment().avoidanceNoticed()) {
					keys.add("journal.advice.avoidance");
				}
				keys.add("journal.advice.notMedical");
			}
		}
		return keys;
	}

}
