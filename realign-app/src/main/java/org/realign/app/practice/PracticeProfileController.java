package org.realign.app.practice;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.PracticeDirectory.Account;
import org.realign.pose.ImageRejectedException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /practice/profile}: the owner sets the practice's name, address, contact and
 * logo. {@code /practice/logo} serves the logo to the practice's own people.
 */
@Controller
class PracticeProfileController {

	private final PracticeAccess access;

	private final PracticeIdentity identity;

	PracticeProfileController(PracticeAccess access, PracticeIdentity identity) {
		this.access = access;
		this.identity = identity;
	}

	@GetMapping("/practice/profile")
	String profile(Principal principal, Model model) {
		return page(this.access.owner(principal), model);
	}

	@PostMapping("/practice/profile")
	String update(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String address,
			@RequestParam(defaultValue = "") String contact, Principal principal, Model model,
			HttpServletResponse response) {
		Account owner = this.access.owner(principal);
		try {
			this.identity.update(owner, name, address, contact);
			return "redirect:/practice/profile?saved";
		}
		catch (People.ProblemException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", ex.key());
			return page(owner, model);
		}
	}

	@PostMapping("/practice/profile/logo")
	String logo(@RequestParam(name = "logo", required = false) MultipartFile logo, Principal principal, Model model,
			HttpServletResponse response) throws IOException {
		Account owner = this.access.owner(principal);
		try {
			if (logo == null || logo.isEmpty()) {
				throw new ImageRejectedException("choose an image file (PNG or JPEG) for the logo");
			}
			this.identity.setLogo(owner, String.valueOf(logo.getOriginalFilename()), logo.getBytes());
			return "redirect:/practice/profile?saved";
		}
		catch (ImageRejectedException ex) {
			response.setStatus(422);
			model.addAttribute("logoProblem", ex.getMessage());
			return page(owner, model);
		}
	}

	@PostMapping("/practice/profile/logo/removal")
	String removeLogo(Principal principal) {
		this.identity.removeLogo(this.access.owner(principal));
		return "redirect:/practice/profile?saved";
	}

	@GetMapping("/practice/logo")
	@ResponseBody
	ResponseEntity<byte[]> logo(Principal principal) {
		Account account = this.access.current(principal);
		return this.identity.logo(account.practiceId())
			.map((png) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_PNG)
				.cacheControl(CacheControl.noCache().cachePrivate())
				.body(png))
			.orElseThrow(PracticeAccess::notFound);
	}

	private String page(Account owner, Model model) {
		model.addAttribute("practice", this.identity.of(owner.practiceId()));
		return "practice/profile";
	}

}
