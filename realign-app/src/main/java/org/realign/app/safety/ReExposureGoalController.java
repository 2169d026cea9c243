package org.realign.app.safety;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.app.identity.PracticeAccess;
import org.realign.core.feedback.FieldError;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /clients/{clientId}/re-exposure/{planKey}/goal}: the practitioner sets the
 * client's reach goal (fingertip-to-floor) of a forward-bend plan, and sees the goals set
 * before, who set them and when. The plan is replayed against the goal in force, so
 * "function regained" follows it. Every change is in the client's audit trail (the
 * request) and in the plan's own history.
 */
@Controller
class ReExposureGoalController {

	private final ClientAccess access;

	private final ReExposureTracking tracking;

	ReExposureGoalController(ClientAccess access, ReExposureTracking tracking) {
		this.access = access;
		this.tracking = tracking;
	}

	@GetMapping("/clients/{clientId}/re-exposure/{planKey}/goal")
	String initGoalForm(@PathVariable long clientId, @PathVariable String planKey, Principal principal, Model model) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, clientId);
		ReExposureTracking.TrackedPlan plan = plan(client, planKey);
		return page(client, plan, ReExposureTracking.goal(plan).map(ReExposureGoalController::cm).orElse(""), List.of(),
				model);
	}

	@PostMapping("/clients/{clientId}/re-exposure/{planKey}/goal")
	String processGoalForm(@PathVariable long clientId, @PathVariable String planKey,
			@RequestParam(name = "goalFingertipToFloorCm", defaultValue = "") String goal, Principal principal,
			Model model, HttpServletResponse response) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, clientId);
		ReExposureTracking.TrackedPlan plan = plan(client, planKey);
		List<FieldError> errors;
		String entered = goal.strip().replace(',', '.');
		if (entered.isEmpty()) {
			errors = this.tracking.setGoal(clientId, plan, null, principal.getName());
		}
		else if (!entered.matches("\\d{1,3}(\\.\\d{1,2})?")) {
			errors = List.of(new FieldError("goalFingertipToFloorCm", "not-a-number",
					"the reach goal is a number of cm between 0 and 100, e.g. 10 or 7.5; \"" + goal.strip()
							+ "\" is not"));
		}
		else {
			errors = this.tracking.setGoal(clientId, plan, Double.valueOf(entered), principal.getName());
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(client, plan, goal, errors, model);
		}
		return "redirect:/clients/" + clientId + "/progress?goalSaved#plan-" + planKey;
	}

	private ReExposureTracking.TrackedPlan plan(Clients.ClientRecord client, String planKey) {
		return this.tracking.plan(client.id(), client.practiceId(), planKey).orElseThrow(PracticeAccess::notFound);
	}

	private String page(Clients.ClientRecord client, ReExposureTracking.TrackedPlan plan, String entered,
			List<FieldError> errors, Model model) {
		model.addAttribute("client", client);
		model.addAttribute("plan", plan.progress().plan());
		model.addAttribute("planKey", plan.stored().planKey());
		model.addAttribute("planGoal",
				plan.progress().plan().fingertipToFloorGoalCm().map(ReExposureGoalController::cm).orElse(""));
		model.addAttribute("measuresReach", plan.progress().plan().measuresReach());
		model.addAttribute("changes", this.tracking.goalChanges(plan));
		model.addAttribute("entered", entered);
		model.addAttribute("errors", errors);
		return "safety/re-exposure-goal";
	}

	private static String cm(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
