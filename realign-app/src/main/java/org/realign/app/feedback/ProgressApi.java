package org.realign.app.feedback;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.realign.app.client.ClientAccess;
import org.realign.core.feedback.PrescribedMenu;
import org.realign.core.feedback.SessionLogs;
import org.realign.core.feedback.outcome.OutcomeRecord;
import org.realign.app.assessment.PostureFindings;
import org.realign.core.feedback.progress.ProgressSummaries;
import org.realign.core.feedback.progress.ProgressSummary;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A client's progress: cramps per muscle per week, pain, adherence against the prescribed
 * sessions, milestones, outcome measures against intake and when the next re-assessment
 * is due.
 */
@RestController
@RequestMapping("/api/clients/{clientId}/progress")
@Tag(name = "progress")
public class ProgressApi {

	private final ClientAccess access;

	private final PublishedMenus menus;

	private final SessionLogs logs;

	private final JdbcRuleOutcomes outcomes;

	private final JdbcOutcomeRecords records;

	private final ProgressSummaries summaries;

	private final Clock clock;

	private final PostureFindings posture;

	ProgressApi(ClientAccess access, PublishedMenus menus, SessionLogs logs, JdbcRuleOutcomes outcomes,
			JdbcOutcomeRecords records, PostureFindings posture, Clock clock) {
		this.posture = posture;
		this.access = access;
		this.menus = menus;
		this.logs = logs;
		this.outcomes = outcomes;
		this.records = records;
		this.clock = clock;
		this.summaries = new ProgressSummaries(clock);
	}

	@GetMapping
	@Operation(summary = "The client's progress summary (the client or their practitioners); 409 before a menu "
			+ "is published")
	public ProgressSummary progress(@PathVariable long clientId, Principal principal) {
		this.access.readable(principal, clientId);
		PrescribedMenu menu = this.menus.current(clientId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "no menu has been published yet"));
		List<OutcomeRecord> outcomes = this.records.records(clientId)
			.stream()
			.map(JdbcOutcomeRecords.Stored::record)
			.toList();
		// The last posture assessment; before the first one, the last outcome measure
		// taken,
		// else the day the first menu was published, starts the 10-14 day clock.
		LocalDate lastAssessment = this.posture.lastAssessedOn(clientId)
			.or(() -> outcomes.stream().map(OutcomeRecord::date).max(Comparator.naturalOrder()))
			.or(() -> this.menus.firstPublishedOn(clientId))
			.orElseGet(() -> LocalDate.now(this.clock));
		return this.summaries.build(String.valueOf(clientId), menu, this.logs.currentVersions(String.valueOf(clientId)),
				this.posture.measurements(clientId), this.posture.findings(clientId),
				this.outcomes.milestones(clientId), outcomes, lastAssessment);
	}

}
