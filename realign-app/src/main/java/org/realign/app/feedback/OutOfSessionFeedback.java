package org.realign.app.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.realign.app.assessment.PostureFindings;
import org.realign.core.feedback.PracticeSettings;
import org.realign.core.feedback.RuleOutcome.Alert;
import org.realign.core.feedback.spasm.SpasmAdvisor;
import org.realign.core.feedback.spasm.SpasmAssessment;
import org.realign.core.feedback.spasm.SpasmEpisode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features record outside a session through the feedback loop: a spasm episode
 * goes through the same advisor, table and alerts as one posted to the spasm API, so that
 * the client's journal and the spasm API share one record of it; and the practice's cramp
 * settings with the session logs' night and rest cramps, so that a cramp noted outside a
 * session is read by the same rules.
 */
@Service
public class OutOfSessionFeedback {

	private final JdbcSpasmEpisodes episodes;

	private final JdbcScreenings screenings;

	private final JdbcRuleOutcomes outcomes;

	private final JdbcPracticeSettings settings;

	private final JdbcSessionLogs logs;

	private final PostureFindings postureFindings;

	private final SpasmAdvisor advisor;

	private final Clock clock;

	OutOfSessionFeedback(JdbcSpasmEpisodes episodes, JdbcScreenings screenings, JdbcRuleOutcomes outcomes,
			JdbcPracticeSettings settings, JdbcSessionLogs logs, PostureFindings postureFindings, Clock clock) {
		this.episodes = episodes;
		this.screenings = screenings;
		this.outcomes = outcomes;
		this.settings = settings;
		this.logs = logs;
		this.postureFindings = postureFindings;
		this.clock = clock;
		this.advisor = new SpasmAdvisor(clock);
	}

	/**
	 * A spasm episode as stored.
	 *
	 * @param episode the episode as reported
	 * @param recordedAt when it was recorded
	 * @param recordedBy who recorded it
	 */
	public record StoredSpasm(SpasmEpisode episode, Instant recordedAt, String recordedBy) {
	}

	/**
	 * Assesses the episode against the client's latest posture findings and safety
	 * status; an assessed episode is stored with its advice and its alerts reach the
	 * practitioner, a rejected one stores nothing.
	 */
	@Transactional
	public SpasmAssessment reportSpasm(long clientId, SpasmEpisode episode, String by) {
		SpasmAssessment assessment = this.advisor.assess(episode, this.postureFindings.latest(clientId),
				this.screenings.status(clientId));
		if (assessment instanceof SpasmAssessment.Assessed assessed) {
			this.episodes.append(clientId, episode, assessed, by, this.clock.instant());
			this.outcomes.alerts(clientId, assessed.alerts(), this.clock.instant());
		}
		return assessment;
	}

	/** The client's spasm episodes, oldest first. */
	public List<StoredSpasm> spasms(long clientId) {
		return this.episodes.episodes(clientId)
			.stream()
			.map((stored) -> new StoredSpasm(FeedbackJson.MAPPER.treeToValue(stored.episode(), SpasmEpisode.class),
					stored.recordedAt(), stored.recordedBy()))
			.toList();
	}

	/** The thresholds the practice set for the cramp classifier. */
	public PracticeSettings settings(long practiceId) {
		return this.settings.forPractice(practiceId);
	}

	/** Night and rest cramps logged with sessions dated within the days given. */
	public int spontaneousSessionCramps(long clientId, LocalDate from, LocalDate to) {
		return (int) this.logs.currentVersions(String.valueOf(clientId))
			.stream()
			.filter((log) -> !log.date().isBefore(from) && !log.date().isAfter(to))
			.flatMap((log) -> log.allCramps().stream())
			.filter((cramp) -> cramp.onset().isSpontaneous())
			.count();
	}

	/** Alerts for the practitioner, as the progression rules raise them. */
	public void alert(long clientId, List<Alert> alerts) {
		this.outcomes.alerts(clientId, alerts, this.clock.instant());
	}

}
