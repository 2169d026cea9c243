package org.realign.core.feedback.safety;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realign.core.feedback.ClientMessages;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.RuleOutcome.AlertLevel;
import org.realign.core.feedback.SafetyStatus;
import org.realign.core.source.SourceCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realign.core.feedback.FeedbackFixtures.DAY_1;
import static org.realign.core.feedback.FeedbackFixtures.clockOn;

class RedFlagScreeningTest {

	private final RedFlagQuestionnaire questionnaire = RedFlagQuestionnaire.load();

	private final RedFlagScreening screening = new RedFlagScreening(this.questionnaire, clockOn(DAY_1));

	@Test
	void questionnaire_coversEveryCategoryWithKnownSources() {
		SourceCatalog sources = SourceCatalog.load();

		assertThat(this.questionnaire.questions()).extracting(RedFlagQuestion::category)
			.contains(RedFlagCategory.values());
		assertThat(this.questionnaire.questions()).extracting(RedFlagQuestion::id).doesNotHaveDuplicates();
		assertThat(this.questionnaire.questions()).allSatisfy((question) -> {
			assertThat(question.sourceIds()).as(question.id()).isNotEmpty().allMatch(sources::contains);
			assertThat(question.urgent()).as(question.id())
				.isEqualTo(question.category() == RedFlagCategory.CAUDA_EQUINA);
		});
	}

	@Test
	void screen_allNo_isClear() {
		ScreeningOutcome outcome = this.screening.screen(answers(Map.of()));

		assertThat(outcome).isInstanceOfSatisfying(ScreeningOutcome.Screened.class, (screened) -> {
			assertThat(screened.status()).isEqualTo(SafetyStatus.clear());
			assertThat(screened.forClient()).isEmpty();
			assertThat(screened.alert()).isEmpty();
		});
	}

	@Test
	void screen_caudaEquinaYes_pausesTheProgrammeAndSaysSeekUrgentCare() {
		ScreeningOutcome outcome = this.screening.screen(answers(Map.of("saddle-numbness", true)));

		assertThat(outcome).isInstanceOfSatisfying(ScreeningOutcome.Screened.class, (screened) -> {
			assertThat(screened.status().level()).isEqualTo(SafetyStatus.Level.PAUSED);
			assertThat(screened.flagged()).containsExactly("saddle-numbness");
			assertThat(screened.forClient()).contains(ClientMessages.SEEK_URGENT_CARE);
			assertThat(screened.alert()).hasValueSatisfying((alert) -> {
				assertThat(alert.level()).isEqualTo(AlertLevel.URGENT);
				assertThat(alert.forPractitioner()).contains("cauda-equina");
			});
		});
	}

	@Test
	void screen_otherFlag_alertsThePractitionerWithoutPausing() {
		ScreeningOutcome outcome = this.screening.screen(answers(Map.of("fever-or-chills", true)));

		assertThat(outcome).isInstanceOfSatisfying(ScreeningOutcome.Screened.class, (screened) -> {
			assertThat(screened.status().level()).isEqualTo(SafetyStatus.Level.PRACTITIONER_REVIEW);
			assertThat(screened.forClient()).contains(ClientMessages.PRACTITIONER_WILL_CONTACT);
			assertThat(screened.alert()).hasValueSatisfying((alert) -> {
				assertThat(alert.level()).isEqualTo(AlertLevel.PRACTITIONER);
				assertThat(alert.forPractitioner()).contains("infection");
			});
		});
	}

	@Test
	void screen_unansweredQuestion_isInvalidNamingIt() {
		Map<String, Boolean> partial = new HashMap<>(allNo());
		partial.remove("bowel-control");

		ScreeningOutcome outcome = this.screening.screen(new ScreeningAnswers("client-7", DAY_1,
				ScreeningAnswers.Occasion.INTAKE, this.questionnaire.version(), partial));

		assertThat(outcome).isInstanceOfSatisfying(ScreeningOutcome.Invalid.class,
				(invalid) -> assertThat(invalid.errors()).extracting(FieldError::field)
					.containsExactly("answers.bowel-control"));
	}

	@Test
	void screen_futureDateAndUnknownQuestion_areInvalid() {
		Map<String, Boolean> odd = new HashMap<>(allNo());
		odd.put("likes-tea", true);

		ScreeningOutcome outcome = this.screening.screen(new ScreeningAnswers("client-7", DAY_1.plusDays(1),
				ScreeningAnswers.Occasion.RESCREEN, this.questionnaire.version(), odd));

		assertThat(outcome).isInstanceOfSatisfying(ScreeningOutcome.Invalid.class,
				(invalid) -> assertThat(invalid.errors()).extracting(FieldError::field)
					.containsExactlyInAnyOrder("date", "answers.likes-tea"));
	}

	@Test
	void screen_urgentAndNonUrgentYesTogether_pausesAndNamesBoth_urgentWins() {
		ScreeningOutcome outcome = this.screening
			.screen(answers(Map.of("saddle-numbness", true, "fever-or-chills", true)));

		assertThat(outcome).isInstanceOfSatisfying(ScreeningOutcome.Screened.class, (screened) -> {
			assertThat(screened.status().level()).isEqualTo(SafetyStatus.Level.PAUSED);
			assertThat(screened.status().openFlags()).containsExactlyInAnyOrder("saddle-numbness", "fever-or-chills");
			assertThat(screened.forClient()).contains(ClientMessages.SEEK_URGENT_CARE);
			assertThat(screened.alert()).hasValueSatisfying((alert) -> {
				assertThat(alert.level()).isEqualTo(AlertLevel.URGENT);
				assertThat(alert.forPractitioner()).contains("cauda-equina").contains("infection");
			});
		});
	}

	@Test
	void screen_answersToAnOutdatedOrUnknownQuestionnaireVersion_areRefusedNamingTheVersion() {
		for (int version : new int[] { this.questionnaire.version() - 1, this.questionnaire.version() + 1 }) {
			ScreeningOutcome outcome = this.screening
				.screen(new ScreeningAnswers("client-7", DAY_1, ScreeningAnswers.Occasion.RESCREEN, version, allNo()));

			assertThat(outcome).as("version " + version)
				.isInstanceOfSatisfying(ScreeningOutcome.Invalid.class, (invalid) -> {
					assertThat(invalid.errors()).singleElement().satisfies((error) -> {
						assertThat(error.field()).isEqualTo("questionnaireVersion");
						assertThat(error.code()).isEqualTo("stale");
						assertThat(error.message()).contains("version " + version)
							.contains("current is " + this.questionnaire.version());
					});
				});
		}
	}

	private ScreeningAnswers answers(Map<String, Boolean> yes) {
		Map<String, Boolean> all = new HashMap<>(allNo());
		all.putAll(yes);
		return new ScreeningAnswers("client-7", DAY_1, ScreeningAnswers.Occasion.INTAKE, this.questionnaire.version(),
				all);
	}

	private Map<String, Boolean> allNo() {
		Map<String, Boolean> all = new HashMap<>();
		for (RedFlagQuestion question : this.questionnaire.questions()) {
			all.put(question.id(), false);
		}
		return all;
	}

}
