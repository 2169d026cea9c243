package org.realign.app.progression;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.PracticeDirectory.Account;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.PracticeSettings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /practice/feedback-settings}: the owner sets the practice's thresholds for the
 * progression rules, among them the number of calm re-exposure attempts in a row that
 * advance a client's plan by a step. Each value is checked against its range and named
 * when refused; nothing is stored then. A change is recorded with who and when and is in
 * the audit trail.
 */
@Controller
class FeedbackSettingsController {

	/**
	 * The settings the page asks for, in its order, with the ranges the API checks too
	 * ({@link PracticeSettings#LIMITS}).
	 */
	static final List<PracticeSettings.Limit> FIELDS = PracticeSettings.LIMITS;

	private final PracticeAccess access;

	private final FeedbackSettings settings;

	FeedbackSettingsController(PracticeAccess access, FeedbackSettings settings) {
		this.access = access;
		this.settings = settings;
	}

	@GetMapping("/practice/feedback-settings")
	String initSettingsForm(Principal principal, Model model) {
		Account owner = this.access.owner(principal);
		PracticeSettings current = this.settings.of(owner.practiceId());
		return page(values(current), current.autoApply(), List.of(), model);
	}

	@PostMapping("/practice/feedback-settings")
	String processSettingsForm(@RequestParam Map<String, String> form, Principal principal, Model model,
			HttpServletResponse response) {
		Account owner = this.access.owner(principal);
		List<FieldError> errors = new ArrayList<>();
		Map<String, Integer> numbers = new LinkedHashMap<>();
		for (PracticeSettings.Limit field : FIELDS) {
			String entered = form.getOrDefault(field.name(), "").strip();
			if (entered.isEmpty()) {
				errors.add(new FieldError(field.name(), "required", "required"));
			}
			else if (!entered.matches("\\d{1,4}")) {
				errors.add(new FieldError(field.name(), "not-a-number",
						"a whole number from " + field.min() + " to " + field.max() + "; \"" + entered + "\" is not"));
			}
			else if (!field.allows(Integer.parseInt(entered))) {
				errors.add(new FieldError(field.name(), "out-of-range",
						"from " + field.min() + " to " + field.max() + ", was " + entered));
			}
			else {
				numbers.put(field.name(), Integer.parseInt(entered));
			}
		}
		boolean autoApply = "on".equals(form.get("autoApply")) || "true".equals(form.get("autoApply"));
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			Map<String, String> entered = new LinkedHashMap<>();
			FIELDS.forEach((field) -> entered.put(field.name(), form.getOrDefault(field.name(), "")));
			return page(entered, autoApply, errors, model);
		}
		this.settings.change(owner,
				new PracticeSettings(numbers.get("painThresholdNprs"), numbers.get("doseIncreasePercent"),
						numbers.get("wakeUpEaseMinutes"), numbers.get("wokenUpQuietSessions"),
						numbers.get("noEffortSessions"), numbers.get("lowEffortMax"),
						numbers.get("recurringSpontaneousCramps"), numbers.get("recurrenceWindowDays"), autoApply,
						numbers.get("reExposureCalmAttempts")));
		return "redirect:/practice/feedback-settings?saved";
	}

	private static Map<String, String> values(PracticeSettings settings) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("reExposureCalmAttempts", String.valueOf(settings.reExposureCalmAttempts()));
		values.put("painThresholdNprs", String.valueOf(settings.painThresholdNprs()));
		values.put("doseIncreasePercent", String.valueOf(settings.doseIncreasePercent()));
		values.put("wakeUpEaseMinutes", String.valueOf(settings.wakeUpEaseMinutes()));
		values.put("wokenUpQuietSessions", String.valueOf(settings.wokenUpQuietSessions()));
		values.put("noEffortSessions", String.valueOf(settings.noEffortSessions()));
		values.put("lowEffortMax", String.valueOf(settings.lowEffortMax()));
		values.put("recurringSpontaneousCramps", String.valueOf(settings.recurringSpontaneousCramps()));
		values.put("recurrenceWindowDays", String.valueOf(settings.recurrenceWindowDays()));
		return values;
	}

	private String page(Map<String, String> values, boolean autoApply, List<FieldError> errors, Model model) {
		model.addAttribute("fields", FIELDS);
		model.addAttribute("values", values);
		model.addAttribute("autoApply", autoApply);
		model.addAttribute("errors", errors);
		Map<String, String> errorByField = new LinkedHashMap<>();
		errors.forEach((error) -> errorByField.putIfAbsent(error.field(), error.message()));
		model.addAttribute("errorByField", errorByField);
		return "progression/settings";
	}

}
