package org.realign.app.client;

import java.util.Optional;

import jakarta.validation.Valid;
import org.realign.app.practice.People;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where an invited client, or a practitioner invited by the owner, chooses their own
 * login. Open to anyone holding a valid code.
 */
@Controller
class JoinController {

	private final Invitations invitations;

	private final People people;

	JoinController(Invitations invitations, People people) {
		this.invitations = invitations;
		this.people = people;
	}

	@GetMapping("/join")
	String initJoinForm(@RequestParam(name = "code", defaultValue = "") String code, Model model) {
		model.addAttribute("join", new JoinForm(code, "", "", ""));
		return "client/join";
	}

	@PostMapping("/join")
	String processJoinForm(@Valid @ModelAttribute("join") JoinForm form, BindingResult result) {
		if (!form.password().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "join.passwordsDiffer");
		}
		if (result.hasErrors()) {
			return "client/join";
		}
		// One page for every invitation: a practitioner invited by the owner joins here
		// too.
		Optional<String> problem = this.people.isInvitation(form.code())
				? this.people.accept(form.code(), form.email(), form.password(), form.confirmPassword())
				: this.invitations.accept(form.code(), form.email(), form.password());
		if (problem.isPresent()) {
			result.reject(problem.get());
			return "client/join";
		}
		return "redirect:/login?joined";
	}

	/**
	 * NIST SP 800-63B: at least 8 characters, no composition rules; we ask for 10 and cap
	 * at 128.
	 */
	record JoinForm(@NotBlank String code, @NotBlank @Email @Size(max = 200) String email,
			@NotBlank @Size(min = 10, max = 128) String password, String confirmPassword) {
	}

}
