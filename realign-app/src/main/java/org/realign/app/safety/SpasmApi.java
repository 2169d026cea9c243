package org.realign.app.safety;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.realign.app.api.FeedbackJson;
import org.realign.app.api.Conflict;
import org.realign.app.api.InvalidRequest;
import org.realign.app.client.ClientAccess;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.Role;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.spasm.OpenedEpisode;
import org.realign.core.feedback.spasm.SpasmAssessment;
import org.realign.core.feedback.spasm.SpasmEpisode;
import org.realign.core.feedback.spasm.SpasmTrigger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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
 * Spasm episodes: the client reports one and reads why a spasm is protection, the graded
 * re-exposure plan for the movement that set it off and, for the back, the "after a back
 * spasm" starter menu; the practitioner is alerted and sees the possible links to the
 * client's posture findings.
 */
@RestController
@RequestMapping("/api/clients/{clientId}/spasms")
@Tag(name = "spasms")
class SpasmApi {

	private final ClientAccess access;

	private final PracticeAccess practice;

	private final JdbcSpasmEpisodes episodes;

	private final SpasmRecords outOfSession;

	private final SpasmGuards guards;

	private final JdbcSpasmClearances clearances;

	private final Clock clock;

	SpasmApi(ClientAccess access, PracticeAccess practice, JdbcSpasmEpisodes episodes, SpasmRecords outOfSession,
			SpasmGuards guards, JdbcSpasmClearances clearances, Clock clock) {
		this.access = access;
		this.practice = practice;
		this.episodes = episodes;
		this.outOfSession = outOfSession;
		this.guards = guards;
		this.clearances = clearances;
		this.clock = clock;
	}

	/**
	 * A spasm episode as the client reports it.
	 *
	 * @param date the day it started, not in the future
	 * @param region e.g. {@code low-back}, {@code neck}, {@code calf}
	 * @param trigger e.g. {@code bending-forward-quickly}, {@code lifting},
	 * {@code getting-out-of-bed}
	 * @param severity 0..10
	 * @param duration how long it lasted, ISO-8601 (e.g. {@code PT45M}, {@code P2D})
	 * @param helped what helped
	 * @param stoppedDoing what it stopped the client doing
	 * @param avoiding whether the client has avoided the movement since
	 * @param newOrWorseSymptoms whether symptoms are new or worse
	 * @param notes free text
	 */
	record SpasmRequest(LocalDate date, String region, String trigger, Integer severity, Duration duration,
			List<String> helped, List<String> stoppedDoing, Boolean avoiding, Boolean newOrWorseSymptoms,
			String notes) {
	}

