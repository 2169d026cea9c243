package org.realign.core.feedback;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realign.core.feedback.RuleOutcome.AlertLevel;
import org.realign.core.feedback.RuleOutcome.Milestone;
import org.realign.core.feedback.RuleOutcome.Proposal;
import org.realign.core.feedback.RuleOutcome.ProposalKind;
import org.realign.core.feedback.outcome.OutcomeRecord.AssessmentPoint;
import org.realign.core.feedback.outcome.OutcomeRecord;
import org.realign.core.feedback.progress.ProgressSummaries;
import org.realign.core.feedback.progress.ProgressSummary;
import org.realign.core.feedback.safety.RedFlagQuestion;
import org.realign.core.feedback.safety.RedFlagQuestionnaire;
import org.realign.core.feedback.safety.RedFlagScreening;
import org.realign.core.feedback.safety.RescreenPolicy;
import org.realign.core.feedback.safety.ScreeningAnswers;
import org.realign.core.feedback.safety.ScreeningOutcome;
import org.realign.core.feedback.spasm.ReExposurePlans;
import org.realign.core.feedback.spasm.SpasmAdvisor;
import org.realign.core.feedback.spasm.SpasmAssessment;
import org.realign.core.feedback.spasm.SpasmEpisode;
import org.realign.core.feedback.spasm.SpasmTrigger;
import org.realign.core.finding.Finding;
import org.realign.core.finding.Severity;
import org.realign.core.prescription.Dose;
import org.realign.core.prescription.PrescribedItem;
import org.realign.core.prescription.PrescribedMenu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realign.core.feedback.FeedbackFixtures.AIR_BENCH;
import static org.realign.core.feedback.FeedbackFixtures.CATS;
import static org.realign.core.feedback.FeedbackFixtures.CLIENT;
import static org.realign.core.feedback.FeedbackFixtures.DAY_1;
import static org.realign.core.feedback.FeedbackFixtures.GLUTEALS;
import static org.realign.core.feedback.FeedbackFixtures.GROIN;
import static org.realign.core.feedback.FeedbackFixtures.MENU;
import static org.realign.core.feedback.FeedbackFixtures.clockOn;
import static org.realign.core.feedback.FeedbackFixtures.cramp;
import static org.realign.core.feedback.FeedbackFixtures.done;
import static org.realign.core.feedback.FeedbackFixtures.pain;
import static org.realign.core.feedback.FeedbackFixtures.wakeUpCramp;

/**
 * Four weeks of one client's sessions, logged day by day through the same path the app
 * will use: the gluteal wake-up cramps are chased and then fade, so the "woken up"
 * milestone fires; a pain report in the air bench proposes its regression and alerts the
 * practitioner; a night calf cramp after starting a statin is flagged for medical review
 * and blocks the chasing; a spasm after bending forward brings a re-exposure plan and the
 * after-back-spasm starter menu.
 */
class FourWeekScenarioTest {

	static final List<Finding> FINDINGS = List.of(
			Finding.of("anterior-pelvic-tilt", Severity.MODERATE, List.of("pelvic-tilt-sagittal")),
			Finding.of("lower-crossed-syndrome", Severity.MILD, List.of("anterior-pelvic-tilt")));

	private final List<SessionLog> logs = new ArrayList<>();

	private final Map<LocalDate, Evaluation> evaluations = new HashMap<>();

	private final Map<LocalDate, List<String>> rescreens = new HashMap<>();

	private PrescribedMenu menu = MENU;

	private SafetyStatus safety = SafetyStatus.clear();

