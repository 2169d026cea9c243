package org.realign.app.session;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.realign.app.api.ApiErrors;
import org.realign.app.api.Conflict;
import org.realign.app.api.FeedbackJson;
import org.realign.app.api.InvalidRequest;
import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.menu.Prescriptions;
import org.realign.app.menu.PublishedMenus;
import org.realign.core.feedback.CrampClassification;
import org.realign.core.feedback.Evaluation;
import org.realign.core.feedback.RuleOutcome.Alert;
import org.realign.core.feedback.RuleOutcome.ChaseBlocked;
import org.realign.core.feedback.RuleOutcome.Milestone;
import org.realign.core.feedback.RuleOutcome.Proposal;
import org.realign.core.feedback.SafetyStatus;
import org.realign.core.feedback.SessionLog;
import org.realign.core.feedback.spasm.OpenedEpisode;
import org.realign.core.feedback.SessionDraft;
import org.realign.core.feedback.SessionLogHistory;
import org.realign.core.feedback.SessionLogs;
import org.realign.core.prescription.PrescribedMenu;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The client's menu and session logs, with the progression rules' verdict on each log. A
 * client writes and reads only their own logs; their practitioners read them and publish
 * the menu.
 * <p>
 * The controller reads the request, checks access and answers; logging a session (store,
 * screen, evaluate the rules, keep and apply proposals) is {@link SessionLogging}.
 */
@RestController
@RequestMapping("/api/clients/{clientId}")
@Tag(name = "sessions")
class SessionApi {

	private final ClientAccess access;

	private final PublishedMenus menus;

	private final Prescriptions prescriptions;

	private final SessionLogs logs;

	private final SessionLogging logging;

	private final SessionLogJson json = new SessionLogJson();

	private final FeedbackJson requests = new FeedbackJson();

	private final Clock clock;

	private final SessionReplays replays;

	private final TransactionTemplate transaction;

	SessionApi(ClientAccess access, PublishedMenus menus, Prescriptions prescriptions, SessionLogs logs,
			SessionLogging logging, Clock clock, SessionReplays replays, TransactionTemplate transaction) {
		this.access = access;
		this.menus = menus;
		this.prescriptions = prescriptions;
		this.logs = logs;
		this.logging = logging;
		this.clock = clock;
		this.replays = replays;
		this.transaction = transaction;
	}

	/**
	 * Either a starter menu's exercises or a list of exercise ids, in order; amounts,
	 * when given, are the practitioner's dose of each exercise (same order).
	 */
	record MenuRequest(String starter, List<String> exercises, List<Integer> amounts, Integer sessionsPerWeek) {
	}

