package org.realign.app.progression;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.realign.app.api.ApiProblem;
import org.realign.app.api.Conflict;
import org.realign.app.api.FeedbackJson;
import org.realign.app.api.InvalidRequest;
import org.realign.app.client.ClientAccess;
import org.realign.app.identity.PracticeAccess;
import org.realign.core.feedback.ProposalDecision;
import org.realign.core.feedback.RuleOutcome.Alert;
import org.realign.core.feedback.RuleOutcome.Proposal;
import org.realign.core.prescription.PrescribedMenu;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The practitioner's side of the rules: the changes they proposed, to accept or reject,
 * and the alerts raised by session logs, screenings and spasm episodes. A decision is a
 * record of who decided what and when; the proposal itself never changes.
 */
@RestController
@RequestMapping("/api/clients/{clientId}")
@Tag(name = "proposals")
class ProposalApi {

	private final ClientAccess access;

	private final JdbcRuleOutcomes outcomes;

	private final MenuChanges changes;

	private final Clock clock;

	ProposalApi(ClientAccess access, JdbcRuleOutcomes outcomes, MenuChanges changes, Clock clock) {
		this.access = access;
		this.outcomes = outcomes;
		this.changes = changes;
		this.clock = clock;
	}

	/**
	 * A proposal with its decision.
	 *
	 * @param proposal the rules' proposal as stored
	 * @param decision who decided what and when, absent while open
	 * @param superseded whether a correction of its log replaced it
	 * @param menu the menu an acceptance published; null when none was (and in lists)
	 */
	record ProposalRow(@Schema(implementation = Proposal.class) JsonNode proposal, ProposalDecision decision,
			boolean superseded, PrescribedMenu menu) {
	}

	@GetMapping("/proposals")
	@ApiResponse(responseCode = "403", description = "Practitioners only")
	@Operation(summary = "The rules' proposals for the client, open ones only unless all=true (decided ones, and "
			+ "those superseded by a correction of their log) (practitioners)")
	@ApiResponse(responseCode = "200", description = "The proposals, oldest first")
	@ApiResponse(responseCode = "404", description = "No such client of the caller's practice")
	List<ProposalRow> proposals(@PathVariable long clientId,
			@RequestParam(name = "all", defaultValue = "false") boolean all, Principal principal) {
		this.access.practitionerOf(principal, clientId);
		return this.outcomes.proposals(clientId)
			.stream()
			.filter((stored) -> all || stored.open())
			.map((stored) -> row(stored, null))
			.toList();
	}

	// The refusals name their content here, although ApiDescription gives every 4xx the
	// problem content anyway: a response without content would make springdoc describe
	// the raw List<JsonNode> return type and publish an empty JsonNode schema.
	@GetMapping("/alerts")
	@ApiResponse(responseCode = "403", description = "Practitioners only",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ApiProblem.class)))
	@Operation(summary = "Alerts for the practitioner from logs, screenings and spasm episodes, newest first "
			+ "(practitioners)")
	@ApiResponse(responseCode = "200", description = "The alerts, newest first",
			content = @Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = Alert.class))))
	@ApiResponse(responseCode = "404", description = "No such client of the caller's practice",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ApiProblem.class)))
	List<JsonNode> alerts(@PathVariable long clientId, Principal principal) {
		this.access.practitionerOf(principal, clientId);
		return this.outcomes.alerts(clientId);
	}

	/**
	 * A practitioner's decision on a proposal.
	 *
	 * @param verdict {@code accept} or {@code reject}
	 * @param note optional free text
	 */
	record DecisionRequest(String verdict, String note) {
	}

	@PostMapping("/proposals/{proposalId}/decision")
	@Operation(summary = "Accept or reject a proposal (practitioners); recorded with who and when; an accepted "
			+ "dose raise, regression or progression publishes the changed menu")
	@ApiResponse(responseCode = "201", description = "Decided; with the menu published by an acceptance")
	@ApiResponse(responseCode = "400", description = "The verdict missing or not accept or reject")
	@ApiResponse(responseCode = "404", description = "No such proposal of a client of the caller's practice")
	@ApiResponse(responseCode = "409",
			description = "Already decided (code already-decided), or its session log was corrected since (code superseded); nothing changed")
	@Transactional
	ResponseEntity<ProposalRow> decide(@PathVariable long clientId, @PathVariable String proposalId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = DecisionRequest.class))) @RequestBody String body,
			Principal principal) {
		this.access.practitionerOf(principal, clientId);
		DecisionRequest request = new FeedbackJson().request(body, DecisionRequest.class);
		JdbcRuleOutcomes.StoredProposal stored = this.outcomes.find(clientId, proposalId)
			.orElseThrow(PracticeAccess::notFound);
		ProposalDecision.Verdict verdict;
		if ("accept".equals(request.verdict())) {
			verdict = ProposalDecision.Verdict.ACCEPTED;
		}
		else if ("reject".equals(request.verdict())) {
			verdict = ProposalDecision.Verdict.REJECTED;
		}
		else {
			throw InvalidRequest.of("verdict", request.verdict() == null ? "required" : "unknown",
					"verdict must be accept or reject");
		}
		ProposalDecision decision = new ProposalDecision(stored.proposalId(), verdict, principal.getName(),
				this.clock.instant(), request.note());
		if (stored.superseded()) {
			throw Conflict.of("proposalId", "superseded",
					"the session log this proposal came from was corrected since; decide on the proposal of the "
							+ "corrected log instead");
		}
		if (!stored.open() || !this.outcomes.decide(decision)) {
			throw Conflict.of("proposalId", "already-decided", "this proposal was already decided; nothing changed");
		}
		Optional<PrescribedMenu> menu = Optional.empty();
		if (verdict == ProposalDecision.Verdict.ACCEPTED) {
			Proposal proposal = new FeedbackJson().read(stored.proposal().toString(), Proposal.class);
			menu = this.changes.apply(clientId, proposal, principal.getName());
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(row(this.outcomes.find(clientId, proposalId).orElseThrow(), menu.orElse(null)));
	}

	private static ProposalRow row(JdbcRuleOutcomes.StoredProposal stored, PrescribedMenu menu) {
		return new ProposalRow(stored.proposal(), stored.decision().orElse(null), stored.superseded(), menu);
	}

}
