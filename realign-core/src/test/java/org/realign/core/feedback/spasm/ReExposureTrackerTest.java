package org.realign.core.feedback.spasm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.PracticeSettings;
import org.realign.core.feedback.spasm.ReExposureProgress.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realign.core.feedback.FeedbackFixtures.DAY_1;
import static org.realign.core.feedback.FeedbackFixtures.clockOn;

/**
 * Graded re-exposure as a tracked plan: calm attempts advance after the practice's
 * number, pain above the threshold or a spasm step back, speed is graded towards the
 * quick bend, and the goal reached is the milestone "function regained".
 */
class ReExposureTrackerTest {

	static final ReExposurePlan BEND = ReExposurePlans.FORWARD_BEND;

	static final PracticeSettings SETTINGS = PracticeSettings.defaults();

	private final List<ReExposureAttempt> attempts = new ArrayList<>();

	private int day;

	@Test
	void calmAttempts_advanceAtExactlyThePracticeNumber() {
		calm(40, null);
		assertThat(replay().currentStep()).as("1 calm attempt of 2").isEqualTo(1);
		calm(40, null);
		ReExposureProgress progress = replay();

		assertThat(progress.currentStep()).isEqualTo(2);
		assertThat(progress.changes()).singleElement().satisfies((change) -> {
			assertThat(change.isAdvance()).isTrue();
			assertThat(change.reason()).isEqualTo("2 calm attempts in a row");
		});
	}

	@Test
	void thePracticeSetsHowManyCalmAttemptsAdvance() {
		calm(40, null);
		calm(40, null);

		ReExposureProgress progress = ReExposureTracker.replay(BEND, SETTINGS.withReExposureCalmAttempts(3),
				Optional.empty(), this.attempts);

		assertThat(progress.currentStep()).isEqualTo(1);
		assertThat(progress.calmInARow()).isEqualTo(2);
	}

	@Test
	void spasm_stepsBackOne_andTheRunStartsAgain() {
		reachStep(3);
		log(true, 30.0, null, 0, true);
		ReExposureProgress progress = replay();

		assertThat(progress.currentStep()).isEqualTo(2);
		assertThat(progress.calmInARow()).isZero();
		assertThat(progress.attempts().get(progress.attempts().size() - 1).verdict()).isEqualTo(Verdict.STEP_BACK);
	}

	@Test
	void painAtTheThresholdIsCalm_oneAboveStepsBack() {
		int threshold = SETTINGS.painThresholdNprs();
		reachStep(2);
		log(true, 30.0, null, threshold, false);
		assertThat(replay().calmInARow()).isEqualTo(1);
		log(true, 30.0, null, threshold + 1, false);

		assertThat(replay().currentStep()).isEqualTo(1);
	}

	@Test
	void painOfOne_withAThresholdOfZero_stepsBack() {
		reachStep(2);
		log(true, 30.0, null, 1, false);

		ReExposureProgress progress = ReExposureTracker.replay(BEND, SETTINGS.withPainThreshold(0), Optional.empty(),
				this.attempts);

		assertThat(progress.attempts()).extracting(ReExposureProgress.LoggedAttempt::verdict)
			.contains(Verdict.STEP_BACK);
	}

	@Test
	void stepBackAtTheFirstStep_staysAtTheFirstStep() {
		log(true, 40.0, null, 0, true);

		assertThat(replay().currentStep()).isEqualTo(1);
	}

	@Test
	void notDone_breaksTheRunWithoutSteppingBack() {
		calm(40, null);
		log(false, null, null, 0, false);
		calm(40, null);

		ReExposureProgress progress = replay();
		assertThat(progress.currentStep()).isEqualTo(1);
		assertThat(progress.calmInARow()).isEqualTo(1);
	}

	@Test
	void speedIsGraded_aSlowerAttemptThanTheStepAsksDoesNotCount() {
		reachStep(9);
		assertThat(replay().step().speed()).contains(Speed.EVERYDAY);
		calm(12, Speed.STEADY);
		calm(12, Speed.EVERYDAY);
		assertThat(replay().currentStep()).as("one slower attempt breaks the run").isEqualTo(9);
		calm(11, Speed.QUICK);

		ReExposureProgress progress = replay();
		assertThat(progress.currentStep()).as("quicker than asked counts").isEqualTo(10);
		assertThat(progress.attempts()).extracting(ReExposureProgress.LoggedAttempt::verdict)
			.contains(Verdict.SLOWER_THAN_ASKED);
	}

