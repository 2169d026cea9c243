package org.realign.core.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realign.core.prescription.PrescribedMenu;
import org.realign.core.prescription.PrescribedItem;
import org.realign.core.prescription.Dose;
import org.realign.core.feedback.RuleOutcome.Proposal;
import org.realign.core.feedback.RuleOutcome.ProposalKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realign.core.feedback.FeedbackFixtures.CATS;
import static org.realign.core.feedback.FeedbackFixtures.CLIENT;
import static org.realign.core.feedback.FeedbackFixtures.DAY_1;
import static org.realign.core.feedback.FeedbackFixtures.GLUTEALS;
import static org.realign.core.feedback.FeedbackFixtures.GROIN;
import static org.realign.core.feedback.FeedbackFixtures.MENU;
import static org.realign.core.feedback.FeedbackFixtures.AIR_BENCH;
import static org.realign.core.feedback.FeedbackFixtures.done;
import static org.realign.core.feedback.FeedbackFixtures.draft;
import static org.realign.core.feedback.FeedbackFixtures.logs;
import static org.realign.core.feedback.FeedbackFixtures.pain;
import static org.realign.core.feedback.FeedbackFixtures.wakeUpCramp;

/**
 * The loop's promises at their boundaries: a spasm holds every dose still, woken-up
 * muscles move on (but not when the exercise was made easier), and the no-effort rule
 * counts runs of effort ratings exactly.
 */
class LoopGuardrailsTest {

	private final ProgressionEngine engine = new ProgressionEngine();

	// a spasm is a guardrail

	@Test
	void spasmInTheSession_stopsTheRaiseOfAWakeUpCrampOnAnotherExercise() {
		Evaluation result = this.engine
			.evaluate(feedback(logs(draft(DAY_1, done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus")),
					done(CATS, 4, new SpasmReport("low-back", 6)))), List.of(), List.of()));

		assertThat(proposals(result, "chase-the-cramp")).isEmpty();
		assertThat(result.blocked()).singleElement()
			.satisfies((blocked) -> assertThat(blocked.reasons())
				.contains("a spasm (low-back, severity 6) was reported in this session"));
	}

