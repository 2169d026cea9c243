package org.realign.app.safety;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.realign.app.menu.Prescriptions;
import org.realign.app.progression.JdbcRuleOutcomes;
import org.realign.core.feedback.OpenSpasm;
import org.realign.core.feedback.ProposalDecision;
import org.realign.core.feedback.Regression;
import org.realign.core.feedback.SessionLog;
import org.realign.core.feedback.spasm.SessionSpasms;
import org.realign.core.feedback.spasm.SpasmAssessment;
import org.realign.core.feedback.spasm.SpasmEpisode;

import org.springframework.stereotype.Component;

/**
 * What the progression rules read besides the logs: the client's spasm episodes the
 * practitioner has not cleared (each holds every dose raise), and the steps back the menu
 * took (accepted or auto-applied regressions), so that a cramp that stopped because the
 * exercise became easier is not read as a muscle that woke up.
 */
@Component
public class SpasmGuards {

	private final SpasmRecords outOfSession;

	private final JdbcSpasmClearances clearances;

	private final JdbcRuleOutcomes outcomes;

	private final ReExposureTracking reExposure;

	private final Prescriptions prescriptions;

	private final org.realign.app.client.Clients clients;

	SpasmGuards(SpasmRecords outOfSession, JdbcSpasmClearances clearances, JdbcRuleOutcomes outcomes,
			ReExposureTracking reExposure, Prescriptions prescriptions, org.realign.app.client.Clients clients) {
		this.outOfSession = outOfSession;
		this.clearances = clearances;
		this.outcomes = outcomes;
		this.reExposure = reExposure;
		this.prescriptions = prescriptions;
		this.clients = clients;
	}

	/**
	 * Opens one episode per spasm of the session, through the same advisor, table and
	 * alerts as the spasm API and the journal.
	 * @return per episode, what the client is told
	 */
	public List<Map<String, Object>> openFrom(long clientId, SessionLog log) {
		List<Map<String, Object>> answers = new ArrayList<>();
		for (SpasmEpisode episode : SessionSpasms.episodes(log, () -> "spasm-" + UUID.randomUUID())) {
			SpasmAssessment assessment = this.outOfSession.reportSpasm(clientId, episode, log.recordedBy());
			if (assessment instanceof SpasmAssessment.Assessed assessed) {
				answers.add(answer(clientId, episode, assessed, log.recordedBy()));
			}
		}
		return answers;
	}

	/**
	 * What the client reads after a spasm episode, and the plan it started: the same for
	 * an episode from a session, the journal or the spasm API.
	 */
	Map<String, Object> answer(long clientId, SpasmEpisode episode, SpasmAssessment.Assessed assessed, String by) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("episode", episode);
		answer.put("links", assessed.links());
		answer.put("forClient", assessed.forClient());
		answer.put("avoidanceNoticed", assessed.avoidanceNoticed());
		answer.put("plan", assessed.plan().orElse(null));
		answer.put("starterMenu", assessed.starterMenuId().map(this::starterMenu).orElse(null));
		answer.put("rescreenDue", assessed.rescreenReasons());
		Optional<ReExposureTracking.TrackedPlan> started = assessed.plan()
			.flatMap((plan) -> this.clients.findAny(clientId)
				.flatMap((client) -> this.reExposure.startFor(clientId, client.practiceId(), episode, plan, by)));
		answer.put("trackedPlan", started.map((tracked) -> tracked.stored().planKey()).orElse(null));
		return answer;
	}

	private Map<String, Object> starterMenu(String id) {
		Map<String, Object> menu = new LinkedHashMap<>();
		menu.put("id", id);
		menu.put("exercises", this.prescriptions.starter(id));
		return menu;
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
		return stored.proposal().path("kind").asString("").toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
