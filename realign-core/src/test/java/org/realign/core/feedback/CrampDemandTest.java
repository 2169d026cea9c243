package org.realign.core.feedback;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.realign.core.prescription.PrescribedMenu;
import org.realign.core.prescription.PrescribedItem;
import org.realign.core.prescription.Dose;
import org.realign.core.prescription.ExerciseDemand;
import org.realign.core.landmark.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realign.core.feedback.FeedbackFixtures.CLIENT;
import static org.realign.core.feedback.FeedbackFixtures.DAY_1;
import static org.realign.core.feedback.FeedbackFixtures.GLUTEALS;
import static org.realign.core.feedback.FeedbackFixtures.STATIC_BACK;
import static org.realign.core.feedback.FeedbackFixtures.STATIC_WALL;
import static org.realign.core.feedback.FeedbackFixtures.done;
import static org.realign.core.feedback.FeedbackFixtures.log;
import static org.realign.core.feedback.FeedbackFixtures.pain;
import static org.realign.core.feedback.FeedbackFixtures.wakeUpCramp;

/**
 * A cramp is read by what the exercise asks of that muscle: a wake-up cramp only where it
 * asks the muscle to work; a muscle being stretched or let go is never chased. Each rule
 * is tried at its boundary.
 */
class CrampDemandTest {

	private final CrampClassifier classifier = new CrampClassifier(PracticeSettings.defaults());

	private final ProgressionEngine engine = new ProgressionEngine();

	static final PrescribedMenu WALL_MENU = new PrescribedMenu("wall-menu", 7,
			List.of(STATIC_WALL, STATIC_BACK, GLUTEALS));

	@Test
	void hamstringCrampInStaticWall_isInALengthenedMuscle_withTheCataloguesSourceShown() {
		CrampClassification result = this.classifier.classify(wakeUpCramp("hamstrings"), Optional.of(STATIC_WALL), 0,
				0);

		assertThat(result.kind()).isEqualTo(CrampClass.LENGTHENED_OR_RELEASED);
		assertThat(result.reasons().get(0)).contains("hamstrings")
			.contains("static-wall lengthens")
			.contains("egoscue-1998-pain-free");
		assertThat(result.reasons()).anyMatch((reason) -> reason.contains("our own reading"));
		assertThat(result.sourceIds()).contains("egoscue-1998-pain-free", "fb-chase-the-cramp-lore");
	}

	@Test
	void quadricepsCrampInStaticWall_isAWakeUpCramp_becauseTheStepsAskTheThighsToWork() {
		CrampClassification result = this.classifier.classify(wakeUpCramp("quadriceps"), Optional.of(STATIC_WALL), 0,
				0);

		assertThat(result.kind()).isEqualTo(CrampClass.WAKE_UP);
		assertThat(result.reasons().get(0)).contains("tighten the thighs");
	}

	@Test
	void crampInAMuscleTheExerciseLetsGo_isNotChased() {
		CrampClassification result = this.classifier.classify(wakeUpCramp("lumbar-erector-spinae"),
				Optional.of(STATIC_BACK), 0, 0);

		assertThat(result.kind()).isEqualTo(CrampClass.LENGTHENED_OR_RELEASED);
		assertThat(result.reasons().get(0)).contains("lets go");
	}

	@Test
	void hamstringCrampInStaticWall_isNeverChased_andQuadricepsCrampIs() {
		Evaluation hamstrings = this.engine
			.evaluate(feedback(log(draft(done(STATIC_WALL, 5, wakeUpCramp("hamstrings"))))));
		Evaluation quadriceps = this.engine
			.evaluate(feedback(log(draft(done(STATIC_WALL, 5, wakeUpCramp("quadriceps"))))));

		assertThat(hamstrings.proposals()).isEmpty();
		assertThat(quadriceps.proposals()).singleElement()
			.satisfies((proposal) -> assertThat(proposal.ruleId()).isEqualTo("chase-the-cramp"));
	}

	@Test
	void aCrampInTheStretchedMuscleBesideAWakeUpCramp_stopsTheChaseAndSaysWhy() {
		Evaluation result = this.engine.evaluate(feedback(log(
				draft(done(STATIC_WALL, 5, wakeUpCramp("quadriceps"), leftCramp("hamstrings", CrampOnset.DURING))))));

		assertThat(result.proposals()).isEmpty();
		assertThat(result.blocked()).singleElement()
			.satisfies((blocked) -> assertThat(blocked.reasons())
				.contains("a cramp came in the left hamstrings, which static-wall lengthens rather than works"));
	}

