package org.realign.core.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.realign.core.feedback.RuleOutcome.AlertLevel;
import org.realign.core.feedback.RuleOutcome.Proposal;
import org.realign.core.feedback.RuleOutcome.ProposalKind;
import org.realign.core.prescription.Dose;
import org.realign.core.source.SourceCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realign.core.feedback.FeedbackFixtures.AIR_BENCH;
import static org.realign.core.feedback.FeedbackFixtures.CATS;
import static org.realign.core.feedback.FeedbackFixtures.DAY_1;
import static org.realign.core.feedback.FeedbackFixtures.GLUTEALS;
import static org.realign.core.feedback.FeedbackFixtures.GROIN;
import static org.realign.core.feedback.FeedbackFixtures.client;
import static org.realign.core.feedback.FeedbackFixtures.cramp;
import static org.realign.core.feedback.FeedbackFixtures.done;
import static org.realign.core.feedback.FeedbackFixtures.draft;
import static org.realign.core.feedback.FeedbackFixtures.draftWithNightCramp;
import static org.realign.core.feedback.FeedbackFixtures.logs;
import static org.realign.core.feedback.FeedbackFixtures.pain;
import static org.realign.core.feedback.FeedbackFixtures.wakeUpCramp;

class ProgressionRulesTest {

	private final ProgressionEngine engine = new ProgressionEngine();

	@Test
	void allCurrentRules_haveUniqueIdsReasoningAndKnownSources() {
		SourceCatalog sources = SourceCatalog.load();
		List<ProgressionRule> rules = ProgressionRules.allCurrentRules();

		assertThat(rules).extracting(ProgressionRule::id)
			.doesNotHaveDuplicates()
			.contains("chase-the-cramp", "chase-guardrail", "pain-regress", "woken-up", "no-cramp-no-effort",
					"cramp-medical-review");
		for (ProgressionRule rule : rules) {
			assertThat(rule.reasoning()).as(rule.id()).isNotBlank();
			assertThat(rule.sourceIds()).as(rule.id()).isNotEmpty().allMatch(sources::contains);
		}
	}

	// chase-the-cramp

