package org.realign.app.practice;

import java.security.Principal;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.PracticeDirectory.Account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /practice/people}: the owner's page of the practice's people. Anyone else gets
 * 404, as for any page outside their reach.
 */
@Controller
class PeopleController {

	private final PracticeAccess access;

	private final People people;

	PeopleController(PracticeAccess access, People people) {
		this.access = access;
		this.people = people;
	}

	@GetMapping("/practice/people")
	String people(Principal principal, Model model) {
		return page(this.access.owner(principal), model);
	}

	@PostMapping("/practice/people/invitations")
	String invite(@RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "PRACTITIONER") String role, Principal principal, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Account owner = this.access.owner(principal);
		try {
			String code = this.people.invite(owner, displayName, role);
			redirect.addFlashAttribute("invitationCode", code);
			redirect.addFlashAttribute("invitedName", displayName.strip());
			return "redirect:/practice/people";
		}
		catch (People.ProblemException ex) {
			return refused(owner, ex, model, response);
		}
	}

	@PostMapping("/practice/people/{userId}/role")
	String role(@PathVariable long userId, @RequestParam(defaultValue = "") String role, Principal principal,
			Model model, HttpServletResponse response) {
		return change(principal, model, response, (owner) -> this.people.setRole(owner, userId, role));
	}

	@PostMapping("/practice/people/{userId}/deactivation")
	String deactivate(@PathVariable long userId, Principal principal, Model model, HttpServletResponse response) {
		return change(principal, model, response, (owner) -> this.people.deactivate(owner, userId));
	}

	@PostMapping("/practice/people/{userId}/reactivation")
	String reactivate(@PathVariable long userId, Principal principal, Model model, HttpServletResponse response) {
		return change(principal, model, response, (owner) -> this.people.reactivate(owner, userId));
	}

	@PostMapping("/practice/people/{userId}/hand-over")
	String handOver(@PathVariable long userId, @RequestParam(defaultValue = "0") long to, Principal principal,
			Model model, HttpServletResponse response) {
		return change(principal, model, response, (owner) -> this.people.handOver(owner, userId, to));
	}

	private String change(Principal principal, Model model, HttpServletResponse response, Consumer<Account> change) {
		Account owner = this.access.owner(principal);
		try {
			change.accept(owner);
			return "redirect:/practice/people";
		}
		catch (People.ProblemException ex) {
			return refused(owner, ex, model, response);
		}
	}

	private String refused(Account owner, People.ProblemException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("problem", ex.key());
		return page(owner, model);
	}

	private String page(Account owner, Model model) {
		model.addAttribute("me", owner);
		model.addAttribute("staff", this.people.staffOf(owner.practiceId()));
		model.addAttribute("pending", this.people.pendingOf(owner.practiceId()));
		return "practice/people";
	}

}