	@Test
	void fourWeeks() {
		// Intake: red-flag screen all clear.
		RedFlagQuestionnaire questionnaire = RedFlagQuestionnaire.load();
		Map<String, Boolean> allNo = new HashMap<>();
		questionnaire.questions().stream().map(RedFlagQuestion::id).forEach((id) -> allNo.put(id, false));
		ScreeningOutcome intake = new RedFlagScreening(questionnaire, clockOn(DAY_1)).screen(
				new ScreeningAnswers(CLIENT, DAY_1, ScreeningAnswers.Occasion.INTAKE, questionnaire.version(), allNo));
		this.safety = ((ScreeningOutcome.Screened) intake).status();
		assertThat(this.safety.isClear()).isTrue();

		// Week 1 (days 0-5): gluteal wake-up cramps every day; day 6 skipped entirely.
		for (int day = 0; day <= 5; day++) {
			session(day, done(GROIN, 3), done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus")), done(AIR_BENCH, 5));
		}
		for (int day = 0; day <= 5; day++) {
			Proposal chase = single(proposals(day, "chase-the-cramp"));
			assertThat(chase.kind()).isEqualTo(ProposalKind.RAISE_DOSE);
			assertThat(chase.exerciseId()).isEqualTo(GLUTEALS.exerciseId());
		}
		// The practitioner accepted each raise: 20 -> 22 -> 25 -> 28 -> 31 -> 35 -> 39
		// reps.
		assertThat(this.menu.item(GLUTEALS.exerciseId()).orElseThrow().dose().amount()).isEqualTo(39);

		// Week 2 (days 7-11): the cramps fade; the 5th quiet session wakes
		// gluteus-maximus up.
		for (int day = 7; day <= 11; day++) {
			session(day, done(GROIN, 3), done(GLUTEALS, 5), done(AIR_BENCH, 5));
		}
		for (int day = 7; day <= 10; day++) {
			assertThat(this.evaluations.get(on(day)).milestones()).isEmpty();
		}
		Milestone milestone = single(this.evaluations.get(on(11)).milestones());
		assertThat(milestone.muscle()).isEqualTo("gluteus-maximus");
		assertThat(milestone.exerciseId()).isEqualTo(GLUTEALS.exerciseId());

		// Week 3: day 15 pain in the air bench above the threshold.
		session(15, done(GROIN, 3), done(GLUTEALS, 5), done(AIR_BENCH, 7, pain(6)));
		Proposal regress = single(proposals(15, "pain-regress"));
		assertThat(regress.kind()).isEqualTo(ProposalKind.REGRESS);
		assertThat(regress.newExerciseId()).contains("static-wall");
		assertThat(this.evaluations.get(on(15)).alerts()).anySatisfy((alert) -> {
			assertThat(alert.ruleId()).isEqualTo("pain-regress");
			assertThat(alert.level()).isEqualTo(AlertLevel.PRACTITIONER);
		});
		assertThat(this.rescreens.get(on(15))).anyMatch((reason) -> reason.contains("pain is worse"));

		// Day 19: a night calf cramp after starting a statin.
		sessionWithNightCramp(19, cramp("calf", CrampOnset.NIGHT, 10, CrampContext.STATIN_STARTED_RECENTLY),
				done(GROIN, 3), done(GLUTEALS, 5));
		Evaluation night = this.evaluations.get(on(19));
		assertThat(night.cramps()).singleElement().satisfies((cramp) -> {
			assertThat(cramp.kind()).isEqualTo(CrampClass.NEEDS_MEDICAL_REVIEW);
			assertThat(cramp.reasons()).anyMatch((reason) -> reason.contains("statin"));
		});
		assertThat(night.alerts()).anySatisfy((alert) -> {
			assertThat(alert.ruleId()).isEqualTo("cramp-medical-review");
			assertThat(alert.level()).isEqualTo(AlertLevel.SEE_A_DOCTOR);
		});

		// Day 20: a new gluteal wake-up cramp is not chased while the review is open.
		session(20, done(GROIN, 3), done(GLUTEALS, 5, wakeUpCramp("gluteus-medius")));
		Evaluation blocked = this.evaluations.get(on(20));
		assertThat(proposals(20, "chase-the-cramp")).isEmpty();
		assertThat(blocked.blocked()).singleElement()
			.satisfies((b) -> assertThat(b.reasons()).anyMatch((r) -> r.contains("awaits medical review")));

		// Day 24: a spasm after bending forward quickly; the client now avoids bending.
		session(24, done(GROIN, 3), done(CATS, 4, new SpasmReport("low-back", 7)));
		assertThat(this.rescreens.get(on(24))).contains("a spasm is reported");
		SpasmEpisode episode = new SpasmEpisode("spasm-1", 1, Optional.empty(), CLIENT, on(24), "low-back",
				SpasmTrigger.BENDING_FORWARD_QUICKLY, 7, Duration.ofDays(2), List.of("lying on the floor"),
				List.of("picking things up from the floor"), true, false, "");
		SpasmAssessment spasm = new SpasmAdvisor(clockOn(on(25))).assess(episode, FINDINGS, this.safety);
		assertThat(spasm).isInstanceOfSatisfying(SpasmAssessment.Assessed.class, (assessed) -> {
			assertThat(assessed.links()).extracting((link) -> link.link().id()).contains("flexion-from-extension");
			assertThat(assessed.plan()).contains(ReExposurePlans.FORWARD_BEND);
			assertThat(assessed.starterMenuId()).contains("after-back-spasm");
			assertThat(assessed.avoidanceNoticed()).isTrue();
		});

		// Progress at day 27: cramps faded, milestone, adherence, re-assessment due.
		List<Milestone> milestones = this.evaluations.values()
			.stream()
			.flatMap((evaluation) -> evaluation.milestones().stream())
			.toList();
		ProgressSummary progress = new ProgressSummaries(clockOn(on(27))).build(CLIENT, this.menu, this.logs, List.of(),
				List.of(), milestones, List.of(new OutcomeRecord(CLIENT, "nprs", DAY_1, AssessmentPoint.INTAKE, 5),
						new OutcomeRecord(CLIENT, "nprs", on(14), AssessmentPoint.REASSESSMENT, 3)),
				on(14));
		assertThat(progress.crampsPerMuscle().get("gluteus-maximus")).extracting(ProgressSummary.WeekCount::count)
			.containsExactly(6);
		assertThat(progress.crampsPerMuscle()).containsKeys("gluteus-medius", "calf");
		assertThat(progress.adherence()).extracting(ProgressSummary.WeekAdherence::sessionsDone)
			.containsExactly(6, 5, 3, 1);
		assertThat(progress.milestones()).containsExactly(milestone);
		assertThat(progress.outcomes()).singleElement()
			.satisfies((nprs) -> assertThat(nprs.meetsMcid()).contains(true));
		assertThat(progress.reassessment().status()).isEqualTo(ProgressSummary.ReassessmentDue.Status.DUE);
	}

	private void session(int day, ExerciseEntry... entries) {
		record(day, new SessionDraft(CLIENT, this.menu.menuId(), on(day), List.of(entries), List.of(), false, ""));
	}

	private void sessionWithNightCramp(int day, CrampReport night, ExerciseEntry... entries) {
		record(day, new SessionDraft(CLIENT, this.menu.menuId(), on(day), List.of(entries), List.of(night), false, ""));
	}

	private void record(int day, SessionDraft draft) {
		var clock = clockOn(on(day));
		LogOutcome outcome = new SessionLogger(clock).record("log-" + day, draft, this.menu, CLIENT);
		assertThat(outcome).as("day " + day).isInstanceOf(LogOutcome.Recorded.class);
		SessionLog log = ((LogOutcome.Recorded) outcome).log();
		this.rescreens.put(on(day), RescreenPolicy.reasons(log, List.copyOf(this.logs)));
		this.logs.add(log);
		Evaluation evaluation = new ProgressionEngine().evaluate(new ClientFeedback(CLIENT, this.menu, this.logs,
				this.safety, Optional.empty(), PracticeSettings.defaults()));
		this.evaluations.put(on(day), evaluation);
		for (Proposal proposal : evaluation.proposals()) {
			ProposalDecision decision = ProposalDecision.accept(proposal, "practitioner-2", clock, "");
			assertThat(decision.decidedAt()).isEqualTo(clock.instant());
			if (proposal.kind() == ProposalKind.RAISE_DOSE) {
				this.menu = withDose(this.menu, proposal.exerciseId(), proposal.newDose().orElseThrow());
			}
		}
	}

	private List<Proposal> proposals(int day, String ruleId) {
		return this.evaluations.get(on(day)).proposals().stream().filter((p) -> p.ruleId().equals(ruleId)).toList();
	}

	private static PrescribedMenu withDose(PrescribedMenu menu, String exerciseId, Dose dose) {
		return new PrescribedMenu(menu.menuId(), menu.sessionsPerWeek(), menu.items()
			.stream()
			.map((item) -> item.exerciseId().equals(exerciseId) ? new PrescribedItem(item.exerciseId(),
					item.targetMuscles(), dose, item.expectsWakeUpCramp(), item.regressionId(), item.progressionId())
					: item)
			.toList());
	}

	private static LocalDate on(int day) {
		return DAY_1.plusDays(day);
	}

	private static <T> T single(List<T> list) {
		assertThat(list).hasSize(1);
		return list.get(0);
	}

}
