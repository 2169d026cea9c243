package org.realign.app.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.realign.app.progression.JdbcRuleOutcomes;
import org.realign.core.feedback.SafetyStatus;
import org.realign.core.feedback.safety.RedFlagQuestionnaire;
import org.realign.core.feedback.safety.RedFlagScreening;
import org.realign.core.feedback.safety.ScreeningAnswers;
import org.realign.core.feedback.safety.ScreeningOutcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records red-flag screenings and reads the safety status they give: the one path that
 * both the safety API and the practitioner's intake page go through, so a screening
 * stores and alerts the same way whichever way it arrives.
 */
@Service
public class SafetyScreenings {

	private final RedFlagQuestionnaire questionnaire = RedFlagQuestionnaire.load();

	private final RedFlagScreening screening;

	private final JdbcScreenings screenings;

	private final JdbcRuleOutcomes outcomes;

	private final Clock clock;

	SafetyScreenings(JdbcScreenings screenings, JdbcRuleOutcomes outcomes, Clock clock) {
		this.screenings = screenings;
		this.outcomes = outcomes;
		this.clock = clock;
		this.screening = new RedFlagScreening(this.questionnaire, clock);
	}

	/**
	 * What recording answers gave.
	 *
	 * @param outcome screened, or invalid (then nothing was stored)
	 * @param screeningId the stored row, null when invalid
	 */
	public record Recorded(ScreeningOutcome outcome, Long screeningId) {
	}

	/**
	 * A stored screening as shown in the history.
	 *
	 * @param date the day of the screening
	 * @param occasion intake or rescreen
	 * @param questionnaireVersion the version of the red-flag questions that was answered
	 * @param level the safety level the answers gave
	 * @param flagged question ids answered yes
	 * @param answers yes or no per question id
	 * @param recordedAt when it was recorded
	 * @param recordedBy who recorded it
	 */
	public record Entry(LocalDate date, String occasion, int questionnaireVersion, String level, List<String> flagged,
			Map<String, Boolean> answers, Instant recordedAt, String recordedBy) {
	}

	public RedFlagQuestionnaire questionnaire() {
		return this.questionnaire;
	}

	/**
	 * Screens the answers; stores them and the practitioner's alert only when complete.
	 */
	@Transactional
	public Recorded record(long clientId, ScreeningAnswers answers, String recordedBy) {
		ScreeningOutcome outcome = this.screening.screen(answers);
		if (!(outcome instanceof ScreeningOutcome.Screened screened)) {
			return new Recorded(outcome, null);
		}
		Instant now = this.clock.instant();
		long id = this.screenings.append(clientId, answers, screened, recordedBy, now);
		this.outcomes.alerts(clientId, screened.alert().stream().toList(), now);
		return new Recorded(outcome, id);
	}

	public SafetyStatus status(long clientId) {
		return this.screenings.status(clientId);
	}

	/** Oldest first. */
	public List<Entry> history(long clientId) {
		return this.screenings.screenings(clientId)
			.stream()
			.map((s) -> new Entry(s.date(), s.occasion(), s.questionnaireVersion(), s.level(), s.flagged(), s.answers(),
					s.recordedAt(), s.recordedBy()))
			.toList();
	}

}
