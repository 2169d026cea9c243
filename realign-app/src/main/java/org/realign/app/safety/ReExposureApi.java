package org.realign.app.safety;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.realign.app.api.InvalidRequest;
import org.realign.app.api.FeedbackJson;
import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.app.identity.PracticeAccess;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.spasm.ReExposureAttempt;
import org.realign.core.feedback.spasm.ReExposurePlan;
import org.realign.core.feedback.spasm.ReExposurePlans;
import org.realign.core.feedback.spasm.Speed;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Graded re-exposure plans as tracked plans: the practitioner starts one (a spasm episode
 * starts its trigger's plan by itself), the client logs attempts at the current step, and
 * both read the plan's current step, history and fingertip-to-floor and speed trend.
 */
@RestController
@RequestMapping("/api/clients/{clientId}/re-exposure")
@Tag(name = "spasms")
class ReExposureApi {

	private final ClientAccess access;

	private final ReExposureTracking tracking;

	private final Clock clock;

	ReExposureApi(ClientAccess access, ReExposureTracking tracking, Clock clock) {
		this.access = access;
		this.tracking = tracking;
		this.clock = clock;
	}

	/**
	 * A plan to start.
	 *
	 * @param planId a catalogued plan, e.g. {@code forward-bend-to-toe-touch}
	 * @param episodeId the spasm episode it answers, optional
	 * @param goalFingertipToFloorCm the reach goal for this client, optional (forward
	 * bend only; the plan's own goal otherwise)
	 */
	record StartRequest(String planId, String episodeId, Double goalFingertipToFloorCm) {
	}

	/**
	 * One attempt at the current step.
	 *
	 * @param date the day, not in the future; today when left out
	 * @param done whether the step was done
	 * @param fingertipToFloorCm for a forward bend, the distance from the middle
	 * fingertip to the floor at the lowest point, 0..100 cm
	 * @param speed slow, steady, everyday or quick
	 * @param pain the worst pain, NPRS 0..10
	 * @param spasm whether a spasm or a twinge of one came (opens a spasm episode)
	 * @param felt what was felt, in the client's words
	 */
	record AttemptRequest(LocalDate date, Boolean done, Double fingertipToFloorCm, String speed, Integer pain,
			Boolean spasm, String felt) {
	}

	@GetMapping
	@Operation(summary = "The client's re-exposure plans: current step, attempts, step changes, reach and speed "
			+ "trend, and the milestone 'function regained' (the client or their practitioners)")
	@ApiResponse(responseCode = "200", description = "The plans, oldest first")
	@ApiResponse(responseCode = "404", description = "No such client within the caller's reach")
	List<ReExposureTracking.PlanView> plans(@PathVariable long clientId, Principal principal) {
		Clients.ClientRecord client = this.access.readable(principal, clientId);
		return this.tracking.plans(clientId, client.practiceId()).stream().map(this.tracking::view).toList();
	}

	@PostMapping
	@Operation(summary = "Start a re-exposure plan for the client (practitioners)")
	@ApiResponse(responseCode = "201", description = "The plan started")
	@ApiResponse(responseCode = "400",
			description = "An unknown plan, or a reach goal out of range or for a plan that does not measure reach")
	@ApiResponse(responseCode = "404", description = "No such client of the caller's practice")
	ResponseEntity<ReExposureTracking.PlanView> start(@PathVariable long clientId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = StartRequest.class))) @RequestBody String body,
			Principal principal) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, clientId);
		StartRequest request = new FeedbackJson().request(body, StartRequest.class);
		List<FieldError> errors = new ArrayList<>();
		Optional<ReExposurePlan> plan = Optional.ofNullable(request.planId()).flatMap(ReExposurePlans::byId);
		if (plan.isEmpty()) {
			errors.add(
					new FieldError("planId", request.planId() == null ? "required" : "unknown", "planId must be one of "
							+ String.join(", ", ReExposurePlans.all().stream().map(ReExposurePlan::id).toList())));
		}
		Double goal = request.goalFingertipToFloorCm();
		if (goal != null && (goal.isNaN() || goal < 0 || goal > 100)) {
			errors.add(new FieldError("goalFingertipToFloorCm", "out-of-range",
					"the reach goal must be between 0 and 100 cm, was " + goal));
		}
		else if (goal != null && plan.isPresent() && !plan.get().measuresReach()) {
			errors.add(new FieldError("goalFingertipToFloorCm", "not-measured",
					"the plan for " + plan.get().movement() + " does not measure fingertip-to-floor distance"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequest(errors);
		}
		ReExposureTracking.TrackedPlan started = this.tracking.start(clientId, client.practiceId(), plan.get(),
				Optional.ofNullable(request.episodeId()), Optional.ofNullable(goal), principal.getName());
		return ResponseEntity.status(HttpStatus.CREATED).body(this.tracking.view(started));
	}

	@PostMapping("/{planKey}/attempts")
	@Operation(summary = "Log an attempt at the plan's current step (the client): calm attempts in a row (the "
			+ "practice's number) advance a step, pain above the practice's threshold or a spasm steps back, and a "
			+ "spasm opens a spasm episode")
	@ApiResponse(responseCode = "201", description = "The plan as it now stands")
	@ApiResponse(responseCode = "400", description = "Every invalid field named (nothing stored)")
	@ApiResponse(responseCode = "404", description = "Another client's or an unknown plan")
	ResponseEntity<ReExposureTracking.PlanView> attempt(@PathVariable long clientId, @PathVariable String planKey,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = AttemptRequest.class))) @RequestBody String body,
			Principal principal) {
		Clients.ClientRecord client = this.access.self(principal, clientId);
		ReExposureTracking.TrackedPlan plan = this.tracking.plan(clientId, client.practiceId(), planKey)
			.orElseThrow(PracticeAccess::notFound);
		AttemptRequest request = new FeedbackJson().request(body, AttemptRequest.class);
		List<FieldError> errors = new ArrayList<>();
		if (request.done() == null) {
			errors.add(new FieldError("done", "required", "say whether the step was done"));
		}
		if (request.pain() == null) {
			errors.add(new FieldError("pain", "required", "pain 0..10 is required (0 for none)"));
		}
		Optional<Speed> speed = Optional.ofNullable(request.speed()).flatMap(Speed::fromId);
		if (request.speed() != null && speed.isEmpty()) {
			errors.add(new FieldError("speed", "unknown", "speed must be one of slow, steady, everyday, quick"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequest(errors);
		}
		ReExposureAttempt attempt = new ReExposureAttempt("attempt-" + UUID.randomUUID(),
				Optional.ofNullable(request.date()).orElse(LocalDate.now(this.clock)), this.clock.instant(),
				request.done(), Optional.ofNullable(request.fingertipToFloorCm()), speed, request.pain(),
				Boolean.TRUE.equals(request.spasm()), request.felt());
		List<FieldError> invalid = this.tracking.log(clientId, plan, attempt, principal.getName());
		if (!invalid.isEmpty()) {
			throw new InvalidRequest(invalid);
		}
		ReExposureTracking.TrackedPlan now = this.tracking.plan(clientId, client.practiceId(), planKey).orElseThrow();
		return ResponseEntity.status(HttpStatus.CREATED).body(this.tracking.view(now));
	}

	/**
	 * The client's reach goal for a plan.
	 *
	 * @param goalFingertipToFloorCm fingertip-to-floor at the lowest point, 0..100 cm (0:
	 * a toe touch)
	 */
	record GoalRequest(Double goalFingertipToFloorCm) {
	}

	@PutMapping("/{planKey}/goal")
	@Operation(summary = "Set the client's reach goal (fingertip-to-floor) of a forward-bend plan "
			+ "(practitioners): the plan is replayed against it; earlier goals stay in its history")
	@ApiResponse(responseCode = "200", description = "The plan against its new goal")
	@ApiResponse(responseCode = "400",
			description = "The goal missing, out of 0..100 cm, or for a plan that does not measure reach (nothing stored)")
	@ApiResponse(responseCode = "404", description = "Another client's or an unknown plan")
	ReExposureTracking.PlanView goal(@PathVariable long clientId, @PathVariable String planKey,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = GoalRequest.class))) @RequestBody String body,
			Principal principal) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, clientId);
		ReExposureTracking.TrackedPlan plan = this.tracking.plan(clientId, client.practiceId(), planKey)
			.orElseThrow(PracticeAccess::notFound);
		GoalRequest request = new FeedbackJson().request(body, GoalRequest.class);
		List<FieldError> errors = this.tracking.setGoal(clientId, plan, request.goalFingertipToFloorCm(),
				principal.getName());
		if (!errors.isEmpty()) {
			throw new InvalidRequest(errors);
		}
		return this.tracking.view(this.tracking.plan(clientId, client.practiceId(), planKey).orElseThrow());
	}

}
