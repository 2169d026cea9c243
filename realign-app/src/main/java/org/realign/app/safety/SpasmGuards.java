package org.realign.app.safety;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.realign.app.client.Clients;
import org.realign.app.menu.Prescriptions;
import org.realign.app.progression.JdbcRuleOutcomes;
import org.realign.core.feedback.OpenSpasm;
import org.realign.core.feedback.ProposalDecision;
import org.realign.core.feedback.Regression;
import org.realign.core.feedback.SessionLog;
import org.realign.core.feedback.spasm.SessionSpasms;
import org.realign.core.feedback.spasm.SpasmAssessment;
import org.realign.core.feedback.spasm.SpasmEpisode;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.RuleOutcome.Alert;
import org.realign.core.feedback.RuleOutcome.AlertLevel;
import org.realign.core.feedback.SessionLogs;
import org.realign.core.feedback.spasm.OpenedEpisode;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.stereotype.Component;

/**
 * What the progression rules read besides the logs: the client's spasm episodes the
 * practitioner has not cleared (each holds every dose raise), and the steps back the menu
 * took (accepted or auto-applied regressions), so that a cramp that stopped because the
 * exercise became easier is not read as a muscle that woke up.
 */
@Component
public class SpasmGuards {

	/** The rule id of the alert for a spasm a correction took away. */
	static final String WITHDRAWN_RULE_ID = "spasm-withdrawn-by-correction";

	private final SpasmRecords outOfSession;

	private final JdbcSpasmClearances clearances;

	private final JdbcRuleOutcomes outcomes;

	private final ReExposureTracking reExposure;

	private final Prescriptions prescriptions;

	private final Clients clients;

	private final JdbcSpasmEpisodes episodes;

	private final SessionLogs logs;

	private final Clock clock;

	SpasmGuards(SpasmRecords outOfSession, JdbcSpasmClearances clearances, JdbcRuleOutcomes outcomes,
			ReExposureTracking reExposure, Prescriptions prescriptions, Clients clients, JdbcSpasmEpisodes episodes,
			SessionLogs logs, Clock clock) {
		this.episodes = episodes;
		this.logs = logs;
		this.clock = clock;
		this.outOfSession = outOfSession;
		this.clearances = clearances;
		this.outcomes = outcomes;
		this.reExposure = reExposure;
		this.prescriptions = prescriptions;
		this.clients = clients;
	}

	/** What reporting a spasm came to. */
	public sealed interface Reported {

	}

	/** The episode was invalid; nothing was stored. */
	public record Refused(List<FieldError> errors) implements Reported {
	}

	/**
	 * The episode was stored, alerted and answered; its plan started if it brought one.
	 */
	public record Opened(OpenedEpisode answer, SpasmAssessment.Assessed assessment) implements Reported {
	}

	/**
	 * One spasm, one episode: stores the episode with the advisor's reading, alerts the
	 * practitioner and starts the re-exposure plan of its trigger (unless the client
	 * already follows it). The spasm form, the journal and a session all come here.
	 */
	@Transactional
	public Reported report(long clientId, SpasmEpisode episode, String by) {
		return report(clientId, episode, by, Optional.empty());
	}

	private Reported report(long clientId, SpasmEpisode episode, String by,
			Optional<JdbcSpasmEpisodes.SessionSpasmLink> session) {
		SpasmAssessment assessment = this.outOfSession.reportSpasm(clientId, episode, by, session);
		if (assessment instanceof SpasmAssessment.Rejected rejected) {
			return new Refused(rejected.errors());
		}
		SpasmAssessment.Assessed assessed = (SpasmAssessment.Assessed) assessment;
		Optional<ReExposureTracking.TrackedPlan> started = assessed.plan()
			.flatMap((plan) -> this.clients.findAny(clientId)
				.flatMap((client) -> this.reExposure.startFor(clientId, client.practiceId(), episode, plan, by)));
		OpenedEpisode answer = new OpenedEpisode(episode, assessed.links(), assessed.forClient(),
				assessed.avoidanceNoticed(), assessed.plan(),
				assessed.starterMenuId().map((id) -> new OpenedEpisode.StarterMenu(id, this.prescriptions.starter(id))),
				assessed.rescreenReasons(), started.map((tracked) -> tracked.stored().planKey()));
		return new Opened(answer, assessed);
	}