	@Test
	void crampOutsideEveryMuscleTheExerciseNames_isNotWakeUp_andBlocksTheChase() {
		CrampClassification result = this.classifier.classify(wakeUpCramp("hamstrings"), Optional.of(GLUTEALS), 0, 0);
		Evaluation evaluation = this.engine.evaluate(
				feedback(log(draft(done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus"), wakeUpCramp("hamstrings"))))));

		assertThat(result.kind()).isEqualTo(CrampClass.EXERTIONAL);
		assertThat(evaluation.proposals()).isEmpty();
		assertThat(evaluation.blocked()).singleElement()
			.satisfies((blocked) -> assertThat(blocked.reasons())
				.contains("a cramp came outside the target muscles (hamstrings)"));
	}

	@Test
	void crampThatEasesAtExactlyTheLimit_isWakeUp_andOneMinuteMoreIsNot() {
		int limit = PracticeSettings.defaults().wakeUpEaseMinutes();

		assertThat(this.classifier.classify(easingAfter(limit), Optional.of(GLUTEALS), 0, 0).kind())
			.isEqualTo(CrampClass.WAKE_UP);
		assertThat(this.classifier.classify(easingAfter(limit + 1), Optional.of(GLUTEALS), 0, 0).kind())
			.isEqualTo(CrampClass.EXERTIONAL);
	}

	@Test
	void painOfOne_isEnoughToMakeItNotAWakeUpCramp_andToStopTheChase() {
		CrampClassification withOne = this.classifier.classify(wakeUpCramp("gluteus-maximus"), Optional.of(GLUTEALS), 1,
				0);
		Evaluation evaluation = this.engine
			.evaluate(feedback(log(draft(done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus"), pain(1))))));

		assertThat(withOne.kind()).isEqualTo(CrampClass.EXERTIONAL);
		assertThat(withOne.reasons()).anyMatch((reason) -> reason.contains("pain (NPRS 1)"));
		assertThat(evaluation.proposals()).isEmpty();
		// pain 1 is at or below the regress threshold (3): nothing is regressed either
		assertThat(evaluation.proposals()).noneMatch((p) -> p.ruleId().equals("pain-regress"));
	}

	@Test
	void crampAtRest_isNeverAWakeUpCramp_inTheCalfWatched_elsewhereSentToADoctor() {
		CrampReport calfAtRest = new CrampReport("calf", 5, CrampOnset.REST, 1, EasedBy.STRETCHING, Set.of(),
				Optional.of(Side.LEFT));
		CrampReport hamstringAtRest = new CrampReport("hamstrings", 5, CrampOnset.REST, 1, EasedBy.STRETCHING, Set.of(),
				Optional.of(Side.RIGHT));

		CrampClassification calf = this.classifier.classify(calfAtRest, Optional.empty(), 0, 1);
		CrampClassification hamstring = this.classifier.classify(hamstringAtRest, Optional.empty(), 0, 1);

		assertThat(calf.kind()).isEqualTo(CrampClass.UNEXPLAINED);
		assertThat(calf.reasons().get(0)).contains("left calf");
		assertThat(hamstring.kind()).isEqualTo(CrampClass.NEEDS_MEDICAL_REVIEW);
	}

	@Test
	void restCrampOnATargetMuscleDuringASession_isNotChased() {
		CrampReport atRest = new CrampReport("gluteus-maximus", 4, CrampOnset.REST, 1, EasedBy.STRETCHING, Set.of());

		CrampClassification result = this.classifier.classify(atRest, Optional.of(GLUTEALS), 0, 1);

		assertThat(result.kind()).isNotEqualTo(CrampClass.WAKE_UP);
	}

	@Test
	void oldCallersWithoutACatalogueReading_takeEveryTargetAsWorked() {
		PrescribedItem legacy = new PrescribedItem("static-wall", List.of("hamstrings"), Dose.holdSeconds(120), false,
				Optional.empty(), Optional.empty());

		assertThat(legacy.works("hamstrings")).isTrue();
		assertThat(STATIC_WALL.works("hamstrings")).isFalse();
		assertThat(STATIC_WALL.works("quadriceps")).isTrue();
		assertThat(STATIC_WALL.works("gluteus-maximus")).isFalse();
	}

	private static CrampReport easingAfter(int minutes) {
		return new CrampReport("gluteus-maximus", 4, CrampOnset.DURING, minutes, EasedBy.STRETCHING, Set.of());
	}

	static CrampReport leftCramp(String where, CrampOnset onset) {
		return new CrampReport(where, 4, onset, 1, EasedBy.STRETCHING, Set.of(), Optional.of(Side.LEFT));
	}

	private static SessionDraft draft(ExerciseEntry... entries) {
		return new SessionDraft(CLIENT, WALL_MENU.menuId(), DAY_1, List.of(entries), List.of(), false, "");
	}

	private static ClientFeedback feedback(SessionLog log) {
		return new ClientFeedback(CLIENT, WALL_MENU, List.of(log), SafetyStatus.clear(), Optional.empty(),
				PracticeSettings.defaults());
	}

}