	@PostMapping("/menu")
	@Operation(summary = "Publish a menu to the client (practitioners)")
	@ApiResponse(responseCode = "201", description = "The menu published, in force from now")
	@ApiResponse(responseCode = "400",
			description = "An unknown starter menu or exercise, an amount out of range, a field of the wrong kind")
	@ApiResponse(responseCode = "404", description = "No such client in the caller's practice")
	ResponseEntity<PrescribedMenu> publish(@PathVariable long clientId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = MenuRequest.class))) @RequestBody String body,
			Principal principal) {
		this.access.practitionerOf(principal, clientId);
		// Read like every other body of this API, so that unreadable JSON (too deep,
		// wrong types) is answered with the field and the problem named.
		MenuRequest request = this.requests.request(body, MenuRequest.class);
		PrescribedMenu menu;
		try {
			List<String> exercises = request.starter() != null ? this.prescriptions.starter(request.starter())
					: Optional.ofNullable(request.exercises()).orElse(List.of());
			menu = this.prescriptions.prescribe(exercises, Optional.ofNullable(request.amounts()).orElse(List.of()),
					Optional.ofNullable(request.sessionsPerWeek()).orElse(7));
		}
		catch (IllegalArgumentException ex) {
			// Prescriptions names the field first: "exercises: unknown exercise ...".
			String[] fieldAndMessage = ex.getMessage().split(": ", 2);
			throw InvalidRequest.of(fieldAndMessage[0], "invalid", fieldAndMessage[1]);
		}
		this.menus.publish(clientId, menu, principal.getName());
		return ResponseEntity.status(HttpStatus.CREATED).body(menu);
	}

	@GetMapping("/menu")
	@Operation(summary = "The menu in force (the client or their practitioners)")
	@ApiResponse(responseCode = "200", description = "The menu in force")
	@ApiResponse(responseCode = "404", description = "No such client in the caller's practice")
	@ApiResponse(responseCode = "409", description = "No menu has been published yet (code no-menu)")
	PrescribedMenu menu(@PathVariable long clientId, Principal principal) {
		this.access.readable(principal, clientId);
		return currentMenu(clientId);
	}

	@PostMapping("/sessions")
	@Operation(summary = "Log a session (the client); answers the rules' verdict or the invalid fields. A spasm "
			+ "opens an episode (alert, re-screen, starter menu, re-exposure plan) and holds every raise. An "
			+ "Idempotency-Key header makes a retry answer the original result (header Idempotent-Replayed)")
	@ApiResponse(responseCode = "201", description = "Stored; the rules' verdict",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionOutcome.class)))
	@ApiResponse(responseCode = "400", description = "Every invalid field named (nothing stored)")
	@ApiResponse(responseCode = "404", description = "Not the caller's own record")
	@ApiResponse(responseCode = "409",
			description = "No menu has been published yet (code no-menu), or a request with the same Idempotency-Key is being stored (code conflict)")
	ResponseEntity<?> log(@PathVariable long clientId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = SessionDraft.class))) @RequestBody String body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Principal principal) {
		Clients.ClientRecord client = this.access.self(principal, clientId);
		if (idempotencyKey != null) {
			if (!SessionReplays.isWellFormed(idempotencyKey)) {
				throw InvalidRequest.of("Idempotency-Key", "invalid",
						"the Idempotency-Key header must be 8 to 100 letters, digits, '.', '_', ':' or '-'");
			}
			// A phone retrying a session it queued offline: the original answer, stored
			// once.
			Optional<SessionReplays.Replay> replay = this.replays.find(clientId, idempotencyKey);
			if (replay.isPresent()) {
				return replayed(replay.get());
			}
		}
		try {
			return this.transaction.execute((status) -> store(client, body, idempotencyKey, principal));
		}
		catch (DuplicateKeyException ex) {
			if (idempotencyKey == null) {
				throw ex;
			}
			// Two sends of one session at the same instant: both missed the other's
			// answer, the unique key let one commit and rolled this one back. Its
			// stored answer is this one's answer too.
			return this.replays.find(clientId, idempotencyKey)
				.<ResponseEntity<?>>map(SessionApi::replayed)
				.orElseThrow(() -> Conflict.of("Idempotency-Key", "conflict",
						"another request with this Idempotency-Key is being stored; send it again"));
		}
	}

	private ResponseEntity<?> store(Clients.ClientRecord client, String body, String idempotencyKey,
			Principal principal) {
		long clientId = client.id();
		PrescribedMenu menu = currentMenu(clientId);
		SessionDraft draft = this.requests.request(body, SessionDraft.class);
		FeedbackJson.limitFreeText("notes", draft.notes());
		SessionLogging.Result result = this.logging.log(clientId, client.practiceId(), menu, draft,
				principal.getName());
		ResponseEntity<?> answer = answer(result, HttpStatus.CREATED);
		if (idempotencyKey != null && result instanceof SessionLogging.Logged logged) {
			this.replays.remember(clientId, idempotencyKey, logged.log().logId(), answer.getStatusCode().value(),
					String.valueOf(answer.getBody()), this.clock.instant());
		}
		return answer;
	}

	private static ResponseEntity<?> replayed(SessionReplays.Replay replay) {
		return ResponseEntity.status(replay.httpStatus())
			.header("Content-Type", "application/json")
			.header("Idempotent-Replayed", "true")
			.body(replay.body());
	}

	/**
	 * A correction: a new version of the log; the old one is kept.
	 *
	 * @param reason why it is corrected
	 * @param session the session as it should have been
	 */
	record Correction(String reason, @Schema(implementation = SessionDraft.class) Map<String, Object> session) {
	}

	/**
	 * The client's safety as the log was evaluated with it.
	 *
	 * @param status the red-flag status
	 * @param rescreenDue why a red-flag re-screen is due, empty when none is
	 */
	record SafetyAnswer(SafetyStatus status, List<String> rescreenDue) {
	}

	/**
	 * A stored log and the progression rules' verdict on it.
	 *
	 * @param log the version stored
	 * @param cramps each cramp as the classifier read it, with its reasons and sources
	 * @param proposals changes proposed to the practitioner (none while a spasm episode
	 * or red flag is open)
	 * @param alerts alerts for the practitioner
	 * @param milestones e.g. a muscle that woke up
	 * @param blocked why a cramp was not chased
	 * @param safety the client's safety status and re-screen
	 * @param spasmEpisodes the spasm episodes this log opened
	 */
	record SessionOutcome(SessionLog log, List<CrampClassification> cramps, List<Proposal> proposals,
			List<Alert> alerts, List<Milestone> milestones, List<ChaseBlocked> blocked, SafetyAnswer safety,
			List<OpenedEpisode> spasmEpisodes) {
	}

	@PutMapping("/sessions/{logId}")
	@Operation(summary = "Correct a logged session (the client): stored as a new version, the old one kept. A "
			+ "spasm the correction adds opens its episode; one it changes opens none; one it takes away keeps its "
			+ "episode open and the practitioner is told")
	@ApiResponse(responseCode = "200", description = "The corrected version; the rules' verdict on it",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionOutcome.class)))
	@ApiResponse(responseCode = "400",
			description = "Every invalid field named, or the reason or session missing (nothing stored)")
	@ApiResponse(responseCode = "404", description = "No such log of the caller's")
	@ApiResponse(responseCode = "409", description = "No menu has been published yet (code no-menu)")
	@Transactional
	ResponseEntity<?> correct(@PathVariable long clientId, @PathVariable String logId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = Correction.class))) @RequestBody String body,
			Principal principal) {
		Clients.ClientRecord client = this.access.self(principal, clientId);
		SessionLogHistory history = this.logs.history(logId)
			.filter((h) -> h.current().clientId().equals(String.valueOf(clientId)))
			.orElseThrow(PracticeAccess::notFound);
		PrescribedMenu menu = currentMenu(clientId);
		Correction correction = this.requests.request(body, Correction.class);
		FeedbackJson.limitFreeText("reason", correction.reason());
		if (correction.session() == null) {
			throw InvalidRequest.of("session", "required", "the corrected session is required");
		}
		SessionDraft draft;
		try {
			draft = this.requests.request(this.json.writeTree(correction.session()), SessionDraft.class);
		}
		catch (InvalidRequest ex) {
			throw ex.within("session");
		}
		FeedbackJson.limitFreeText("session.notes", draft.notes());
		return answer(this.logging.correct(clientId, client.practiceId(), menu, history, draft, principal.getName(),
				correction.reason()), HttpStatus.OK);
	}

	@GetMapping("/sessions")
	@Operation(summary = "The client's logs, the version in force of each (the client or their practitioners)")
	@ApiResponse(responseCode = "200", description = "The logs, oldest first",
			content = @Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = SessionLog.class))))
	@ApiResponse(responseCode = "404", description = "No such client within the caller's reach")
	ResponseEntity<String> sessions(@PathVariable long clientId, Principal principal) {
		this.access.readable(principal, clientId);
		return ResponseEntity.ok()
			.header("Content-Type", "application/json")
			.body(this.json.writeLogs(this.logs.currentVersions(String.valueOf(clientId))));
	}

	/**
	 * The verdict of {@link SessionLogging}: the rules' evaluation with the client's
	 * safety status and whether a red-flag re-screen is due, or the invalid fields.
	 */
	private ResponseEntity<?> answer(SessionLogging.Result result, HttpStatus status) {
		if (result instanceof SessionLogging.Rejected rejected) {
			return ApiErrors.badRequest(rejected.errors());
		}
		SessionLogging.Logged logged = (SessionLogging.Logged) result;
		Evaluation evaluation = logged.evaluation();
		SessionOutcome outcome = new SessionOutcome(logged.log(), evaluation.cramps(), evaluation.proposals(),
				evaluation.alerts(), evaluation.milestones(), evaluation.blocked(),
				new SafetyAnswer(logged.safety(), logged.rescreenDue()), logged.episodes());
		// Written with the feedback mapper, which names each feedback's type.
		return ResponseEntity.status(status)
			.header("Content-Type", "application/json")
			.body(this.json.writeTree(outcome));
	}

	private PrescribedMenu currentMenu(long clientId) {
		return this.menus.current(clientId)
			.orElseThrow(() -> Conflict.of("menu", "no-menu",
					"no menu has been published yet: the practitioner publishes one first"));
	}

}
