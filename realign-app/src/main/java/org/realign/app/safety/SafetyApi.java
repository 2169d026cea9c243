package org.realign.app.safety;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.realign.app.api.FeedbackJson;
import org.realign.app.api.InvalidRequest;
import org.realign.app.client.ClientAccess;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.Role;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.RuleOutcome.Alert;
import org.realign.core.feedback.SafetyStatus;
import org.realign.core.feedback.SessionLog;
import org.realign.core.feedback.SessionLogs;
import org.realign.core.feedback.safety.RedFlagQuestionnaire;
import org.realign.core.feedback.safety.RescreenPolicy;
import org.realign.core.feedback.safety.ScreeningAnswers;
import org.realign.core.feedback.safety.ScreeningOutcome;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Red-flag screening: the intake questionnaire, the client's answers (or a practitioner's
 * record of them at intake), the safety status they give, and the practitioner's
 * clearances. An urgent (cauda-equina) answer tells the client to seek urgent medical
 * care and pauses the programme; any other flag alerts the practitioner. The status feeds
 * the progression rules of every later session log.
 */
@RestController
@RequestMapping("/api/clients/{clientId}/safety")
@Tag(name = "safety")
class SafetyApi {

	private final ClientAccess access;

	private final PracticeAccess practice;

	private final JdbcScreenings screenings;

	private final SafetyScreenings recorder;

	private final JdbcSpasmEpisodes spasms;

	private final SessionLogs logs;

	private final Clock clock;

	SafetyApi(ClientAccess access, PracticeAccess practice, JdbcScreenings screenings, SafetyScreenings recorder,
			JdbcSpasmEpisodes spasms, SessionLogs logs, Clock clock) {
		this.access = access;
		this.practice = practice;
		this.screenings = screenings;
		this.recorder = recorder;
		this.spasms = spasms;
		this.logs = logs;
		this.clock = clock;
	}

	@GetMapping("/questionnaire")
	@Operation(summary = "The red-flag questionnaire to answer (the client or their practitioners)")
	@ApiResponse(responseCode = "200", description = "The questionnaire in force, with its version")
	@ApiResponse(responseCode = "404", description = "No such client within the caller's reach")
	RedFlagQuestionnaire questionnaire(@PathVariable long clientId, Principal principal) {
		this.access.readable(principal, clientId);
		return this.recorder.questionnaire();
	}

	/**
	 * Answers to the questionnaire.
	 *
	 * @param date the day of the screening, not in the future
	 * @param occasion {@code intake} or {@code rescreen}
	 * @param questionnaireVersion the version answered
	 * @param answers yes (true) or no (false) for every question id
	 */
	record ScreeningRequest(LocalDate date, String occasion, Integer questionnaireVersion,
			Map<String, Boolean> answers) {
	}

	/**
	 * A screening recorded.
	 *
	 * @param screeningId the screening
	 * @param flagged the questions answered yes that are red flags
	 * @param forClient what the client is told (message), if anything
	 * @param status the client's safety status now
	 * @param alert the practitioner's alert, shown to practitioners only
	 */
	record Screened(long screeningId, List<String> flagged, String forClient, SafetyStatus status,
			@JsonInclude(JsonInclude.Include.NON_NULL) Alert alert) {
	}

