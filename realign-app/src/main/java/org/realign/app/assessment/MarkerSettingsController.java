package org.realign.app.assessment;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.PracticeDirectory.Account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /practice/marker-settings}: the owner says which colour the practice's skin
 * markers have, or lets each photo's own be detected. A colour that names none is named
 * back and nothing is stored.
 */
@Controller
class MarkerSettingsController {

	/** The colours offered by name; any other is written as {@code #RRGGBB}. */
	static final List<String> NAMED = List.of(SkinMarkers.DETECT, SkinMarkers.NONE, "white", "reflective", "green",
			"blue", "yellow", "cyan", "magenta", "orange", "red", "pink");

	private final PracticeAccess access;

	private final MarkerSettings settings;

	MarkerSettingsController(PracticeAccess access, MarkerSettings settings) {
		this.access = access;
		this.settings = settings;
	}

	@GetMapping("/practice/marker-settings")
	String initMarkerSettingsForm(Principal principal, Model model) {
		String colour = this.settings.colour(this.access.owner(principal).practiceId());
		return page(NAMED.contains(colour) ? colour : "other", NAMED.contains(colour) ? "" : colour, null, model);
	}

	@PostMapping("/practice/marker-settings")
	String processMarkerSettingsForm(@RequestParam(defaultValue = "") String markerColour,
			@RequestParam(defaultValue = "") String otherColour, Principal principal, Model model,
			HttpServletResponse response) {
		Account owner = this.access.owner(principal);
		String entered = markerColour.equals("other") ? otherColour : markerColour;
		Optional<String> colour = MarkerSettings.normalised(entered);
		if (colour.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(markerColour, otherColour, entered.isBlank() ? "" : entered, model);
		}
		this.settings.save(owner.practiceId(), colour.get(), owner.id());
		return "redirect:/practice/marker-settings?saved";
	}

	private String page(String choice, String other, String refused, Model model) {
		model.addAttribute("colours", NAMED);
		model.addAttribute("choice", choice);
		model.addAttribute("other", other);
		model.addAttribute("refused", refused);
		return "assessment/marker-settings";
	}

}