	/**
	 * Opens one episode per spasm of this version of a session that has none yet, through
	 * the same advisor, table, alerts and plans as the spasm form and the journal: a new
	 * session opens one per spasm, a correction only for the spasms it adds. A spasm a
	 * correction takes away keeps its episode open (only the practitioner clears a safety
	 * record) and the practitioner is told, with the client's reason.
	 * @return per episode opened, what the client is told
	 */
	@Transactional
	public List<OpenedEpisode> openFrom(long clientId, SessionLog log) {
		List<OpenedEpisode> answers = new ArrayList<>();
		List<String> opened = this.episodes.openedBy(clientId, log.logId());
		SessionSpasms.unopened(log, opened, () -> "spasm-" + UUID.randomUUID()).forEach((spasm, episode) -> {
			Reported reported = report(clientId, episode, log.recordedBy(),
					Optional.of(new JdbcSpasmEpisodes.SessionSpasmLink(log.logId(), spasm.key())));
			if (reported instanceof Opened done) {
				answers.add(done.answer());
			}
		});
		if (log.version() > 1) {
			this.logs.history(log.logId())
				.flatMap((history) -> history.versions()
					.stream()
					.filter((version) -> version.version() == log.replacesVersion().orElse(0))
					.findFirst())
				.ifPresent((previous) -> alertWithdrawn(clientId, previous, log));
		}
		return answers;
	}

	/**
	 * Whether the spasm of an episode from a session is no longer in the session's
	 * version in force: a correction took it away. The episode stays open until cleared.
	 */
	boolean withdrawn(long clientId, JdbcSpasmEpisodes.Stored stored) {
		return stored.session()
			.flatMap((link) -> this.logs.history(link.logId())
				.filter((history) -> history.current().clientId().equals(String.valueOf(clientId)))
				.map((history) -> SessionSpasms.spasms(history.current())
					.stream()
					.noneMatch((spasm) -> spasm.key().equals(link.spasmKey()))))
			.orElse(false);
	}

	private void alertWithdrawn(long clientId, SessionLog previous, SessionLog corrected) {
		List<Alert> alerts = new ArrayList<>();
		for (SessionSpasms.SessionSpasm spasm : SessionSpasms.withdrawn(previous, corrected)) {
			List<String> ids = this.episodes.episodeIds(clientId, corrected.logId(), spasm.key());
			String episode = ids.isEmpty() ? "" : " (episode " + ids.get(0) + ")";
			alerts.add(new Alert(WITHDRAWN_RULE_ID, String.valueOf(clientId), Optional.of(spasm.exerciseId()),
					AlertLevel.PRACTITIONER, corrected.date(),
					"The client's correction of the session of " + corrected.date() + " took away the spasm ("
							+ spasm.where() + ") reported with " + spasm.exerciseId() + episode + ": \""
							+ corrected.correctionReason().orElse("") + "\". The episode stays open and holds "
							+ "every raise until you clear it.",
					Optional.empty()));
		}
		if (!alerts.isEmpty()) {
			this.outcomes.alerts(clientId, alerts, this.clock.instant());
		}
	}

	/** The latest version of each episode not cleared, oldest first. */
	public List<OpenSpasm> open(long clientId) {
		Set<String> cleared = this.clearances.cleared(clientId);
		Map<String, SpasmEpisode> latest = new LinkedHashMap<>();
		for (SpasmRecords.StoredSpasm stored : this.outOfSession.spasms(clientId)) {
			latest.merge(stored.episode().id(), stored.episode(), (a, b) -> (a.version() >= b.version()) ? a : b);
		}
		return latest.values()
			.stream()
			.filter((episode) -> !cleared.contains(episode.id()))
			.map(SpasmEpisode::asOpen)
			.toList();
	}

	/** Accepted or auto-applied regressions, oldest first, dated the day decided. */
	public List<Regression> regressions(long clientId) {
		List<Regression> steps = new ArrayList<>();
		for (JdbcRuleOutcomes.StoredProposal stored : this.outcomes.proposals(clientId)) {
			Optional<ProposalDecision> decision = stored.decision();
			boolean applied = decision.map((d) -> d.verdict() != ProposalDecision.Verdict.REJECTED).orElse(false);
			if (!applied || !"regress".equals(kind(stored))) {
				continue;
			}
			String from = stored.proposal().path("exerciseId").asString("");
			String to = stored.proposal().path("newExerciseId").asString(from);
			steps.add(new Regression(decision.get().decidedAt().atOffset(ZoneOffset.UTC).toLocalDate(), from,
					to.isEmpty() ? from : to));
		}
		return steps;
	}

	private static String kind(JdbcRuleOutcomes.StoredProposal stored) {
		return stored.proposal().path("kind").asString("").toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
