package org.realign.core.feedback;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.realign.core.feedback.spasm.ReExposureAttempt;
import org.realign.core.feedback.spasm.ReExposurePlans;
import org.realign.core.feedback.spasm.ReExposureProgress;
import org.realign.core.feedback.spasm.ReExposureTracker;
import org.realign.core.feedback.spasm.SessionSpasms;
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
 * <p>
 * The loop keeps its promises: the woken-up muscle yields a proposal to move on; the air
 * bench's quadriceps cramps stop after the practitioner stepped its dose back, which is
 * not a milestone; a spasm in a session opens an episode, alerts, and holds every raise
 * until the practitioner clears it; the forward-bend plan advances after the practice's
 * calm attempts and steps back on a spasm.
 */
class FourWeekScenarioTest {

	static final List<Finding> FINDINGS = List.of(
			Finding.of("anterior-pelvic-tilt", Severity.MODERATE, List.of("pelvic-tilt-sagittal")),
			Finding.of("lower-crossed-syndrome", Severity.MILD, List.of("anterior-pelvic-tilt")));

	private final List<SessionLog> logs = new ArrayList<>();

	private final Map<LocalDate, Evaluation> evaluations = new HashMap<>();

	private final Map<LocalDate, List<String>> rescreens = new HashMap<>();

	/** The gluteal contractions with their catalogue progression, the glute bridge. */
	private PrescribedMenu menu = withItem(MENU, new PrescribedItem(GLUTEALS.exerciseId(), GLUTEALS.targetMuscles(),
			GLUTEALS.dose(), true, Optional.empty(), Optional.of("glute-bridge")));

	private SafetyStatus safety = SafetyStatus.clear();

	private final List<OpenSpasm> openSpasms = new ArrayList<>();

	private final List<Regression> regressions = new ArrayList<>();

	private Optional<LocalDate> medicalReviewClearedOn = Optional.empty();

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

		// Week 2 (days 7-11): the gluteal cramps fade; the 5th quiet session wakes
		// gluteus-maximus up. The air bench starts to bring quadriceps wake-up cramps.
		for (int day = 7; day <= 8; day++) {
			session(day, done(GROIN, 3), done(GLUTEALS, 5), done(AIR_BENCH, 5));
		}
		for (int day = 9; day <= 11; day++) {
			session(day, done(GROIN, 3), done(GLUTEALS, 5), done(AIR_BENCH, 5, wakeUpCramp("quadriceps")));
		}
		for (int day = 7; day <= 10; day++) {
			assertThat(this.evaluations.get(on(day)).milestones()).isEmpty();
			assertThat(proposals(day, "woken-up")).isEmpty();
		}
		Milestone milestone = single(this.evaluations.get(on(11)).milestones());
		assertThat(milestone.muscle()).isEqualTo("gluteus-maximus");
		assertThat(milestone.exerciseId()).isEqualTo(GLUTEALS.exerciseId());
		// ... and the rules propose the next step of its progression chain.
		Proposal onwards = single(proposals(11, "woken-up"));
		assertThat(onwards.kind()).isEqualTo(ProposalKind.PROGRESS);
		assertThat(onwards.newExerciseId()).contains("glute-bridge");

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
		// The practitioner steps the air bench's dose back instead of swapping it; the
		// quadriceps cramps stop. Five quiet air-bench sessions follow (days 15-18, 21):
		// the cramp stopped because less was asked, so it is not a milestone.
		this.regressions.add(new Regression(on(15), AIR_BENCH.exerciseId(), AIR_BENCH.exerciseId()));
		for (int day = 16; day <= 18; day++) {
			session(day, done(GROIN, 3), done(GLUTEALS, 5), done(AIR_BENCH, 4));
		}

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

		session(21, done(GROIN, 3), done(AIR_BENCH, 4));
		assertThat(this.evaluations.values()).allSatisfy((evaluation) -> assertThat(evaluation.milestones())
			.noneMatch((m) -> m.exerciseId().equals(AIR_BENCH.exerciseId())));

		// Day 23: the doctor found nothing; the practitioner clears the medical review.
		this.medicalReviewClearedOn = Optional.of(on(23));

