package org.realign.core.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realign.core.feedback.FeedbackFixtures.AIR_BENCH;
import static org.realign.core.feedback.FeedbackFixtures.DAY_1;
import static org.realign.core.feedback.FeedbackFixtures.GLUTEALS;
import static org.realign.core.feedback.FeedbackFixtures.MENU;
import static org.realign.core.feedback.FeedbackFixtures.clockOn;
import static org.realign.core.feedback.FeedbackFixtures.done;
import static org.realign.core.feedback.FeedbackFixtures.draft;
import static org.realign.core.feedback.FeedbackFixtures.pain;
import static org.realign.core.feedback.FeedbackFixtures.wakeUpCramp;

class SessionLoggerTest {

	private final SessionLogger logger = new SessionLogger(clockOn(DAY_1));

	@Test
	void record_validDraft_recordsVersionOneAtTheClocksInstant() {
		LogOutcome outcome = this.logger.record("log-1",
				draft(DAY_1, done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus"))), MENU, "client-7");

		assertThat(outcome).isInstanceOf(LogOutcome.Recorded.class);
		SessionLog log = ((LogOutcome.Recorded) outcome).log();
		assertThat(log.version()).isEqualTo(1);
		assertThat(log.replacesVersion()).isEmpty();
		assertThat(log.recordedAt()).isEqualTo(FeedbackFixtures.noon(DAY_1));
		assertThat(log.allCramps()).hasSize(1);
	}

	@Test
	void record_crampIntensity11_isRejectedNamingTheField() {
		CrampReport tooStrong = new CrampReport("gluteus-maximus", 11, CrampOnset.DURING, 1, EasedBy.STRETCHING,
				Set.of());

		assertThat(errorsOf(draft(DAY_1, done(GLUTEALS, 5, tooStrong))))
			.containsExactly("entries[0].feedback[0].intensity");
	}

	@Test
	void record_nprsOutOfRange_isRejectedNamingTheField() {
		assertThat(errorsOf(draft(DAY_1, done(AIR_BENCH, 5, pain(-1))))).containsExactly("entries[0].feedback[0].nprs");
	}

	@Test
	void record_negativeMinutesToEase_isRejectedNamingTheField() {
		CrampReport negative = new CrampReport("gluteus-maximus", 3, CrampOnset.DURING, -2, EasedBy.STRETCHING,
				Set.of());

		assertThat(errorsOf(draft(DAY_1, done(GLUTEALS, 5, negative))))
			.containsExactly("entries[0].feedback[0].minutesToEase");
	}

	@Test
	void record_negativeHoldTime_isRejectedNamingTheField() {
		ExerciseEntry entry = ExerciseEntry.done(AIR_BENCH.exerciseId(), Performed.of(-30), 3);

		assertThat(errorsOf(draft(DAY_1, entry))).containsExactly("entries[0].performed.amount");
	}

	@Test
	void record_effortOutOfRange_isRejectedNamingTheField() {
		assertThat(errorsOf(draft(DAY_1, done(AIR_BENCH, 12)))).containsExactly("entries[0].effort");
	}

	@Test
	void record_feedbackForAnExerciseNotOnTheMenu_isRejectedNamingTheField() {
		ExerciseEntry offMenu = ExerciseEntry.done("frog", Performed.of(60), 3, wakeUpCramp("hip-adductors"));

		assertThat(errorsOf(draft(DAY_1, done(GLUTEALS, 3), offMenu))).containsExactly("entries[1].exerciseId");
	}

	@Test
	void record_sameExerciseTwice_isRejected() {
		assertThat(errorsOf(draft(DAY_1, done(GLUTEALS, 3), done(GLUTEALS, 4))))
			.containsExactly("entries[1].exerciseId");
	}

	@Test
	void record_sessionDatedTomorrow_isRejectedNamingTheDate() {
		assertThat(errorsOf(draft(DAY_1.plusDays(1), done(GLUTEALS, 3)))).containsExactly("date");
	}

	@Test
	void record_sessionDatedToday_isAccepted() {
		assertThat(errorsOf(draft(DAY_1, done(GLUTEALS, 3)))).isEmpty();
	}

	@Test
	void record_severalProblems_reportsEachOnce() {
		CrampReport bad = new CrampReport("gluteus-maximus", 11, CrampOnset.DURING, -1, EasedBy.NOTHING, Set.of());
		SessionDraft draft = new SessionDraft("client-7", MENU.menuId(), DAY_1.plusDays(3),
				List.of(done(GLUTEALS, 3, bad)), List.of(), false, "");

		assertThat(errorsOf(draft)).containsExactlyInAnyOrder("date", "entries[0].feedback[0].intensity",
				"entries[0].feedback[0].minutesToEase");
	}

	@Test
	void record_standaloneNightCrampOutOfRange_namesIt() {
		SessionDraft draft = new SessionDraft("client-7", MENU.menuId(), DAY_1, List.of(),
				List.of(new CrampReport("calf", 15, CrampOnset.NIGHT, 3, EasedBy.MOVING, Set.of())), false, "");

		assertThat(errorsOf(draft)).containsExactly("standaloneCramps[0].intensity");
	}

	@Test
	void record_standaloneCrampDuringAnExercise_isRejectedNamingTheOnset() {
		SessionDraft draft = new SessionDraft("client-7", MENU.menuId(), DAY_1, List.of(),
				List.of(new CrampReport("calf", 3, CrampOnset.DURING, 1, EasedBy.STRETCHING, Set.of())), false, "");

		assertThat(errorsOf(draft)).containsExactly("standaloneCramps[0].onset");
	}

	@Test
	void correct_appendsVersionTwoPointingToVersionOne_andKeepsTheOld() {
		SessionLogHistory first = recorded(
				this.logger.record("log-1", draft(DAY_1, done(AIR_BENCH, 5, pain(6))), MENU, "client-7"));
		SessionLogger later = new SessionLogger(clockOn(DAY_1.plusDays(1)));

		SessionLogHistory corrected = recorded(
				later.correct(first, draft(DAY_1, done(AIR_BENCH, 5, pain(2))), MENU, "client-7", "typed 6 for 2"));

		assertThat(corrected.versions()).hasSize(2);
		assertThat(corrected.versions().get(0)).isEqualTo(first.current());
		assertThat(corrected.current().version()).isEqualTo(2);
		assertThat(corrected.current().replacesVersion()).contains(1);
		assertThat(corrected.current().correctionReason()).contains("typed 6 for 2");
		assertThat(corrected.current().worstPain()).isEqualTo(2);
		assertThat(first.versions()).hasSize(1);
	}

	@Test
	void correct_invalidDraft_isRejectedAndChangesNothing() {
		SessionLogHistory first = recorded(
				this.logger.record("log-1", draft(DAY_1, done(AIR_BENCH, 5)), MENU, "client-7"));
		CrampReport bad = new CrampReport("quadriceps", 11, CrampOnset.DURING, 1, EasedBy.STRETCHING, Set.of());

		LogOutcome outcome = this.logger.correct(first, draft(DAY_1, done(AIR_BENCH, 5, bad)), MENU, "client-7",
				"forgot the cramp");

		assertThat(outcome).isInstanceOf(LogOutcome.Rejected.class);
		assertThat(first.versions()).hasSize(1);
		assertThat(first.current().entries().get(0).feedback()).isEmpty();
	}

	@Test
	void correct_withoutReason_isRejectedNamingTheReason() {
		SessionLogHistory first = recorded(
				this.logger.record("log-1", draft(DAY_1, done(AIR_BENCH, 5)), MENU, "client-7"));

		LogOutcome outcome = this.logger.correct(first, draft(DAY_1, done(AIR_BENCH, 6)), MENU, "client-7", " ");

		assertThat(((LogOutcome.Rejected) outcome).errors()).extracting(FieldError::field)
			.containsExactly("correctionReason");
	}

	@Test
	void history_versionThatDoesNotPointToItsPredecessor_isRefused() {
		SessionLog first = ((LogOutcome.Recorded) this.logger.record("log-1", draft(DAY_1, done(AIR_BENCH, 5)), MENU,
				"client-7"))
			.log();
		SessionLog orphan = new SessionLog("log-1", 2, Optional.empty(), first.session(), first.recordedAt(),
				"client-7", Optional.of("no pointer"));

		Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new SessionLogHistory("log-1", List.of(first, orphan)))
			.withMessageContaining("must replace version 1");
	}

	@Test
	void skipped_withReason_isValid() {
		assertThat(errorsOf(draft(DAY_1, ExerciseEntry.skipped(AIR_BENCH.exerciseId(), "no time")))).isEmpty();
	}

	@Test
	void skipped_withPerformedAmount_isRejected() {
		ExerciseEntry odd = new ExerciseEntry(AIR_BENCH.exerciseId(), false, Optional.of("tired"),
				Optional.of(Performed.of(30)), Optional.empty(), List.of());

		assertThat(errorsOf(draft(DAY_1, odd))).containsExactly("entries[0].performed");
	}

	private List<String> errorsOf(SessionDraft draft) {
		LogOutcome outcome = this.logger.record("log-x", draft, MENU, "client-7");
		if (outcome instanceof LogOutcome.Rejected rejected) {
			return rejected.errors().stream().map(FieldError::field).toList();
		}
		return List.of();
	}

	private static SessionLogHistory recorded(LogOutcome outcome) {
		assertThat(outcome).isInstanceOf(LogOutcome.Recorded.class);
		return ((LogOutcome.Recorded) outcome).history();
	}

}
