package org.realign.app.identity;

import java.security.Principal;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.realign.app.identity.PracticeDirectory.Account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Password-reset codes: issued by the owner for a practitioner (a practitioner issues one
 * for a client on the client's page, {@code client.ClientPasswordResetController});
 * redeemed by anyone holding one at {@code /reset}. Everything outside the issuer's
 * practice answers 404.
 */
@Controller
class ResetController {

	private final PasswordResets resets;

	private final JdbcAccounts accounts;

	private final PracticeAccess access;

	private final ResetRateLimit rateLimit;

	ResetController(PasswordResets resets, JdbcAccounts accounts, PracticeAccess access, ResetRateLimit rateLimit) {
		this.resets = resets;
		this.accounts = accounts;
		this.access = access;
		this.rateLimit = rateLimit;
	}

	/**
	 * The public reset form.
	 *
	 * @param code the one-time code
	 * @param username the login
	 * @param password the new password
	 * @param confirmPassword the new password again
	 */
	record ResetForm(String code, String username, String password, String confirmPassword) {
	}

	@GetMapping("/reset")
	String initResetForm(@RequestParam(name = "code", defaultValue = "") String code, Model model) {
		model.addAttribute("reset", new ResetForm(code, "", "", ""));
		return "identity/reset";
	}

	@PostMapping("/reset")
	String processResetForm(@ModelAttribute("reset") ResetForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String address = request.getRemoteAddr();
		Duration wait = this.rateLimit.retryAfter(address);
		if (wait != null) {
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
			model.addAttribute("problems", List.of("reset.tooMany"));
			model.addAttribute("reset", new ResetForm(form.code(), form.username(), "", ""));
			return "identity/reset";
		}
		List<String> problems = NewPassword.problems(form.password(), form.confirmPassword(), form.username());
		if (problems.isEmpty() && !this.resets.redeem(form.code(), form.username(), form.password())) {
			this.rateLimit.recordFailure(address);
			problems = List.of("reset.invalid");
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", problems);
			model.addAttribute("reset", new ResetForm(form.code(), form.username(), "", ""));
			return "identity/reset";
		}
		return "redirect:/login?reset";
	}

	@GetMapping("/practice/people/{userId}/password-reset")
	String practitionerResetPage(@PathVariable long userId, Principal principal, Model model) {
		JdbcAccounts.Login login = practitionerOfOwner(principal, userId);
		model.addAttribute("subject", login.displayName());
		model.addAttribute("hasLogin", true);
		model.addAttribute("action", "/practice/people/" + userId + "/password-reset");
		model.addAttribute("back", "/practice/people");
		return "identity/reset-issue";
	}

	@PostMapping("/practice/people/{userId}/password-reset")
	String issueForPractitioner(@PathVariable long userId, Principal principal, RedirectAttributes redirect) {
		JdbcAccounts.Login login = practitionerOfOwner(principal, userId);
		Account owner = this.access.owner(principal);
		redirect.addFlashAttribute("resetCode", this.resets.issue(login, null, owner.id(), owner.username()));
		return "redirect:/practice/people/" + userId + "/password-reset";
	}

	private JdbcAccounts.Login practitionerOfOwner(Principal principal, long userId) {
		Account owner = this.access.owner(principal);
		return this.accounts.practitionersOf(owner.practiceId())
			.stream()
			.filter((login) -> login.userId() == userId)
			.findFirst()
			.orElseThrow(PracticeAccess::notFound);
	}

}
