package org.realign.app.client;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.PracticeDirectory.Account;
import org.realign.core.record.ReassessmentDue;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The practice's clients: list and search, create, profile, invitation to log in.
 * Practitioners only.
 */
@Controller
class ClientController {

	private final Clients clients;

	private final Invitations invitations;

	private final PracticeAccess access;

	private final AssessmentList assessments;

	private final Clock clock;

	ClientController(Clients clients, Invitations invitations, PracticeAccess access, AssessmentList assessments,
			Clock clock) {
		this.clock = clock;
		this.clients = clients;
		this.invitations = invitations;
		this.access = access;
		this.assessments = assessments;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "practiceId", "userId");
	}

	@GetMapping("/clients")
	String list(@RequestParam(name = "q", defaultValue = "") String query, Principal principal, Model model) {
		Account account = this.access.practitioner(principal);
		model.addAttribute("query", query);
		var found = this.clients.search(account.practiceId(), query);
		model.addAttribute("clients", found);
		Map<Long, ReassessmentDue> due = new HashMap<>();
		found.forEach((client) -> due.put(client.id(), reassessment(client.id())));
		model.addAttribute("due", due);
		return "client/list";
	}

	@GetMapping("/clients/new")
	String initCreationForm(Principal principal, Model model) {
		this.access.practitioner(principal);
		model.addAttribute("profile", ClientProfile.empty());
		model.addAttribute("ageBands", ClientProfile.AGE_BANDS);
		return "client/form";
	}

	@PostMapping("/clients/new")
	String processCreationForm(@Valid @ModelAttribute("profile") ClientProfile profile, BindingResult result,
			Principal principal, Model model) {
		Account account = this.access.practitioner(principal);
		if (result.hasErrors()) {
			model.addAttribute("ageBands", ClientProfile.AGE_BANDS);
			return "client/form";
		}
		long id = this.clients.create(account.practiceId(), account.id(), profile);
		return "redirect:/clients/" + id;
	}

	@GetMapping("/clients/{id}")
	String show(@PathVariable long id, Principal principal, Model model) {
		Account account = this.access.practitioner(principal);
		model.addAttribute("client", this.clients.find(account.practiceId(), id).orElseThrow(PracticeAccess::notFound));
		model.addAttribute("assessments", this.assessments.of(id));
		model.addAttribute("reassessment", reassessment(id));
		return "client/show";
	}

	@GetMapping("/clients/{id}/edit")
	String initUpdateForm(@PathVariable long id, Principal principal, Model model) {
		Account account = this.access.practitioner(principal);
		Clients.ClientRecord client = this.clients.find(account.practiceId(), id).orElseThrow(PracticeAccess::notFound);
		model.addAttribute("clientId", id);
		model.addAttribute("profile", client.profile());
		model.addAttribute("ageBands", ClientProfile.AGE_BANDS);
		return "client/form";
	}

	@PostMapping("/clients/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("profile") ClientProfile profile,
			BindingResult result, Principal principal, Model model) {
		Account account = this.access.practitioner(principal);
		this.clients.find(account.practiceId(), id).orElseThrow(PracticeAccess::notFound);
		if (result.hasErrors()) {
			model.addAttribute("clientId", id);
			model.addAttribute("ageBands", ClientProfile.AGE_BANDS);
			return "client/form";
		}
		this.clients.update(account.practiceId(), id, profile);
		return "redirect:/clients/" + id;
	}

	@PostMapping("/clients/{id}/invitation")
	String invite(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		Account account = this.access.practitioner(principal);
		Clients.ClientRecord client = this.clients.find(account.practiceId(), id).orElseThrow(PracticeAccess::notFound);
		if (client.userId() == null) {
			redirect.addFlashAttribute("invitationCode", this.invitations.invite(id, account.id()));
		}
		return "redirect:/clients/" + id;
	}

	/**
	 * Where the client stands on the method's 10-14-day re-assessment cadence, from the
	 * last assessment's date.
	 */
	private ReassessmentDue reassessment(long clientId) {
		Optional<LocalDate> last = this.assessments.of(clientId)
			.stream()
			.map(AssessmentList.Entry::takenOn)
			.max(Comparator.naturalOrder());
		return ReassessmentDue.on(LocalDate.now(this.clock), last);
	}

}
