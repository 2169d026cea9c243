package org.realign.app.practice;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.realign.app.identity.FailuresByAddress;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /setup}: the first visit to a new installation creates the practice and its
 * owner, with the setup code from the console. Once a practice exists the page is gone
 * (it sends everyone to sign in).
 */
@Controller
class SetupController {

	/** Ten wrong codes from one address within ten minutes wait (as for reset codes). */
	private final FailuresByAddress wrongCodes;

	private final InstallationSetup setup;

	SetupController(InstallationSetup setup, SetupCodeLimit limit) {
		this.setup = setup;
		this.wrongCodes = limit.failures();
	}

	@GetMapping("/setup")
	String initSetupForm(Model model) {
		if (this.setup.installed()) {
			return "redirect:/login";
		}
		model.addAttribute("setup", new InstallationSetup.Request("", "", "", "", "", ""));
		return "practice/setup";
	}

	@PostMapping("/setup")
	String processSetupForm(@ModelAttribute("setup") InstallationSetup.Request form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (this.setup.installed()) {
			return "redirect:/login";
		}
		String address = request.getRemoteAddr();
		Duration wait = this.wrongCodes.retryAfter(address);
		List<String> problems;
		if (wait != null) {
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
			problems = List.of("setup.tooMany");
		}
		else {
			problems = this.setup.setUp(form);
			if (problems.contains("setup.codeWrong")) {
				this.wrongCodes.record(address);
			}
			if (problems.isEmpty()) {
				return "redirect:/login?setup";
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("problems", problems);
		model.addAttribute("setup", new InstallationSetup.Request(form.code(), form.practiceName(), form.ownerName(),
				form.email(), "", ""));
		return "practice/setup";
	}

}
