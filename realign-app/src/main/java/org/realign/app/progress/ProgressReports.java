package org.realign.app.progress;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.realign.app.assessment.PostureFindings;
import org.realign.app.client.ClientAccess;
import org.realign.app.menu.PublishedMenus;
import org.realign.app.outcome.JdbcOutcomeRecords;
import org.realign.app.progression.JdbcRuleOutcomes;
import org.realign.core.feedback.SessionLogs;
import org.realign.core.feedback.outcome.OutcomeRecord;
import org.realign.core.feedback.progress.ProgressSummaries;
import org.realign.core.feedback.progress.ProgressSummary;
import org.realign.core.prescription.PrescribedMenu;

import org.springframework.stereotype.Service;

/**
 * A client's progress summary, built once for the progress API and the progress dashboard
 * so that the JSON and the page never disagree.
 */
@Service
public class ProgressReports {

	private final ClientAccess access;

	private final PublishedMenus menus;

	private final SessionLogs logs;

	private final JdbcRuleOutcomes outcomes;

	private final JdbcOutcomeRecords records;

	private final PostureFindings posture;

	private final ProgressSummaries summaries;

	private final Clock clock;

	ProgressReports(ClientAccess access, PublishedMenus menus, SessionLogs logs, JdbcRuleOutcomes outcomes,
			JdbcOutcomeRecords records, PostureFindings posture, Clock clock) {
		this.access = access;
		this.menus = menus;
		this.logs = logs;
		this.outcomes = outcomes;
		this.records = records;
		this.posture = posture;
		this.clock = clock;
		this.summaries = new ProgressSummaries(clock);
	}

	/**
	 * The summary of a client the principal may read (the client or their practice's
	 * practitioners; anyone else gets the access helpers' 404/403); empty before a menu
	 * is published, since adherence is measured against the menu in force.
	 */
	public Optional<ProgressSummary> summary(long clientId, Principal principal) {
		this.access.readable(principal, clientId);
		Optional<PrescribedMenu> menu = this.menus.current(clientId);
		if (menu.isEmpty()) {
			return Optional.empty();
		}
		List<OutcomeRecord> outcomes = this.records.records(clientId)
			.stream()
			.map(JdbcOutcomeRecords.Stored::record)
			.toList();
		// The last posture assessment; before the first one, the last outcome measure
		// taken, else the day the first menu was published, starts the 10-14 day clock.
		LocalDate lastAssessment = this.posture.lastAssessedOn(clientId)
			.or(() -> outcomes.stream().map(OutcomeRecord::date).max(Comparator.naturalOrder()))
			.or(() -> this.menus.firstPublishedOn(clientId))
			.orElseGet(() -> LocalDate.now(this.clock));
		return Optional.of(this.summaries.build(String.valueOf(clientId), menu.get(),
				this.logs.currentVersions(String.valueOf(clientId)), this.posture.measurements(clientId),
				this.posture.findings(clientId), this.outcomes.milestones(clientId), outcomes, lastAssessment));
	}

}