	@Test
	void goalReached_isTheMilestoneFunctionRegained_onceAndOnlyWithinTheReachGoal() {
		reachStep(10);
		calm(9, Speed.QUICK);
		calm(8, Speed.QUICK);
		assertThat(replay().functionRegained()).as("calm but fingertips 8 cm from the floor").isEmpty();
		calm(5, Speed.QUICK);

		ReExposureProgress progress = replay();
		assertThat(progress.functionRegained()).hasValueSatisfying((milestone) -> {
			assertThat(milestone.date()).isEqualTo(this.attempts.get(this.attempts.size() - 1).date());
			assertThat(milestone.fingertipToFloorCm()).contains(5.0);
			assertThat(milestone.speed()).contains(Speed.QUICK);
			assertThat(milestone.movement()).isEqualTo("bending forward");
		});
		calm(3, Speed.QUICK);
		assertThat(replay().functionRegained().orElseThrow().date())
			.isEqualTo(progress.functionRegained().get().date());
	}

	@Test
	void aClientSpecificGoal_replacesThePlansDefault() {
		reachStep(10);
		calm(9, Speed.QUICK);
		calm(9, Speed.QUICK);

		assertThat(ReExposureTracker.replay(BEND, SETTINGS, Optional.of(10.0), this.attempts).functionRegained())
			.isPresent();
	}

	@Test
	void trend_listsFingertipToFloorAndSpeedOverTime() {
		calm(40, null);
		calm(35, null);
		log(false, null, null, 0, false);

		assertThat(replay().reachTrend()).extracting((logged) -> logged.attempt().fingertipToFloorCm().orElseThrow())
			.containsExactly(40.0, 35.0);
	}

	@Test
	void attemptsOfTheSameDay_replayInTheOrderTheyWereLogged() {
		LocalDate date = DAY_1;
		this.attempts.add(new ReExposureAttempt("b", date, Instant.parse("2026-11-02T10:00:00Z"), true,
				Optional.empty(), Optional.empty(), 0, true, ""));
		this.attempts.add(new ReExposureAttempt("a", date, Instant.parse("2026-11-02T09:00:00Z"), true,
				Optional.empty(), Optional.empty(), 0, false, ""));

		assertThat(replay().attempts()).extracting((logged) -> logged.attempt().id()).containsExactly("a", "b");
	}

	@Test
	void validate_namesEachBadFieldInTheClientsWords() {
		ReExposureTracker tracker = new ReExposureTracker(clockOn(DAY_1));
		ReExposureAttempt bad = new ReExposureAttempt("x", DAY_1.plusDays(1), Instant.EPOCH, false, Optional.of(-3.0),
				Optional.of(Speed.QUICK), 11, false, "x".repeat(1001));

		assertThat(tracker.validate(BEND, bad)).extracting(FieldError::field)
			.containsExactlyInAnyOrder("date", "pain", "fingertipToFloorCm", "done", "felt");
		assertThat(tracker.validate(ReExposurePlans.LIFTING, new ReExposureAttempt("y", DAY_1, Instant.EPOCH, true,
				Optional.of(10.0), Optional.empty(), 0, false, "")))
			.extracting(FieldError::code)
			.containsExactly("not-measured");
		assertThat(tracker.validate(BEND, new ReExposureAttempt("z", DAY_1, Instant.EPOCH, true, Optional.of(0.0),
				Optional.of(Speed.SLOW), 0, false, "fine")))
			.isEmpty();
	}

	// helpers

	private ReExposureProgress replay() {
		return ReExposureTracker.replay(BEND, SETTINGS, Optional.empty(), this.attempts);
	}

	private void reachStep(int step) {
		while (replay().currentStep() < step) {
			calm(30, replay().step().speed().orElse(null));
		}
	}

	private void calm(double cm, Speed speed) {
		log(true, cm, speed, 0, false);
	}

	private void log(boolean done, Double cm, Speed speed, int pain, boolean spasm) {
		LocalDate date = DAY_1.plusDays(this.day++);
		this.attempts
			.add(new ReExposureAttempt("attempt-" + this.day, date, date.atTime(18, 0).toInstant(ZoneOffset.UTC), done,
					Optional.ofNullable(cm), Optional.ofNullable(speed), pain, spasm, ""));
	}

}