		// Day 24: a spasm during cats and dogs, beside a gluteal wake-up cramp. The
		// spasm opens an episode, alerts, asks for a re-screen, offers the
		// after-back-spasm menu, and stops the raise in that very session.
		SessionLog day24 = session(24, done(GROIN, 3), done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus")),
				done(CATS, 4, new SpasmReport("low-back", 7)));
		assertThat(this.rescreens.get(on(24))).contains("a spasm is reported");
		assertThat(proposals(24, "chase-the-cramp")).isEmpty();
		assertThat(this.evaluations.get(on(24)).blocked()).singleElement()
			.satisfies((b) -> assertThat(b.reasons())
				.containsExactly("a spasm (low-back, severity 7) was reported in " + "this session"));
		SpasmEpisode fromSession = single(SessionSpasms.episodes(day24, () -> "spasm-1"));
		this.openSpasms.add(fromSession.asOpen());
		SpasmAssessment sessionSpasm = new SpasmAdvisor(clockOn(on(24))).assess(fromSession, FINDINGS, this.safety);
		assertThat(sessionSpasm).isInstanceOfSatisfying(SpasmAssessment.Assessed.class, (assessed) -> {
			assertThat(assessed.alerts()).isNotEmpty().allSatisfy((alert) -> {
				assertThat(alert.ruleId()).isEqualTo(SpasmAdvisor.RULE_ID);
				assertThat(alert.level()).isEqualTo(AlertLevel.PRACTITIONER);
			});
			assertThat(assessed.rescreenReasons()).isNotEmpty();
			assertThat(assessed.starterMenuId()).contains("after-back-spasm");
		});

		// The client adds what set it off in the journal: bending forward quickly. The
		// same episode, corrected, now avoids bending.
		SpasmEpisode episode = new SpasmEpisode("spasm-1", 2, Optional.of(1), CLIENT, on(24), "low-back",
				SpasmTrigger.BENDING_FORWARD_QUICKLY, 7, Duration.ofDays(2), List.of("lying on the floor"),
				List.of("picking things up from the floor"), true, false, "");
		SpasmAssessment spasm = new SpasmAdvisor(clockOn(on(25))).assess(episode, FINDINGS, this.safety);
		assertThat(spasm).isInstanceOfSatisfying(SpasmAssessment.Assessed.class, (assessed) -> {
			assertThat(assessed.links()).extracting((link) -> link.link().id()).contains("flexion-from-extension");
			assertThat(assessed.plan()).contains(ReExposurePlans.FORWARD_BEND);
			assertThat(assessed.starterMenuId()).contains("after-back-spasm");
			assertThat(assessed.avoidanceNoticed()).isTrue();
		});