	@Test
	void chaseTheCramp_wakeUpCrampWithoutPain_keepsTheExerciseAndRaisesItsDoseGently() {
		Evaluation result = evaluate(draft(DAY_1, done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus"))));

		Proposal proposal = only(result, "chase-the-cramp");
		assertThat(proposal.kind()).isEqualTo(ProposalKind.RAISE_DOSE);
		assertThat(proposal.exerciseId()).isEqualTo(GLUTEALS.exerciseId());
		assertThat(proposal.newDose()).contains(Dose.reps(22));
		assertThat(proposal.reasoning()).contains("gluteus-maximus");
		assertThat(result.blocked()).isEmpty();
	}

	@Test
	void chaseTheCramp_noCramp_doesNotFire() {
		assertThat(proposals(evaluate(draft(DAY_1, done(GLUTEALS, 5))), "chase-the-cramp")).isEmpty();
	}

	@Test
	void chaseTheCramp_crampWithMildPain_doesNotFireAndTheGuardrailSaysWhy() {
		Evaluation result = evaluate(draft(DAY_1, done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus"), pain(2))));

		assertThat(proposals(result, "chase-the-cramp")).isEmpty();
		assertThat(result.blocked()).singleElement()
			.satisfies((blocked) -> assertThat(blocked.reasons()).anyMatch((r) -> r.contains("pain")));
		assertThat(result.alerts()).anyMatch((alert) -> alert.ruleId().equals("chase-guardrail"));
	}

	@Test
	void chaseTheCramp_openRedFlag_doesNotFire() {
		SafetyStatus flagged = new SafetyStatus(SafetyStatus.Level.PRACTITIONER_REVIEW,
				List.of("unexplained-weight-loss"));

		Evaluation result = this.engine
			.evaluate(client(logs(draft(DAY_1, done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus")))), flagged,
					PracticeSettings.defaults()));

		assertThat(proposals(result, "chase-the-cramp")).isEmpty();
		assertThat(result.blocked()).singleElement()
			.satisfies(
					(blocked) -> assertThat(blocked.reasons()).anyMatch((r) -> r.contains("unexplained-weight-loss")));
	}

	@Test
	void chaseTheCramp_crampOutsideTheTarget_doesNotFire() {
		Evaluation result = evaluate(draft(DAY_1, done(GLUTEALS, 5, cramp("hamstrings", CrampOnset.DURING, 1))));

		assertThat(proposals(result, "chase-the-cramp")).isEmpty();
	}

	@Test
	void chaseTheCramp_onlyForExercisesOfTheLatestSession() {
		List<SessionLog> history = logs(draft(DAY_1, done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus"))),
				draft(DAY_1.plusDays(1), done(AIR_BENCH, 5)));

		assertThat(proposals(this.engine.evaluate(client(history)), "chase-the-cramp")).isEmpty();
	}

	@Test
	void evaluateOneLog_lateLoggedSession_isReadAsOfItsOwnDay() {
		List<SessionLog> history = logs(draft(DAY_1, done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus"))),
				draft(DAY_1.plusDays(1), done(AIR_BENCH, 5)));

		Evaluation result = this.engine.evaluate(client(history), "log-" + DAY_1);

		assertThat(proposals(result, "chase-the-cramp")).hasSize(1);
		Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> this.engine.evaluate(client(history), "log-unknown"));
	}

	// pain-regress

	@Test
	void painRegress_painAboveThreshold_proposesTheRegressionAndAlertsThePractitioner() {
		Evaluation result = evaluate(draft(DAY_1, done(AIR_BENCH, 6, pain(5))));

		Proposal proposal = only(result, "pain-regress");
		assertThat(proposal.kind()).isEqualTo(ProposalKind.REGRESS);
		assertThat(proposal.newExerciseId()).contains("static-wall");
		assertThat(result.alerts()).anySatisfy((alert) -> {
			assertThat(alert.ruleId()).isEqualTo("pain-regress");
			assertThat(alert.level()).isEqualTo(AlertLevel.PRACTITIONER);
			assertThat(alert.forPractitioner()).contains("NPRS 5").contains("sharp pain");
			assertThat(alert.forClient()).contains(ClientMessages.PAIN_ABOVE_THRESHOLD);
		});
	}

	@Test
	void painRegress_painAtThreshold_doesNotFire() {
		Evaluation result = evaluate(draft(DAY_1, done(AIR_BENCH, 6, pain(3))));

		assertThat(proposals(result, "pain-regress")).isEmpty();
		assertThat(result.alerts()).noneMatch((alert) -> alert.ruleId().equals("pain-regress"));
	}

	@Test
	void painRegress_followsThePracticeThreshold() {
		Evaluation result = this.engine.evaluate(client(logs(draft(DAY_1, done(AIR_BENCH, 6, pain(3)))),
				SafetyStatus.clear(), PracticeSettings.defaults().withPainThreshold(2)));

		assertThat(proposals(result, "pain-regress")).hasSize(1);
	}

	@Test
	void painRegress_noRegressionCatalogued_proposesAReplacementThePractitionerPicks() {
		Evaluation result = evaluate(draft(DAY_1, done(CATS, 6, pain(7))));

		Proposal proposal = only(result, "pain-regress");
		assertThat(proposal.kind()).isEqualTo(ProposalKind.REPLACE);
		assertThat(proposal.newExerciseId()).isEmpty();
	}

	// woken-up

	@Test
	void wokenUp_fiveQuietSessionsAfterWakeUpCramps_firesOnceForTheCrampedMuscle() {
		List<SessionDraft> drafts = new ArrayList<>();
		drafts.add(draft(DAY_1, done(GLUTEALS, 5, wakeUpCramp("gluteus-medius"))));
		for (int day = 1; day <= 6; day++) {
			drafts.add(draft(DAY_1.plusDays(day), done(GLUTEALS, 5)));
		}
		List<List<RuleOutcome.Milestone>> perSession = new ArrayList<>();
		for (int i = 1; i <= drafts.size(); i++) {
			perSession.add(
					this.engine.evaluate(client(logs(drafts.subList(0, i).toArray(SessionDraft[]::new)))).milestones());
		}

		assertThat(perSession.get(4)).isEmpty();
		assertThat(perSession.get(5)).singleElement().satisfies((milestone) -> {
			assertThat(milestone.muscle()).isEqualTo("gluteus-medius");
			assertThat(milestone.exerciseId()).isEqualTo(GLUTEALS.exerciseId());
			assertThat(milestone.date()).isEqualTo(DAY_1.plusDays(5));
		});
		assertThat(perSession.get(6)).isEmpty();
	}

	@Test
	void wokenUp_exerciseThatNeverCramped_doesNotFire() {
		List<SessionDraft> drafts = new ArrayList<>();
		for (int day = 0; day < 6; day++) {
			drafts.add(draft(DAY_1.plusDays(day), done(GLUTEALS, 5)));
		}

		assertThat(this.engine.evaluate(client(logs(drafts.toArray(SessionDraft[]::new)))).milestones()).isEmpty();
	}

	@Test
	void wokenUp_crampReturnsWithinTheQuietRun_doesNotFire() {
		Evaluation result = this.engine
			.evaluate(client(logs(draft(DAY_1, done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus"))),
					draft(DAY_1.plusDays(1), done(GLUTEALS, 5)), draft(DAY_1.plusDays(2), done(GLUTEALS, 5)),
					draft(DAY_1.plusDays(3), done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus"))),
					draft(DAY_1.plusDays(4), done(GLUTEALS, 5)), draft(DAY_1.plusDays(5), done(GLUTEALS, 5)))));

		assertThat(result.milestones()).isEmpty();
	}

	// no-cramp-no-effort

	@Test
	void noCrampNoEffort_threeEffortlessSessions_proposesTheProgression() {
		Evaluation result = this.engine.evaluate(client(logs(draft(DAY_1, done(GROIN, 1)),
				draft(DAY_1.plusDays(1), done(GROIN, 2)), draft(DAY_1.plusDays(2), done(GROIN, 0)))));

		Proposal proposal = only(result, "no-cramp-no-effort");
		assertThat(proposal.kind()).isEqualTo(ProposalKind.PROGRESS);
		assertThat(proposal.newExerciseId()).contains("supine-groin-progressive");
	}

	@Test
	void noCrampNoEffort_noProgressionCatalogued_raisesTheDose() {
		Evaluation result = this.engine.evaluate(client(logs(draft(DAY_1, done(CATS, 1)),
				draft(DAY_1.plusDays(1), done(CATS, 1)), draft(DAY_1.plusDays(2), done(CATS, 1)))));

		Proposal proposal = only(result, "no-cramp-no-effort");
		assertThat(proposal.kind()).isEqualTo(ProposalKind.RAISE_DOSE);
		assertThat(proposal.newDose()).contains(Dose.reps(11));
	}

	@Test
	void noCrampNoEffort_effortAboveTheMaximum_doesNotFire() {
		Evaluation result = this.engine.evaluate(client(logs(draft(DAY_1, done(GROIN, 1)),
				draft(DAY_1.plusDays(1), done(GROIN, 5)), draft(DAY_1.plusDays(2), done(GROIN, 1)))));

		assertThat(proposals(result, "no-cramp-no-effort")).isEmpty();
	}

	@Test
	void noCrampNoEffort_effortNotReported_doesNotFire() {
		ExerciseEntry silent = new ExerciseEntry(GROIN.exerciseId(), true, Optional.empty(),
				Optional.of(Performed.perSide(300, 300)), Optional.empty(), List.of());
		Evaluation result = this.engine.evaluate(
				client(logs(draft(DAY_1, silent), draft(DAY_1.plusDays(1), silent), draft(DAY_1.plusDays(2), silent))));

		assertThat(proposals(result, "no-cramp-no-effort")).isEmpty();
	}

	@Test
	void noCrampNoEffort_redFlagOpen_doesNotFire() {
		SafetyStatus flagged = new SafetyStatus(SafetyStatus.Level.PRACTITIONER_REVIEW, List.of("fever-or-chills"));
		Evaluation result = this.engine
			.evaluate(client(logs(draft(DAY_1, done(GROIN, 1)), draft(DAY_1.plusDays(1), done(GROIN, 1)),
					draft(DAY_1.plusDays(2), done(GROIN, 1))), flagged, PracticeSettings.defaults()));

		assertThat(proposals(result, "no-cramp-no-effort")).isEmpty();
	}

	// cramp-medical-review

	@Test
	void crampMedicalReview_nightCrampAfterStatin_alertsAndTellsTheClientToSeeADoctor() {
		Evaluation result = evaluate(draftWithNightCramp(DAY_1,
				cramp("calf", CrampOnset.NIGHT, 5, CrampContext.STATIN_STARTED_RECENTLY), done(GROIN, 4)));

		assertThat(result.alerts()).anySatisfy((alert) -> {
			assertThat(alert.ruleId()).isEqualTo("cramp-medical-review");
			assertThat(alert.level()).isEqualTo(AlertLevel.SEE_A_DOCTOR);
			assertThat(alert.forClient()).contains(ClientMessages.CRAMP_SEE_A_DOCTOR);
		});
	}

	@Test
	void crampMedicalReview_wakeUpCramp_doesNotFire() {
		Evaluation result = evaluate(draft(DAY_1, done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus"))));

		assertThat(result.alerts()).noneMatch((alert) -> alert.ruleId().equals("cramp-medical-review"));
	}

	@Test
	void openMedicalReview_blocksChasingOnLaterDays_untilThePractitionerClearsIt() {
		List<SessionLog> history = logs(
				draftWithNightCramp(DAY_1, cramp("calf", CrampOnset.NIGHT, 5, CrampContext.STATIN_STARTED_RECENTLY)),
				draft(DAY_1.plusDays(2), done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus"))));

		Evaluation blocked = this.engine.evaluate(client(history));
		Evaluation cleared = this.engine.evaluate(new ClientFeedback(FeedbackFixtures.CLIENT, FeedbackFixtures.MENU,
				history, SafetyStatus.clear(), Optional.of(DAY_1.plusDays(1)), PracticeSettings.defaults()));

		assertThat(proposals(blocked, "chase-the-cramp")).isEmpty();
		assertThat(blocked.blocked()).singleElement()
			.satisfies((b) -> assertThat(b.reasons()).anyMatch((r) -> r.contains("awaits medical review")));
		assertThat(proposals(cleared, "chase-the-cramp")).hasSize(1);
	}

	@Test
	void pausedProgramme_yieldsNoProposalsOnlyTheUrgentAlert() {
		SafetyStatus paused = new SafetyStatus(SafetyStatus.Level.PAUSED, List.of("bladder-change"));

		Evaluation result = this.engine.evaluate(client(
				logs(draft(DAY_1, done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus")), done(AIR_BENCH, 5, pain(6)))),
				paused, PracticeSettings.defaults()));

		assertThat(result.proposals()).isEmpty();
		assertThat(result.alerts().get(0).level()).isEqualTo(AlertLevel.URGENT);
		assertThat(result.alerts().get(0).forClient()).contains(ClientMessages.SEEK_URGENT_CARE);
	}

	// decisions

	@Test
	void decisions_recordWhoAndWhen_andAutoApplyFollowsThePracticeSetting() {
		Proposal proposal = only(evaluate(draft(DAY_1, done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus")))),
				"chase-the-cramp");
		var clock = FeedbackFixtures.clockOn(DAY_1.plusDays(1));

		ProposalDecision accepted = ProposalDecision.accept(proposal, "practitioner-2", clock, "agreed");
		ProposalDecision rejected = ProposalDecision.reject(proposal, "practitioner-2", clock, "wait a week");

		assertThat(accepted.verdict()).isEqualTo(ProposalDecision.Verdict.ACCEPTED);
		assertThat(accepted.decidedBy()).isEqualTo("practitioner-2");
		assertThat(accepted.decidedAt()).isEqualTo(FeedbackFixtures.noon(DAY_1.plusDays(1)));
		assertThat(rejected.verdict()).isEqualTo(ProposalDecision.Verdict.REJECTED);
		assertThat(ProposalDecision.autoApplied(List.of(proposal), PracticeSettings.defaults(), clock)).isEmpty();
		assertThat(
				ProposalDecision.autoApplied(List.of(proposal), PracticeSettings.defaults().withAutoApply(true), clock))
			.singleElement()
			.satisfies((decision) -> {
				assertThat(decision.verdict()).isEqualTo(ProposalDecision.Verdict.AUTO_APPLIED);
				assertThat(decision.decidedBy()).isEqualTo(ProposalDecision.AUTO_APPLY);
			});
	}

	private Evaluation evaluate(SessionDraft draft) {
		return this.engine.evaluate(client(logs(draft)));
	}

	private static List<Proposal> proposals(Evaluation evaluation, String ruleId) {
		return evaluation.proposals().stream().filter((p) -> p.ruleId().equals(ruleId)).toList();
	}

	private static Proposal only(Evaluation evaluation, String ruleId) {
		List<Proposal> found = proposals(evaluation, ruleId);
		assertThat(found).as(ruleId).hasSize(1);
		return found.get(0);
	}

}
