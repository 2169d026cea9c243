package org.realign.app.progression;

import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.realign.app.api.FeedbackJson;
import org.realign.app.api.InvalidRequest;
import org.realign.app.client.ClientAccess;
import org.realign.app.identity.PracticeAccess;
import org.realign.core.feedback.ProposalDecision;
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
import org.springframework.web.server.ResponseStatusException;

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

	@GetMapping("/proposals")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", description = "Practitioners only")
	@Operation(summary = "The rules' proposals for the client, open ones only unless all=true (decided ones, and "
			+ "those superseded by a correction of their log) (practitioners)")
	List<Map<String, Object>> proposals(@PathVariable long clientId,
			@RequestParam(name = "all", defaultValue = "false") boolean all, Principal principal) {
		this.access.practitionerOf(principal, clientId);
		return this.outcomes.proposals(clientId)
			.stream()
			.filter((stored) -> all || stored.open())
			.map(ProposalApi::row)
			.toList();
	}

	@GetMapping("/alerts")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", description = "Practitioners only")
	@Operation(summary = "Alerts for the practitioner from logs, screenings and spasm episodes, newest first "
			+ "(practitioners)")
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
			+ "dose raise, regression or progression publishes the changed menu; 409 when it was already decided")
	@Transactional
	ResponseEntity<Map<String, Object>> decide(@PathVariable long clientId, @PathVariable String proposalId,
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
			throw new ResponseStatusException(HttpStatus.CONFLICT, "the session log was corrected since");
		}
		if (!stored.open() || !this.outcomes.decide(decision)) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "the proposal was already decided");
		}
		Optional<PrescribedMenu> menu = Optional.empty();
		if (verdict == ProposalDecision.Verdict.ACCEPTED) {
			Proposal proposal = new FeedbackJson().read(stored.proposal().toString(), Proposal.class);
			menu = this.changes.apply(clientId, proposal, principal.getName());
		}
		Map<String, Object> answer = row(this.outcomes.find(clientId, proposalId).orElseThrow());
		answer.put("menu", menu.orElse(null));
		return ResponseEntity.status(HttpStatus.CREATED).body(answer);
	}

	private static Map<String, Object> row(JdbcRuleOutcomes.StoredProposal stored) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("proposal", stored.proposal());
		row.put("decision", stored.decision().orElse(null));
		row.put("superseded", stored.superseded());
		return row;
	}

}
