package org.realign.core.feedback;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realign.core.feedback.FeedbackFixtures.GLUTEALS;
import static org.realign.core.feedback.FeedbackFixtures.cramp;
import static org.realign.core.feedback.FeedbackFixtures.wakeUpCramp;

class CrampClassifierTest {

	private final CrampClassifier classifier = new CrampClassifier(PracticeSettings.defaults());

	@Test
	void classify_targetMuscleDuringExerciseEasesQuicklyNoPain_isWakeUp() {
		CrampClassification result = this.classifier.classify(wakeUpCramp("gluteus-maximus"), Optional.of(GLUTEALS), 0,
				0);

		assertThat(result.kind()).isEqualTo(CrampClass.WAKE_UP);
		assertThat(result.reasons()).singleElement()
			.asString()
			.contains("a muscle standing-gluteal-contractions asks to work")
			.contains("without pain");
		assertThat(result.sourceIds()).contains("fb-chase-the-cramp-lore");
	}

	@Test
	void classify_wakeUpLikeCrampWithPain_isNotWakeUp() {
		CrampClassification result = this.classifier.classify(wakeUpCramp("gluteus-maximus"), Optional.of(GLUTEALS), 2,
				0);

		assertThat(result.kind()).isEqualTo(CrampClass.EXERTIONAL);
		assertThat(result.reasons()).anyMatch((reason) -> reason.contains("pain (NPRS 2)"));
	}

	@Test
	void classify_crampOutsideTheTargetMuscles_isNotWakeUp() {
		CrampClassification result = this.classifier.classify(cramp("hamstrings", CrampOnset.DURING, 1),
				Optional.of(GLUTEALS), 0, 0);

		assertThat(result.kind()).isEqualTo(CrampClass.EXERTIONAL);
		assertThat(result.reasons()).anyMatch(
				(reason) -> reason.contains("hamstrings is not a muscle standing-gluteal-contractions asks to work"));
	}

	@Test
	void classify_crampThatTakesLongerThanTheSettingToEase_isNotWakeUp() {
		CrampClassification result = this.classifier.classify(cramp("gluteus-maximus", CrampOnset.DURING, 6),
				Optional.of(GLUTEALS), 0, 0);

		assertThat(result.kind()).isEqualTo(CrampClass.EXERTIONAL);
	}

	@Test
	void classify_crampAfterTheExercise_isNotWakeUp() {
		CrampClassification result = this.classifier.classify(cramp("gluteus-maximus", CrampOnset.AFTER, 1),
				Optional.of(GLUTEALS), 0, 0);

		assertThat(result.kind()).isEqualTo(CrampClass.EXERTIONAL);
		assertThat(result.reasons()).anyMatch((reason) -> reason.contains("onset was after"));
	}

	@Test
	void classify_afterLongExertion_isExertional() {
		CrampClassification result = this.classifier.classify(
				cramp("gluteus-maximus", CrampOnset.DURING, 1, CrampContext.LONG_OR_INTENSE_EXERTION),
				Optional.of(GLUTEALS), 0, 0);

		assertThat(result.kind()).isEqualTo(CrampClass.EXERTIONAL);
		assertThat(result.sourceIds()).containsExactly("fb-schwellnus-2009");
	}

	@ParameterizedTest
	@EnumSource(value = CrampContext.class, names = { "HEAVY_SWEATING_OR_ILLNESS", "DIURETIC" })
	void classify_withSweatingIllnessOrDiuretic_isFluidElectrolyte(CrampContext context) {
		CrampClassification result = this.classifier.classify(cramp("calf", CrampOnset.AFTER, 2, context),
				Optional.of(GLUTEALS), 0, 0);

		assertThat(result.kind()).isEqualTo(CrampClass.FLUID_ELECTROLYTE);
	}

	@ParameterizedTest
	@EnumSource(value = CrampContext.class,
			names = { "WEAKNESS", "TWITCHING", "SWELLING", "DARK_URINE", "STATIN_STARTED_RECENTLY" })
	void classify_withARedFlagContext_needsMedicalReview_evenWhenOtherwiseAWakeUpCramp(CrampContext context) {
		CrampClassification result = this.classifier.classify(cramp("gluteus-maximus", CrampOnset.DURING, 1, context),
				Optional.of(GLUTEALS), 0, 0);

		assertThat(result.kind()).isEqualTo(CrampClass.NEEDS_MEDICAL_REVIEW);
		assertThat(result.reasons()).isNotEmpty();
		assertThat(result.sourceIds()).isNotEmpty();
	}

	@Test
	void classify_nightCrampOutsideCalfAndFoot_needsMedicalReview() {
		CrampClassification result = this.classifier.classify(cramp("hamstrings", CrampOnset.NIGHT, 3),
				Optional.empty(), 0, 1);

		assertThat(result.kind()).isEqualTo(CrampClass.NEEDS_MEDICAL_REVIEW);
		assertThat(result.reasons()).anyMatch((reason) -> reason.contains("outside the calf and foot"));
	}

	@Test
	void classify_singleNightCalfCramp_isUnexplainedAndWatched() {
		CrampClassification result = this.classifier.classify(cramp("calf", CrampOnset.NIGHT, 3), Optional.empty(), 0,
				1);

		assertThat(result.kind()).isEqualTo(CrampClass.UNEXPLAINED);
	}

	@Test
	void classify_crampDuringExerciseOutsideTheMenu_isExertionalNotWakeUp() {
		CrampClassification result = this.classifier.classify(cramp("calf", CrampOnset.DURING, 1), Optional.empty(), 0,
				0);

		assertThat(result.kind()).isEqualTo(CrampClass.EXERTIONAL);
		assertThat(result.reasons()).anyMatch((reason) -> reason.contains("outside the menu"));
		assertThat(result.sourceIds()).containsExactly("fb-schwellnus-2009");
	}

	@Test
	void classify_recurringNightCalfCramps_needMedicalReview() {
		CrampClassification result = this.classifier.classify(cramp("calf", CrampOnset.NIGHT, 3), Optional.empty(), 0,
				2);

		assertThat(result.kind()).isEqualTo(CrampClass.NEEDS_MEDICAL_REVIEW);
		assertThat(result.sourceIds()).contains("fb-allen-kirby-2012");
	}

	@Test
	void classify_nightCalfCrampAfterStartingAStatin_needsMedicalReview() {
		CrampClassification result = this.classifier
			.classify(cramp("calf", CrampOnset.NIGHT, 5, CrampContext.STATIN_STARTED_RECENTLY), Optional.empty(), 0, 1);

		assertThat(result.kind()).isEqualTo(CrampClass.NEEDS_MEDICAL_REVIEW);
		assertThat(result.reasons()).anyMatch((reason) -> reason.contains("statin"));
		assertThat(result.sourceIds()).contains("fb-merck-cramps");
	}

	@Test
	void classify_practiceWithLongerEaseWindow_acceptsSlowerWakeUpCramps() {
		PracticeSettings lenient = new PracticeSettings(3, 10, 10, 5, 3, 2, 2, 14, false);

		CrampClassification result = new CrampClassifier(lenient)
			.classify(cramp("gluteus-maximus", CrampOnset.DURING, 8), Optional.of(GLUTEALS), 0, 0);

		assertThat(result.kind()).isEqualTo(CrampClass.WAKE_UP);
	}

}