		// Day 25: the episode is still open, so a gluteal wake-up cramp is not chased.
		session(25, done(GROIN, 3), done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus")));
		assertThat(proposals(25, "chase-the-cramp")).isEmpty();
		assertThat(single(this.evaluations.get(on(25)).blocked()).reasons())
			.containsExactly("a spasm episode in the low-back since " + on(24) + " is open until you clear it");

		// Re-exposure, days 25-27: two calm attempts move to step 2; a twinge of spasm
		// steps back to step 1.
		List<ReExposureAttempt> attempts = new ArrayList<>();
		attempts.add(attempt(25, 38.0, false));
		attempts.add(attempt(26, 36.0, false));
		ReExposureProgress afterCalm = ReExposureTracker.replay(ReExposurePlans.FORWARD_BEND,
				PracticeSettings.defaults(), Optional.empty(), attempts);
		assertThat(afterCalm.currentStep()).isEqualTo(2);
		attempts.add(attempt(27, 37.0, true));
		ReExposureProgress afterSpasm = ReExposureTracker.replay(ReExposurePlans.FORWARD_BEND,
				PracticeSettings.defaults(), Optional.empty(), attempts);
		assertThat(afterSpasm.currentStep()).isEqualTo(1);
		assertThat(afterSpasm.changes()).extracting(ReExposureProgress.StepChange::to).containsExactly(2, 1);
		assertThat(afterSpasm.reachTrend()).hasSize(3);

		// Day 26: the practitioner re-screens (all clear) and clears the episode; the
		// next wake-up cramp is chased again.
		this.openSpasms.clear();
		session(26, done(GROIN, 3), done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus")));
		assertThat(proposals(26, "chase-the-cramp")).hasSize(1);

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
			.containsExactly(6, 3);
		assertThat(progress.crampsPerMuscle()).containsKeys("gluteus-medius", "calf", "quadriceps");
		assertThat(progress.adherence()).extracting(ProgressSummary.WeekAdherence::sessionsDone)
			.containsExactly(6, 5, 6, 4);
		assertThat(progress.milestones()).containsExactly(milestone);
		assertThat(progress.outcomes()).singleElement()
			.satisfies((nprs) -> assertThat(nprs.meetsMcid()).contains(true));
		assertThat(progress.reassessment().status()).isEqualTo(ProgressSummary.ReassessmentDue.Status.DUE);
	}

	private SessionLog session(int day, ExerciseEntry... entries) {
		return record(day,
				new SessionDraft(CLIENT, this.menu.menuId(), on(day), List.of(entries), List.of(), false, ""));
	}

	private static ReExposureAttempt attempt(int day, double cm, boolean spasm) {
		return new ReExposureAttempt("attempt-" + day, on(day), on(day).atTime(18, 0).toInstant(ZoneOffset.UTC), true,
				Optional.of(cm), Optional.empty(), 0, spasm, spasm ? "a twinge low in the back" : "fine");
	}

	private void sessionWithNightCramp(int day, CrampReport night, ExerciseEntry... entries) {
		record(day, new SessionDraft(CLIENT, this.menu.menuId(), on(day), List.of(entries), List.of(night), false, ""));
	}

	private SessionLog record(int day, SessionDraft draft) {
		var clock = clockOn(on(day));
		LogOutcome outcome = new SessionLogger(clock).record("log-" + day, draft, this.menu, CLIENT);
		assertThat(outcome).as("day " + day).isInstanceOf(LogOutcome.Recorded.class);
		SessionLog log = ((LogOutcome.Recorded) outcome).log();
		this.rescreens.put(on(day), RescreenPolicy.reasons(log, List.copyOf(this.logs)));
		this.logs.add(log);
		Evaluation evaluation = new ProgressionEngine()
			.evaluate(new ClientFeedback(CLIENT, this.menu, this.logs, this.safety, this.medicalReviewClearedOn,
					PracticeSettings.defaults(), this.openSpasms, this.regressions));
		this.evaluations.put(on(day), evaluation);
		for (Proposal proposal : evaluation.proposals()) {
			if (!proposal.ruleId().equals("chase-the-cramp")) {
				// The practitioner keeps the menu as it is otherwise in this scenario.
				ProposalDecision.reject(proposal, "practitioner-2", clock, "not now");
				continue;
			}
			ProposalDecision decision = ProposalDecision.accept(proposal, "practitioner-2", clock, "");
			assertThat(decision.decidedAt()).isEqualTo(clock.instant());
			if (proposal.kind() == ProposalKind.RAISE_DOSE) {
				this.menu = withDose(this.menu, proposal.exerciseId(), proposal.newDose().orElseThrow());
			}
		}
		return log;
	}

	private List<Proposal> proposals(int day, String ruleId) {
		return this.evaluations.get(on(day)).proposals().stream().filter((p) -> p.ruleId().equals(ruleId)).toList();
	}

	private static PrescribedMenu withItem(PrescribedMenu menu, PrescribedItem replacement) {
		return new PrescribedMenu(menu.menuId(), menu.sessionsPerWeek(),
				menu.items()
					.stream()
					.map((item) -> item.exerciseId().equals(replacement.exerciseId()) ? replacement : item)
					.toList());
	}

	private static PrescribedMenu withDose(PrescribedMenu menu, String exerciseId, Dose dose) {
		return new PrescribedMenu(menu.menuId(), menu.sessionsPerWeek(),
				menu.items()
					.stream()
					.map((item) -> item.exerciseId().equals(exerciseId) ? item.withDose(dose) : item)
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
