package org.realign.core.feedback.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.realign.core.feedback.ClientMessages;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.RuleOutcome.Alert;
import org.realign.core.feedback.RuleOutcome.AlertLevel;
import org.realign.core.feedback.SafetyStatus;

/**
 * Turns questionnaire answers into a safety status: any urgent (cauda-equina) yes pauses
 * the programme and tells the client to seek urgent medical care; any other yes alerts
 * the practitioner and stops dose increases until they clear it (field research §5.1).
 */
public final class RedFlagScreening {

	/** The rule id alerts carry. */
	public static final String RULE_ID = "red-flag-screen";

	private final RedFlagQuestionnaire questionnaire;

	private final Clock clock;

	public RedFlagScreening(RedFlagQuestionnaire questionnaire, Clock clock) {
		this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	public ScreeningOutcome screen(ScreeningAnswers answers) {
		List<FieldError> errors = new ArrayList<>();
		if (answers.date().isAfter(LocalDate.now(this.clock))) {
			errors.add(new FieldError("date", "in-future", "screening date " + answers.date() + " is in the future"));
		}
		if (answers.questionnaireVersion() != this.questionnaire.version()) {
			errors.add(new FieldError("questionnaireVersion", "stale", "answers are for version "
					+ answers.questionnaireVersion() + ", current is " + this.questionnaire.version()));
		}
		for (RedFlagQuestion question : this.questionnaire.questions()) {
			if (!answers.answers().containsKey(question.id())) {
				errors.add(new FieldError("answers." + question.id(), "missing",
						"question " + question.id() + " is not answered"));
			}
		}
		for (String answered : answers.answers().keySet()) {
			if (this.questionnaire.question(answered).isEmpty()) {
				errors.add(new FieldError("answers." + answered, "unknown", "no question " + answered));
			}
		}
		if (!errors.isEmpty()) {
			return new ScreeningOutcome.Invalid(errors);
		}
		List<RedFlagQuestion> yes = this.questionnaire.questions()
			.stream()
			.filter((question) -> answers.answers().get(question.id()))
			.toList();
		List<String> flagged = yes.stream().map(RedFlagQuestion::id).toList();
		if (yes.isEmpty()) {
			return new ScreeningOutcome.Screened(SafetyStatus.clear(), List.of(), Optional.empty(), Optional.empty());
		}
		boolean urgent = yes.stream().anyMatch(RedFlagQuestion::urgent);
		String categories = String.join(", ",
				yes.stream().map((question) -> question.category().id()).distinct().toList());
		if (urgent) {
			Alert alert = new Alert(RULE_ID, answers.clientId(), Optional.empty(), AlertLevel.URGENT, answers.date(),
					"Urgent red-flag answers (" + String.join(", ", flagged) + "; " + categories
							+ "): the client was told to seek urgent medical care and the programme is paused.",
					Optional.of(ClientMessages.SEEK_URGENT_CARE));
			return new ScreeningOutcome.Screened(new SafetyStatus(SafetyStatus.Level.PAUSED, flagged), flagged,
					Optional.of(ClientMessages.SEEK_URGENT_CARE), Optional.of(alert));
		}
		Alert alert = new Alert(RULE_ID, answers.clientId(), Optional.empty(), AlertLevel.PRACTITIONER, answers.date(),
				"Red-flag answers at " + answers.occasion().id() + " (" + String.join(", ", flagged) + "; " + categories
						+ "): review before the programme changes; doses are not raised meanwhile.",
				Optional.of(ClientMessages.PRACTITIONER_WILL_CONTACT));
		return new ScreeningOutcome.Screened(new SafetyStatus(SafetyStatus.Level.PRACTITIONER_REVIEW, flagged), flagged,
				Optional.of(ClientMessages.PRACTITIONER_WILL_CONTACT), Optional.of(alert));
	}

}