	@PostMapping("/screenings")
	@Operation(summary = "Record red-flag answers (the client, or a practitioner at intake); "
			+ "answers the safety status and what the client is told. An urgent and a non-urgent flag together: "
			+ "the urgent one wins (programme paused)")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "400",
			description = "Every invalid field named: a missing answer, an unknown question, a future date, answers to an outdated questionnaire version (nothing stored)")
	@ApiResponse(responseCode = "404", description = "No such client within the caller's reach")
	@Transactional
	ResponseEntity<Screened> screen(@PathVariable long clientId, @io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = ScreeningRequest.class))) @RequestBody String body,
			Principal principal) {
		this.access.readable(principal, clientId);
		ScreeningRequest request = new FeedbackJson().request(body, ScreeningRequest.class);
		List<FieldError> errors = new ArrayList<>();
		if (request.date() == null) {
			errors.add(new FieldError("date", "required", "date is required"));
		}
		Optional<ScreeningAnswers.Occasion> occasion = Arrays.stream(ScreeningAnswers.Occasion.values())
			.filter((o) -> o.id().equals(request.occasion()))
			.findFirst();
		if (occasion.isEmpty()) {
			errors.add(new FieldError("occasion", request.occasion() == null ? "required" : "unknown",
					"occasion must be intake or rescreen"));
		}
		if (request.questionnaireVersion() == null) {
			errors.add(new FieldError("questionnaireVersion", "required", "questionnaireVersion is required"));
		}
		if (request.answers() != null && request.answers().containsValue(null)) {
			errors.add(new FieldError("answers", "required", "every answer is true (yes) or false (no)"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequest(errors);
		}
		ScreeningAnswers answers = new ScreeningAnswers(String.valueOf(clientId), request.date(), occasion.get(),
				request.questionnaireVersion(), Optional.ofNullable(request.answers()).orElse(Map.of()));
		SafetyScreenings.Recorded recorded = this.recorder.record(clientId, answers, principal.getName());
		if (recorded.outcome() instanceof ScreeningOutcome.Invalid invalid) {
			throw new InvalidRequest(invalid.errors());
		}
		ScreeningOutcome.Screened screened = (ScreeningOutcome.Screened) recorded.outcome();
		boolean client = this.practice.current(principal).role() == Role.CLIENT;
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Screened(recorded.screeningId(), screened.flagged(), screened.forClient().orElse(null),
					this.screenings.status(clientId), client ? null : screened.alert().orElse(null)));
	}

	/**
	 * The client's safety.
	 *
	 * @param status the red-flag status
	 * @param rescreenDue why a re-screen is due, empty when none is
	 * @param medicalReviewClearedOn the day cramps awaiting medical review were last
	 * cleared, if ever
	 * @param screenings every screening, oldest first
	 * @param clearances every clearance, oldest first
	 */
	record SafetyView(SafetyStatus status, List<String> rescreenDue, LocalDate medicalReviewClearedOn,
			List<JdbcScreenings.Screening> screenings, List<JdbcScreenings.Clearance> clearances) {
	}

	@GetMapping
	@Operation(summary = "The client's safety status, whether a re-screen is due, and the screenings and "
			+ "clearances it rests on (the client or their practitioners)")
	@ApiResponse(responseCode = "200", description = "The client's safety")
	@ApiResponse(responseCode = "404", description = "No such client within the caller's reach")
	SafetyView status(@PathVariable long clientId, Principal principal) {
		this.access.readable(principal, clientId);
		List<JdbcScreenings.Screening> all = this.screenings.screenings(clientId);
		return new SafetyView(this.screenings.status(clientId), rescreenReasons(clientId, all),
				this.screenings.medicalReviewClearedOn(clientId).orElse(null), all,
				this.screenings.clearances(clientId));
	}

	/**
	 * A practitioner's clearance.
	 *
	 * @param kind {@code red-flags} (closes the open red flags and resumes a paused
	 * programme) or {@code medical-review} (cramps that awaited medical review, up to
	 * today, no longer block chasing)
	 * @param note why, e.g. "seen by GP on 20 Nov, no concerns"
	 */
	record ClearanceRequest(String kind, String note) {
	}

	@PostMapping("/clearances")
	@Operation(summary = "Clear open red flags or cramps awaiting medical review (practitioners)")
	@ApiResponse(responseCode = "201", description = "Cleared; the client's safety as it now stands")
	@ApiResponse(responseCode = "400", description = "An unknown kind, or no note saying why (nothing stored)")
	@ApiResponse(responseCode = "404", description = "No such client of the caller's practice")
	@Transactional
	ResponseEntity<SafetyView> clear(@PathVariable long clientId, @io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = ClearanceRequest.class))) @RequestBody String body,
			Principal principal) {
		this.access.practitionerOf(principal, clientId);
		ClearanceRequest request = new FeedbackJson().request(body, ClearanceRequest.class);
		FeedbackJson.limitFreeText("note", request.note());
		List<FieldError> errors = new ArrayList<>();
		if (!JdbcScreenings.RED_FLAGS.equals(request.kind()) && !JdbcScreenings.MEDICAL_REVIEW.equals(request.kind())) {
			errors.add(new FieldError("kind", request.kind() == null ? "required" : "unknown",
					"kind must be red-flags or medical-review"));
		}
		if (request.note() == null || request.note().isBlank()) {
			errors.add(new FieldError("note", "required", "say why the clearance is given"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequest(errors);
		}
		this.screenings.clear(clientId, request.kind(), LocalDate.now(this.clock), request.note(), principal.getName(),
				this.clock.instant());
		return ResponseEntity.status(HttpStatus.CREATED).body(status(clientId, principal));
	}

	/**
	 * Why a re-screen is due: what the session logs and spasm episodes recorded since the
	 * latest screening call for (all of them when there has been no screening yet).
	 */
	private List<String> rescreenReasons(long clientId, List<JdbcScreenings.Screening> all) {
		Instant since = all.isEmpty() ? Instant.MIN : all.get(all.size() - 1).recordedAt();
		List<String> reasons = new ArrayList<>();
		if (all.isEmpty()) {
			reasons.add("no red-flag screening has been recorded yet");
		}
		List<SessionLog> current = this.logs.currentVersions(String.valueOf(clientId));
		for (SessionLog log : current) {
			if (log.recordedAt().isAfter(since)) {
				List<SessionLog> earlier = current.stream()
					.filter((other) -> !other.logId().equals(log.logId()) && !other.date().isAfter(log.date()))
					.toList();
				RescreenPolicy.reasons(log, earlier)
					.forEach((reason) -> reasons.add("session of " + log.date() + ": " + reason));
			}
		}
		this.spasms.episodes(clientId)
			.stream()
			.filter((episode) -> episode.recordedAt().isAfter(since))
			.forEach((episode) -> reasons.add("a spasm episode was reported on " + episode.date()));
		return reasons;
	}

}
