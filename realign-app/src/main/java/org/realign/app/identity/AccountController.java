package org.realign.app.identity;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.realign.app.audit.AuditLog;
import org.realign.app.identity.PracticeDirectory.Account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where anyone signed in changes their own password: the current one first, so that a
 * session left open on a shared computer cannot take the account over.
 */
@Controller
class AccountController {

	private final PracticeAccess access;

	private final JdbcAccounts accounts;

	private final PasswordEncoder encoder;

	private final SessionRevocation sessions;

	private final AuditLog audit;

	AccountController(PracticeAccess access, JdbcAccounts accounts, PasswordEncoder encoder, SessionRevocation sessions,
			AuditLog audit) {
		this.access = access;
		this.accounts = accounts;
		this.encoder = encoder;
		this.sessions = sessions;
		this.audit = audit;
	}

	/**
	 * The change-password form.
	 *
	 * @param currentPassword the password in use
	 * @param newPassword the new one
	 * @param confirmPassword the new one again
	 */
	record ChangeForm(String currentPassword, String newPassword, String confirmPassword) {
	}

	@GetMapping("/account/password")
	String initChangeForm(Principal principal, Model model) {
		this.access.current(principal);
		model.addAttribute("change", new ChangeForm("", "", ""));
		return "identity/password";
	}

	@PostMapping("/account/password")
	@Transactional
	String processChangeForm(@ModelAttribute("change") ChangeForm form, Principal principal, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Account account = this.access.current(principal);
		List<String> problems = new ArrayList<>();
		if (form.currentPassword() == null || !this.encoder.matches(form.currentPassword(), account.passwordHash())) {
			problems.add("password.currentWrong");
		}
		problems.addAll(NewPassword.problems(form.newPassword(), form.confirmPassword(), account.username()));
		if (problems.isEmpty() && this.encoder.matches(form.newPassword(), account.passwordHash())) {
			problems.add("password.unchanged");
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", problems);
			model.addAttribute("change", new ChangeForm("", "", ""));
			return "identity/password";
		}
		this.accounts.setPassword(account.id(), this.encoder.encode(form.newPassword()));
		// This session stays: its owner just proved they know the password.
		this.sessions.expireSessionsOf(account.username(), request.getSession().getId());
		this.audit.recordAccountEvent(account.username(), this.accounts.clientOf(account.id()).orElse(null),
				"password-changed", "/account/password", account.username());
		redirect.addFlashAttribute("changed", true);
		return "redirect:/account/password";
	}

}
