package org.realign.app.safety;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.realign.app.api.FeedbackJson;
import org.realign.app.assessment.PostureFindings;
import org.realign.app.progression.JdbcRuleOutcomes;
import org.realign.core.feedback.spasm.SpasmAdvisor;
import org.realign.core.feedback.spasm.SpasmAssessment;
import org.realign.core.feedback.spasm.SpasmEpisode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's spasm episodes, whoever reports them: one posted to the spasm API and one
 * noted in the client's journal go through the same advisor, table and alerts, so both
 * share one record of it.
 */
@Service
public class SpasmRecords {

	private final JdbcSpasmEpisodes episodes;

	private final JdbcScreenings screenings;

	private final JdbcRuleOutcomes outcomes;

	private final PostureFindings postureFindings;

	private final SpasmAdvisor advisor;

	private final Clock clock;

	SpasmRecords(JdbcSpasmEpisodes episodes, JdbcScreenings screenings, JdbcRuleOutcomes outcomes,
			PostureFindings postureFindings, Clock clock) {
		this.episodes = episodes;
		this.screenings = screenings;
		this.outcomes = outcomes;
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
		return reportSpasm(clientId, episode, by, Optional.empty());
	}

	@Transactional
	SpasmAssessment reportSpasm(long clientId, SpasmEpisode episode, String by,
			Optional<JdbcSpasmEpisodes.SessionSpasmLink> session) {
		SpasmAssessment assessment = this.advisor.assess(episode, this.postureFindings.latest(clientId),
				this.screenings.status(clientId));
		if (assessment instanceof SpasmAssessment.Assessed assessed) {
			this.episodes.append(clientId, episode, assessed, by, this.clock.instant(), session);
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

}