	@Test
	void openSpasmEpisode_holdsTheDoseOnLaterDays_untilThePractitionerClearsIt() {
		List<SessionLog> logs = logs(draft(DAY_1.plusDays(3), done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus"))));
		OpenSpasm open = new OpenSpasm("spasm-1", DAY_1, "low-back");

		Evaluation whileOpen = this.engine.evaluate(feedback(logs, List.of(open), List.of()));
		Evaluation cleared = this.engine.evaluate(feedback(logs, List.of(), List.of()));

		assertThat(proposals(whileOpen, "chase-the-cramp")).isEmpty();
		assertThat(whileOpen.blocked()).singleElement()
			.satisfies((blocked) -> assertThat(blocked.reasons())
				.contains("a spasm episode in the low-back since " + DAY_1 + " is open until you clear it"));
		assertThat(proposals(cleared, "chase-the-cramp")).hasSize(1);
	}

	@Test
	void spasmEpisodeThatStartedAfterTheSession_doesNotReachBackToIt() {
		List<SessionLog> logs = logs(draft(DAY_1, done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus"))));

		Evaluation result = this.engine
			.evaluate(feedback(logs, List.of(new OpenSpasm("spasm-2", DAY_1.plusDays(1), "low-back")), List.of()));

		assertThat(proposals(result, "chase-the-cramp")).hasSize(1);
	}

	@Test
	void openSpasm_alsoStopsTheNoEffortProgression_butNotARegressionForPain() {
		List<SessionLog> quiet = logs(draft(DAY_1, done(GROIN, 1), done(AIR_BENCH, 3)),
				draft(DAY_1.plusDays(1), done(GROIN, 1), done(AIR_BENCH, 3)),
				draft(DAY_1.plusDays(2), done(GROIN, 1), done(AIR_BENCH, 7, pain(6))));
		OpenSpasm open = new OpenSpasm("spasm-1", DAY_1, "low-back");

		Evaluation result = this.engine.evaluate(feedback(quiet, List.of(open), List.of()));

		assertThat(proposals(result, "no-cramp-no-effort")).isEmpty();
		assertThat(proposals(result, "pain-regress")).singleElement()
			.satisfies((p) -> assertThat(p.kind()).isEqualTo(ProposalKind.REGRESS));
	}

	// woken up, then onwards

	@Test
	void wokenUp_runOfQuietSessions_firesAtExactlyTheSettingAndProposesTheNextStep() {
		List<Evaluation> perSession = wakeUpThenQuiet(BRIDGE, 6, List.of());

		assertThat(perSession.get(4).milestones()).as("4 quiet sessions").isEmpty();
		assertThat(perSession.get(4).proposals()).noneMatch((p) -> p.ruleId().equals("woken-up"));
		assertThat(perSession.get(5).milestones()).as("5 quiet sessions")
			.singleElement()
			.satisfies((m) -> assertThat(m.muscle()).isEqualTo("gluteus-maximus"));
		Proposal onwards = single(proposals(perSession.get(5), "woken-up"));
		assertThat(onwards.kind()).isEqualTo(ProposalKind.PROGRESS);
		assertThat(onwards.newExerciseId()).contains("single-leg-glute-bridge");
		assertThat(onwards.sourceIds()).contains("fb-chase-the-cramp-lore");
		assertThat(perSession.get(6).milestones()).as("6 quiet sessions: once only").isEmpty();
		assertThat(proposals(perSession.get(6), "woken-up")).isEmpty();
	}

	@Test
	void wokenUp_withNoHarderStepCatalogued_proposesToRetireTheExercise() {
		List<Evaluation> perSession = wakeUpThenQuiet(GLUTEALS, 5, List.of());

		Proposal retire = single(proposals(perSession.get(5), "woken-up"));
		assertThat(retire.kind()).isEqualTo(ProposalKind.RETIRE);
		assertThat(retire.reasoning()).contains("retire");
	}

	@Test
	void wokenUp_afterTheMenuSteppedBackIntoTheExercise_isNotAMilestone() {
		// The practitioner regressed to the gluteal contractions on the day of the
		// last cramp: the quiet that follows is the easier exercise, not a muscle that
		// woke.
		List<Evaluation> perSession = wakeUpThenQuiet(GLUTEALS, 6,
				List.of(new Regression(DAY_1, "glute-bridge", GLUTEALS.exerciseId())));

		assertThat(perSession).allSatisfy((evaluation) -> {
			assertThat(evaluation.milestones()).isEmpty();
			assertThat(proposals(evaluation, "woken-up")).isEmpty();
		});
	}

	@Test
	void wokenUp_regressionBeforeTheLastWakeUpCramp_doesNotStopTheMilestone() {
		List<Evaluation> perSession = wakeUpThenQuiet(GLUTEALS, 5,
				List.of(new Regression(DAY_1.minusDays(1), "glute-bridge", GLUTEALS.exerciseId())));

		assertThat(perSession.get(5).milestones()).hasSize(1);
	}

	@Test
	void wokenUp_quietOnlyBecauseLessWasDone_restartsTheCount() {
		List<SessionDraft> drafts = new ArrayList<>();
		drafts.add(draft(DAY_1, doneAmount(GLUTEALS, 20, wakeUpCramp("gluteus-maximus"))));
		drafts.add(draft(DAY_1.plusDays(1), doneAmount(GLUTEALS, 20)));
		drafts.add(draft(DAY_1.plusDays(2), doneAmount(GLUTEALS, 10)));
		for (int day = 3; day <= 7; day++) {
			drafts.add(draft(DAY_1.plusDays(day), doneAmount(GLUTEALS, 20)));
		}
		List<Evaluation> perSession = evaluations(drafts, List.of());

		// day 5 would be the 5th quiet session, but day 2 did half: it counts from day 3
		assertThat(perSession.get(5).milestones()).isEmpty();
		assertThat(perSession.get(7).milestones()).hasSize(1);
	}

	@Test
	void wokenUp_withASpasmOpen_keepsTheMilestoneButHoldsTheProposal() {
		List<SessionDraft> drafts = new ArrayList<>();
		drafts.add(draft(DAY_1, done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus"))));
		for (int day = 1; day <= 5; day++) {
			drafts.add(draft(DAY_1.plusDays(day), done(GLUTEALS, 5)));
		}
		Evaluation result = this.engine.evaluate(feedback(logs(drafts.toArray(SessionDraft[]::new)),
				List.of(new OpenSpasm("spasm-1", DAY_1.plusDays(2), "low-back")), List.of()));

		assertThat(result.milestones()).hasSize(1);
		assertThat(proposals(result, "woken-up")).isEmpty();
	}

	// no cramp, no effort

	@Test
	void noEffort_runsAroundTheCount_andTheEffortMarkItself() {
		int mark = PracticeSettings.defaults().lowEffortMax();
		List<SessionDraft> drafts = new ArrayList<>();
		for (int day = 0; day < 6; day++) {
			drafts.add(draft(DAY_1.plusDays(day), done(GROIN, mark)));
		}
		List<Evaluation> perSession = evaluations(drafts, List.of());

		assertThat(proposals(perSession.get(1), "no-cramp-no-effort")).as("2 sessions").isEmpty();
		assertThat(proposals(perSession.get(2), "no-cramp-no-effort")).as("3 sessions at the mark").hasSize(1);
		assertThat(proposals(perSession.get(3), "no-cramp-no-effort")).as("4 sessions").isEmpty();
		assertThat(proposals(perSession.get(5), "no-cramp-no-effort")).as("6 sessions: asks again").hasSize(1);
	}

	@Test
	void noEffort_oneSessionJustAboveTheMark_breaksTheRun() {
		int mark = PracticeSettings.defaults().lowEffortMax();
		Evaluation result = this.engine.evaluate(feedback(
				logs(draft(DAY_1, done(GROIN, mark)), draft(DAY_1.plusDays(1), done(GROIN, mark + 1)),
						draft(DAY_1.plusDays(2), done(GROIN, mark)), draft(DAY_1.plusDays(3), done(GROIN, 0))),
				List.of(), List.of()));

		assertThat(proposals(result, "no-cramp-no-effort")).isEmpty();
	}

	@Test
	void noEffort_citesTheEffortScale() {
		assertThat(ProgressionRules.NO_CRAMP_NO_EFFORT.sourceIds()).contains("fb-borg-1982");
	}

	// fixtures

	/** The glute bridge: works the buttocks, with a harder step catalogued. */
	static final PrescribedItem BRIDGE = new PrescribedItem("glute-bridge", List.of("gluteus-maximus", "hamstrings"),
			Dose.reps(10), true, Optional.of("standing-gluteal-contractions"), Optional.of("single-leg-glute-bridge"));

	static final PrescribedMenu LOOP_MENU = new PrescribedMenu(MENU.menuId(), 7,
			List.of(GROIN, CATS, AIR_BENCH, GLUTEALS, BRIDGE));

	private List<Evaluation> wakeUpThenQuiet(PrescribedItem item, int quietSessions, List<Regression> regressions) {
		List<SessionDraft> drafts = new ArrayList<>();
		drafts.add(draft(DAY_1, done(item, 5, wakeUpCramp(item.targetMuscles().get(0)))));
		for (int day = 1; day <= quietSessions; day++) {
			drafts.add(draft(DAY_1.plusDays(day), done(item, 5)));
		}
		return evaluations(drafts, regressions);
	}

	private List<Evaluation> evaluations(List<SessionDraft> drafts, List<Regression> regressions) {
		List<Evaluation> perSession = new ArrayList<>();
		for (int i = 1; i <= drafts.size(); i++) {
			perSession.add(this.engine
				.evaluate(feedback(logs(drafts.subList(0, i).toArray(SessionDraft[]::new)), List.of(), regressions)));
		}
		return perSession;
	}

	private static ExerciseEntry doneAmount(PrescribedItem item, int amount, Feedback... feedback) {
		return ExerciseEntry.done(item.exerciseId(), Performed.of(amount), 5, feedback);
	}

	private static ClientFeedback feedback(List<SessionLog> logs, List<OpenSpasm> open, List<Regression> regressions) {
		return new ClientFeedback(CLIENT, LOOP_MENU, logs, SafetyStatus.clear(), Optional.empty(),
				PracticeSettings.defaults(), open, regressions);
	}

	private static List<Proposal> proposals(Evaluation evaluation, String ruleId) {
		return evaluation.proposals().stream().filter((p) -> p.ruleId().equals(ruleId)).toList();
	}

	private static <T> T single(List<T> list) {
		assertThat(list).hasSize(1);
		return list.get(0);
	}

	static LocalDate day(int n) {
		return DAY_1.plusDays(n);
	}

}
