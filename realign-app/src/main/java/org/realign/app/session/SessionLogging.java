package org.realign.app.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.realign.core.feedback.ClientFeedback;
import org.realign.core.feedback.Evaluation;
import org.realign.core.feedback.OpenSpasm;
import org.realign.core.feedback.Regression;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.LogOutcome;
import org.realign.core.feedback.PracticeSettings;
import org.realign.core.feedback.ProgressionEngine;
import org.realign.core.feedback.ProposalDecision;
import org.realign.core.feedback.RuleOutcome.Proposal;
import org.realign.core.feedback.SafetyStatus;
import org.realign.core.feedback.SessionDraft;
import org.realign.core.feedback.SessionLog;
import org.realign.core.feedback.SessionLogHistory;
import org.realign.core.feedback.SessionLogger;
import org.realign.core.feedback.SessionLogs;
import org.realign.core.feedback.safety.RescreenPolicy;
import org.realign.core.feedback.spasm.OpenedEpisode;
import org.realign.core.prescription.PrescribedMenu;

/**
 * Logging a session, the daily loop's one use case: check and store the log, read the
 * client's safety status and the practice's settings, let the progression rules evaluate
 * it, keep what they produced for the practitioner, apply the proposals the practice lets
 * apply themselves, and say whether a red-flag re-screen is due. A correction goes the
 * same way as a new version of its log.
 * <p>
 * What it needs from other features it asks through the ports below, named for what they
 * hold; the web wiring ({@code web.FeedbackWiring}) plugs the stores in, a test plugs in
 * maps.
 */
public class SessionLogging {

	/** The client's red-flag status and the practitioner's medical-review clearance. */
	public interface SafetyRecords {

		SafetyStatus status(long clientId);

		Optional<LocalDate> medicalReviewClearedOn(long clientId);

	}

	/** The thresholds a practice set for the rules. */
	public interface FeedbackSettings {

		PracticeSettings forPractice(long practiceId);

	}

	/** The proposals, alerts and milestones the rules produced, and decisions on them. */
	public interface RuleOutcomeRecords {

		/**
		 * @return the proposals that were new
		 */
		List<Proposal> record(long clientId, SessionLog log, Evaluation evaluation, Instant at);

		/**
		 * @return false when the proposal was already decided
		 */
		boolean decide(ProposalDecision decision);

	}

	/**
	 * Spasm episodes: the open ones and the regressions made, which hold every raise, and
	 * an episode for each spasm of a session (alert, re-screen, the after-back-spasm
	 * menu, the re-exposure plan), as from the journal or the spasm API.
	 */
	public interface SpasmEpisodes {

		List<OpenSpasm> open(long clientId);

		List<Regression> regressions(long clientId);

		/**
		 * Opens an episode for each spasm of this version of the log that has none yet:
		 * every spasm of a new log, and only those a correction adds (a correction that
		 * changes a spasm's severity opens no second episode for it).
		 * @return the episodes opened, as the answer shows them
		 */
		List<OpenedEpisode> openFrom(long clientId, SessionLog log);

	}

	/** Publishes the menu an accepted proposal leads to. */
	public interface MenuUpdates {

		void apply(long clientId, Proposal proposal, String by);

	}

	/** What logging came to. */
	public sealed interface Result {

	}

	/** Nothing was stored; every problem names its field. */
	public record Rejected(List<FieldError> errors) implements Result {
	}

	/**
	 * The log was stored and evaluated.
	 *
	 * @param log the version stored
	 * @param evaluation the rules' verdict
	 * @param safety the client's safety status it was evaluated with
	 * @param rescreenDue why a red-flag re-screen is due, empty when none is
	 * @param episodes the spasm episodes this log opened
	 */
	public record Logged(SessionLog log, Evaluation evaluation, SafetyStatus safety, List<String> rescreenDue,
			List<OpenedEpisode> episodes) implements Result {
	}

	private final SessionLogs logs;

	private final SafetyRecords safety;

	private final FeedbackSettings settings;

	private final RuleOutcomeRecords outcomes;

	private final MenuUpdates menuUpdates;

	private final SpasmEpisodes spasms;

	private final Clock clock;

	private final SessionLogger logger;

	private final ProgressionEngine engine = new ProgressionEngine();

	public SessionLogging(SessionLogs logs, SafetyRecords safety, FeedbackSettings settings,
			RuleOutcomeRecords outcomes, MenuUpdates menuUpdates, SpasmEpisodes spasms, Clock clock) {
		this.spasms = spasms;
		this.logs = logs;
		this.safety = safety;
		this.settings = settings;
		this.outcomes = outcomes;
		this.menuUpdates = menuUpdates;
		this.clock = clock;
		this.logger = new SessionLogger(clock);
	}

	/** A new session log of the client, against the menu in force. */
	public Result log(long clientId, long practiceId, PrescribedMenu menu, SessionDraft draft, String by) {
		return evaluate(clientId, practiceId, menu,
				this.logger.record("log-" + UUID.randomUUID(), forClient(draft, clientId, menu), menu, by));
	}

	/** A correction: the next version of the log; the old one is kept. */
	public Result correct(long clientId, long practiceId, PrescribedMenu menu, SessionLogHistory history,
			SessionDraft draft, String by, String reason) {
		return evaluate(clientId, practiceId, menu,
				this.logger.correct(history, forClient(draft, clientId, menu), menu, by, reason));
	}

	/**
	 * A new log and a correction alike open an episode for each spasm that has none yet.
	 */
	private Result evaluate(long clientId, long practiceId, PrescribedMenu menu, LogOutcome outcome) {
		if (outcome instanceof LogOutcome.Rejected rejected) {
			return new Rejected(rejected.errors());
		}
		SessionLog log = ((LogOutcome.Recorded) outcome).log();
		this.logs.append(log);
		SafetyStatus status = this.safety.status(clientId);
		PracticeSettings practice = this.settings.forPractice(practiceId);
		List<SessionLog> current = this.logs.currentVersions(String.valueOf(clientId));
		ClientFeedback feedback = new ClientFeedback(String.valueOf(clientId), menu, current, status,
				this.safety.medicalReviewClearedOn(clientId), practice, this.spasms.open(clientId),
				this.spasms.regressions(clientId));
		Evaluation evaluation = this.engine.evaluate(feedback, log.logId());
		List<OpenedEpisode> episodes = this.spasms.openFrom(clientId, log);
		List<Proposal> added = this.outcomes.record(clientId, log, evaluation, this.clock.instant());
		for (ProposalDecision decision : ProposalDecision.autoApplied(added, practice, this.clock)) {
			this.outcomes.decide(decision);
			added.stream()
				.filter((proposal) -> proposal.id().equals(decision.proposalId()))
				.forEach((proposal) -> this.menuUpdates.apply(clientId, proposal, ProposalDecision.AUTO_APPLY));
		}
		List<SessionLog> earlier = current.stream()
			.filter((other) -> !other.logId().equals(log.logId()) && !other.date().isAfter(log.date()))
			.toList();
		return new Logged(log, evaluation, status, RescreenPolicy.reasons(log, earlier), episodes);
	}

	/**
	 * The client and menu come from the URL and the record, never from the request body.
	 */
	private static SessionDraft forClient(SessionDraft draft, long clientId, PrescribedMenu menu) {
		return new SessionDraft(String.valueOf(clientId), menu.menuId(), draft.date(), draft.entries(),
				draft.standaloneCramps(), draft.newOrWorseSymptoms(), draft.notes());
	}

}