	@PostMapping
	@Operation(summary = "Report a spasm episode (the client); answers the advice, the re-exposure plan (started "
			+ "as a tracked plan unless the client already follows it) and starter menu, or the invalid fields")
	@ApiResponse(responseCode = "201", description = "The episode stored, the practitioner alerted")
	@ApiResponse(responseCode = "400",
			description = "Every invalid field named: date, region, trigger, severity, duration (nothing stored)")
	@ApiResponse(responseCode = "404", description = "Not the caller's own record")
	@Transactional
	ResponseEntity<OpenedEpisode> report(@PathVariable long clientId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = SpasmRequest.class))) @RequestBody String body,
			Principal principal) {
		this.access.self(principal, clientId);
		SpasmRequest request = new FeedbackJson().request(body, SpasmRequest.class);
		FeedbackJson.limitFreeText("notes", request.notes());
		SpasmEpisode episode = episode(clientId, request);
		// The trigger is linked to the findings of the client's latest assessment, if
		// any; the journal and sessions record spasms through the same path.
		SpasmGuards.Reported reported = this.guards.report(clientId, episode, principal.getName());
		if (reported instanceof SpasmGuards.Refused refused) {
			throw new InvalidRequest(refused.errors());
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(((SpasmGuards.Opened) reported).answer());
	}

	/**
	 * @param note why the practitioner clears the episode, optional
	 */
	record ClearanceRequest(String note) {
	}

	/**
	 * A clearance given.
	 *
	 * @param episodeId the episode cleared
	 * @param clearedBy who cleared it
	 * @param clearedAt when
	 * @param openEpisodes the client's episodes still open (each still holds every raise)
	 */
	record Clearance(String episodeId, String clearedBy, Instant clearedAt, int openEpisodes) {
	}

	@PostMapping("/{episodeId}/clearance")
	@Operation(summary = "Clear a spasm episode after review (practitioners): until then no dose of the client "
			+ "is raised")
	@ApiResponse(responseCode = "201", description = "Cleared")
	@ApiResponse(responseCode = "400", description = "The note is too long or not text")
	@ApiResponse(responseCode = "404", description = "No such episode of a client of the caller's practice")
	@ApiResponse(responseCode = "409",
			description = "The episode was cleared before (code already-cleared); nothing changed")
	@Transactional
	ResponseEntity<Clearance> clear(@PathVariable long clientId, @PathVariable String episodeId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
					content = @Content(schema = @Schema(implementation = ClearanceRequest.class))) @RequestBody(
							required = false) String body,
			Principal principal) {
		this.access.practitionerOf(principal, clientId);
		ClearanceRequest request = (body == null || body.isBlank()) ? new ClearanceRequest("")
				: new FeedbackJson().request(body, ClearanceRequest.class);
		FeedbackJson.limitFreeText("note", request.note());
		boolean known = this.outOfSession.spasms(clientId)
			.stream()
			.anyMatch((stored) -> stored.episode().id().equals(episodeId));
		if (!known) {
			throw PracticeAccess.notFound();
		}
		if (!this.clearances.clear(clientId, episodeId, request.note(), principal.getName(), this.clock.instant())) {
			throw Conflict.of("episodeId", "already-cleared",
					"this spasm episode was cleared before; it no longer holds any raise");
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Clearance(episodeId, principal.getName(), this.clock.instant(),
					this.guards.open(clientId).size()));
	}

	/**
	 * A spasm episode as listed.
	 *
	 * @param episode the episode as reported
	 * @param assessment the advice given at the time (practitioner alerts only for
	 * practitioners)
	 * @param recordedAt when it was recorded
	 * @param recordedBy who recorded it
	 * @param cleared whether the practitioner cleared it
	 * @param sessionLogId the session log it came with, if any
	 * @param withdrawn whether a correction of that session took the spasm away since
	 * (the episode stays open until cleared)
	 */
	record EpisodeRow(@Schema(implementation = SpasmEpisode.class) JsonNode episode,
			@Schema(implementation = SpasmAssessment.Assessed.class) JsonNode assessment, Instant recordedAt,
			String recordedBy, boolean cleared, String sessionLogId, boolean withdrawn) {
	}

	@GetMapping
	@Operation(summary = "The client's spasm episodes with the advice given (the client or their practitioners; "
			+ "practitioner alerts are shown to practitioners only)")
	@ApiResponse(responseCode = "200", description = "The episodes, oldest first")
	@ApiResponse(responseCode = "404", description = "No such client within the caller's reach")
	List<EpisodeRow> list(@PathVariable long clientId, Principal principal) {
		this.access.readable(principal, clientId);
		boolean client = this.practice.current(principal).role() == Role.CLIENT;
		Set<String> cleared = this.clearances.cleared(clientId);
		return this.episodes.episodes(clientId).stream().map((stored) -> {
			if (client && stored.assessment() instanceof ObjectNode assessment) {
				assessment.remove("alerts");
			}
			return new EpisodeRow(stored.episode(), stored.assessment(), stored.recordedAt(), stored.recordedBy(),
					cleared.contains(stored.episode().path("id").asString("")),
					stored.session().map(JdbcSpasmEpisodes.SessionSpasmLink::logId).orElse(null),
					this.guards.withdrawn(clientId, stored));
		}).toList();
	}

	/**
	 * The episode, with the fields the core's record cannot hold checked here: missing
	 * values and an unknown trigger.
	 */
	private static SpasmEpisode episode(long clientId, SpasmRequest request) {
		List<FieldError> errors = new ArrayList<>();
		if (request.date() == null) {
			errors.add(new FieldError("date", "required", "date is required"));
		}
		if (request.region() == null) {
			errors.add(new FieldError("region", "required", "region is required"));
		}
		if (request.severity() == null) {
			errors.add(new FieldError("severity", "required", "severity 0..10 is required"));
		}
		if (request.duration() == null) {
			errors.add(new FieldError("duration", "required", "duration is required, e.g. PT45M"));
		}
		Optional<SpasmTrigger> trigger = Optional.ofNullable(request.trigger()).flatMap(SpasmTrigger::fromId);
		if (trigger.isEmpty()) {
			errors.add(new FieldError("trigger", request.trigger() == null ? "required" : "unknown",
					"trigger must be one of " + Arrays.stream(SpasmTrigger.values())
						.map(SpasmTrigger::id)
						.collect(Collectors.joining(", "))));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequest(errors);
		}
		return new SpasmEpisode("spasm-" + UUID.randomUUID(), 1, Optional.empty(), String.valueOf(clientId),
				request.date(), request.region(), trigger.get(), request.severity(), request.duration(),
				Optional.ofNullable(request.helped()).orElse(List.of()),
				Optional.ofNullable(request.stoppedDoing()).orElse(List.of()), Boolean.TRUE.equals(request.avoiding()),
				Boolean.TRUE.equals(request.newOrWorseSymptoms()), request.notes());
	}

}
