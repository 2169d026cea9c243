package org.realign.core.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.Side;
import org.realign.core.landmark.View;
import org.realign.core.measure.MeasurementCatalog;
import org.realign.core.measure.MeasurementDefinition;
import org.realign.core.measure.MeasurementDefinition.Concern;
import org.realign.core.measure.MeasurementDefinition.CutoffKind;
import org.realign.core.measure.MeasurementDefinition.Direction;
import org.realign.core.measure.MeasurementDefinition.MeasurementError;
import org.realign.core.measure.MeasurementDefinition.NormStatus;
import org.realign.core.measure.MeasurementDefinition.ReferenceRange;
import org.realign.core.prescription.ExerciseDemand;
import org.realign.core.prescription.Dose;
import org.realign.core.source.Source;
import org.realign.core.source.SourceCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of problem is caught, in a small in-memory knowledge base. */
class KnowledgeBaseValidatorTest {

	/** No measurements (they have tests of their own below), and every exercise drawn. */
	static final KnowledgeBaseValidator VALIDATOR = new KnowledgeBaseValidator(MeasurementCatalog.of(List.of()),
			(id) -> true);

	static Muscle muscle(String id) {
		return new Muscle(id, id, id, "hip", List.of("moves"));
	}

	static HypothesisRule rule(String muscle, MuscleState state, List<String> sources) {
		return new HypothesisRule("janda:lower-crossed-syndrome/" + muscle + "/" + state.id(), "lower-crossed-syndrome",
				muscle, state, SideRule.NONE, Optional.empty(), Framework.JANDA, "Because.", sources, "");
	}

	static Exercise exercise(String id, Target target, Dose dose, List<String> regressions, List<String> progressions) {
		return new Exercise(id, id, Position.SUPINE, List.of("none"), true, false, List.of("a", "b", "c"), "hip",
				List.of(target), dose, regressions, progressions, List.of(), List.of(), false, List.of("s1"));
	}

	static Exercise release() {
		return exercise("release", new Target("iliopsoas", Target.Change.RELEASE), Dose.hold(60, false), List.of(),
				List.of("release-harder"));
	}

	static Exercise releaseHarder() {
		return exercise("release-harder", new Target("iliopsoas", Target.Change.RELEASE), Dose.hold(120, true),
				List.of("release"), List.of());
	}

	static Exercise wake() {
		return exercise("wake", new Target("gluteus-maximus", Target.Change.ACTIVATE), Dose.reps(1, 10, false),
				List.of(), List.of());
	}

	@Test
	void validate_activatedTargetThatIsStretched_orAnAlsoAskedMuscleUnknownOrUnexplained_isAProblem() {
		Exercise contradictory = exercise("wake",
				new Target("gluteus-maximus", Target.Change.ACTIVATE, ExerciseDemand.Kind.LENGTHENS),
				Dose.reps(1, 10, false), List.of(), List.of());
		Exercise wake = wake();
		Exercise alsoAsks = new Exercise(wake.id(), wake.name(), wake.position(), wake.equipment(), wake.floor(),
				wake.kneeling(), wake.steps(), wake.feel(), wake.targets(), wake.dose(), wake.regressions(),
				wake.progressions(), wake.avoidWhenPainful(), wake.cautions(), false, wake.sources(),
				List.of(new ExerciseDemand("no-such-muscle", ExerciseDemand.Kind.WORKS, List.of("s1"), ""),
						new ExerciseDemand("gluteus-maximus", ExerciseDemand.Kind.WORKS, List.of("nope"), "squeeze")));

		List<Problem> contradiction = VALIDATOR.validate(withWake(contradictory));
		List<Problem> others = VALIDATOR.validate(withWake(alsoAsks));

		assertThat(contradiction).extracting(Problem::kind).containsExactly(Problem.Kind.MISMATCHED_DEMAND);
		assertThat(others).extracting(Problem::kind)
			.containsExactlyInAnyOrder(Problem.Kind.UNKNOWN_ID, Problem.Kind.MISSING_SOURCE, Problem.Kind.DUPLICATE_ID,
					Problem.Kind.UNKNOWN_SOURCE);
	}

	private static KnowledgeBase withWake(Exercise replacement) {
		KnowledgeBase kb = valid();
		List<Exercise> list = new ArrayList<>(kb.exercises().declared());
		list.set(2, replacement);
		return new KnowledgeBase(kb.muscles(), kb.rules(), new ExerciseCatalog(list), kb.starterMenus(), kb.sources());
	}

	/** A consistent knowledge base; each test breaks one thing in it. */
	static KnowledgeBase valid() {
		return new KnowledgeBase(List.of(muscle("iliopsoas"), muscle("gluteus-maximus")),
				List.of(rule("iliopsoas", MuscleState.SHORT_OVERACTIVE, List.of("s1")),
						rule("gluteus-maximus", MuscleState.LONG_UNDERACTIVE, List.of("s1"))),
				new ExerciseCatalog(List.of(release(), releaseHarder(), wake())),
				List.of(new StarterMenu("daily", "Daily", "", "",
						List.of(new StarterMenu.Item("wake", Optional.empty())))),
				SourceCatalog.of(List.of(new Source("s1", "A source.", "", ""))));
	}

	static KnowledgeBase withExercises(UnaryOperator<List<Exercise>> change) {
		KnowledgeBase kb = valid();
		List<Exercise> exercises = change.apply(new ArrayList<>(kb.exercises().all()));
		return new KnowledgeBase(kb.muscles(), kb.rules(), new ExerciseCatalog(exercises), kb.starterMenus(),
				kb.sources());
	}

	static List<Problem.Kind> kinds(KnowledgeBase kb) {
		return VALIDATOR.validate(kb).stream().map(Problem::kind).toList();
	}

	@Test
	void validate_consistentKnowledgeBase_noProblem() {
		assertThat(VALIDATOR.validate(valid())).isEmpty();
		assertThat(KnowledgeBaseValidator.report(List.of())).isEqualTo("The knowledge base has no problems.");
	}

	@Test
	void validate_ruleWithUnknownFindingOrMuscle_unknownId() {
		KnowledgeBase kb = valid();
		HypothesisRule badFinding = new HypothesisRule("x", "slouchy-posture", "iliopsoas",
				MuscleState.SHORT_OVERACTIVE, SideRule.NONE, Optional.empty(), Framework.KENDALL, "Because.",
				List.of("s1"), "");
		HypothesisRule badMuscle = rule("psoas-major", MuscleState.SHORT_OVERACTIVE, List.of("s1"));
		List<Problem> problems = VALIDATOR.validate(
				new KnowledgeBase(kb.muscles(), List.of(kb.rules().get(0), kb.rules().get(1), badFinding, badMuscle),
						kb.exercises(), kb.starterMenus(), kb.sources()));
		assertThat(problems).extracting(Problem::toString)
			.anySatisfy((p) -> assertThat(p).contains("unknown-id").contains("unknown finding 'slouchy-posture'"))
			.anySatisfy((p) -> assertThat(p).contains("unknown muscle 'psoas-major'"));
	}

	@Test
	void validate_exerciseLinkingToUnknownExercise_brokenChain() {
		KnowledgeBase kb = withExercises((list) -> {
			list.set(2, exercise("wake", new Target("gluteus-maximus", Target.Change.ACTIVATE), Dose.reps(1, 10, false),
					List.of("no-such-exercise"), List.of()));
			return list;
		});
		assertThat(VALIDATOR.validate(kb)).extracting(Problem::message)
			.contains("links to unknown regression/progression 'no-such-exercise'");
		assertThat(kinds(kb)).contains(Problem.Kind.BROKEN_CHAIN);
	}

	@Test
	void validate_oneSidedRuleOnAFindingWithoutSide_unknownId() {
		KnowledgeBase kb = valid();
		HypothesisRule sided = new HypothesisRule("y", "lower-crossed-syndrome", "iliopsoas",
				MuscleState.SHORT_OVERACTIVE, SideRule.SAME, Optional.empty(), Framework.JANDA, "Because.",
				List.of("s1"), "");
		assertThat(VALIDATOR.validate(new KnowledgeBase(kb.muscles(),
				List.of(kb.rules().get(0), kb.rules().get(1), sided), kb.exercises(), kb.starterMenus(), kb.sources())))
			.extracting(Problem::message)
			.anySatisfy((m) -> assertThat(m).contains("has no side"));
	}

	@Test
	void validate_duplicateExerciseId_duplicateId() {
		assertThat(kinds(withExercises((list) -> {
			list.add(wake());
			return list;
		}))).contains(Problem.Kind.DUPLICATE_ID);
	}

	@Test
	void validate_exerciseNothingSelectsOrLinks_orphanExercise() {
		KnowledgeBase kb = withExercises((list) -> {
			list.add(exercise("lonely", new Target("gluteus-maximus", Target.Change.RELEASE), Dose.hold(30, false),
					List.of(), List.of()));
			return list;
		});
		assertThat(VALIDATOR.validate(kb))
			.containsExactly(new Problem(Problem.Kind.ORPHAN_EXERCISE, "exercises.json lonely",
					"no hypothesis rule selects it, no starter menu uses it and no exercise links to it"));
	}

	@Test
	void validate_muscleNoExerciseAddresses_unaddressedMuscle() {
		KnowledgeBase kb = valid();
		List<Muscle> muscles = new ArrayList<>(kb.muscles());
		muscles.add(muscle("soleus"));
		assertThat(VALIDATOR
			.validate(new KnowledgeBase(muscles, kb.rules(), kb.exercises(), kb.starterMenus(), kb.sources())))
			.containsExactly(new Problem(Problem.Kind.UNADDRESSED_MUSCLE, "muscles.json soleus",
					"no exercise addresses this muscle"));
	}

	@Test
	void validate_hypothesisNoExerciseAnswers_unaddressedMuscle() {
		KnowledgeBase kb = valid();
		List<HypothesisRule> rules = new ArrayList<>(kb.rules());
		rules.add(rule("iliopsoas", MuscleState.LONG_UNDERACTIVE, List.of("s1")));
		assertThat(VALIDATOR
			.validate(new KnowledgeBase(kb.muscles(), rules, kb.exercises(), kb.starterMenus(), kb.sources())))
			.extracting(Problem::message)
			.containsExactly("no exercise activates iliopsoas");
	}

	@Test
	void validate_ruleWithoutSources_missingSource() {
		KnowledgeBase kb = valid();
		List<HypothesisRule> rules = List.of(rule("iliopsoas", MuscleState.SHORT_OVERACTIVE, List.of()),
				kb.rules().get(1));
		assertThat(kinds(new KnowledgeBase(kb.muscles(), rules, kb.exercises(), kb.starterMenus(), kb.sources())))
			.containsExactly(Problem.Kind.MISSING_SOURCE);
	}

	@Test
	void validate_ruleCitingAnUnknownSource_unknownSource() {
		KnowledgeBase kb = valid();
		List<HypothesisRule> rules = List.of(rule("iliopsoas", MuscleState.SHORT_OVERACTIVE, List.of("made-up-2020")),
				kb.rules().get(1));
		assertThat(VALIDATOR
			.validate(new KnowledgeBase(kb.muscles(), rules, kb.exercises(), kb.starterMenus(), kb.sources())))
			.extracting(Problem::toString)
			.containsExactly(
					"[unknown-source] hypothesis-rules.json janda:lower-crossed-syndrome/iliopsoas/short-overactive: "
							+ "cites unknown source 'made-up-2020'");
	}

	@Test
	void validate_progressionChainLoops_progressionCycle() {
		KnowledgeBase kb = withExercises((list) -> {
			// release -> release-harder, and now release-harder -> release as well
			list.set(1, exercise("release-harder", new Target("iliopsoas", Target.Change.RELEASE), Dose.hold(120, true),
					List.of("release"), List.of("release")));
			return list;
		});
		List<Problem> problems = VALIDATOR.validate(kb);
		assertThat(problems).extracting(Problem::kind)
			.containsExactlyInAnyOrder(Problem.Kind.PROGRESSION_CYCLE, Problem.Kind.BROKEN_CHAIN);
		assertThat(problems).filteredOn((p) -> p.kind() == Problem.Kind.PROGRESSION_CYCLE)
			.singleElement()
			.satisfies((p) -> assertThat(p.message()).contains("release -> release-harder -> release"));
	}

	@Test
	void validate_malformedDoses_malformedDose() {
		KnowledgeBase kb = withExercises((list) -> {
			list.set(0, exercise("release", new Target("iliopsoas", Target.Change.RELEASE), Dose.hold(0, false),
					List.of(), List.of("release-harder")));
			list.set(2, exercise("wake", new Target("gluteus-maximus", Target.Change.ACTIVATE),
					new Dose("sprint", 1, 1, 0, false), List.of(), List.of()));
			return list;
		});
		assertThat(VALIDATOR.validate(kb)).extracting(Problem::message)
			.containsExactlyInAnyOrder("hold seconds must be 1..1800, was 0",
					"dose type must be hold or reps, was sprint");
	}

	@Test
	void validate_starterMenuWithUnknownExerciseAndBadDose_bothReported() {
		KnowledgeBase kb = valid();
		StarterMenu broken = new StarterMenu("broken", "Broken", "", "",
				List.of(new StarterMenu.Item("nope", Optional.empty()),
						new StarterMenu.Item("wake", Optional.of(Dose.reps(0, 10, false)))));
		assertThat(kinds(new KnowledgeBase(kb.muscles(), kb.rules(), kb.exercises(), List.of(broken), kb.sources())))
			.containsExactlyInAnyOrder(Problem.Kind.UNKNOWN_ID, Problem.Kind.MALFORMED_DOSE);
	}

	@Test
	void report_listsEveryProblemOnItsOwnLine() {
		String report = KnowledgeBaseValidator.report(List.of(new Problem(Problem.Kind.UNKNOWN_ID, "a", "one"),
				new Problem(Problem.Kind.MALFORMED_DOSE, "b", "two")));
		assertThat(report)
			.isEqualTo("2 knowledge-base problems:\n  - [unknown-id] a: one\n  - [malformed-dose] b: two");
	}

	@Test
	void validate_exerciseCitingAnUnknownSource_unknownSource() {
		KnowledgeBase kb = withExercises((list) -> {
			Exercise wake = list.get(2);
			list.set(2, new Exercise(wake.id(), wake.name(), wake.position(), wake.equipment(), wake.floor(),
					wake.kneeling(), wake.steps(), wake.feel(), wake.targets(), wake.dose(), wake.regressions(),
					wake.progressions(), wake.avoidWhenPainful(), wake.cautions(), false, List.of("nobody-2021")));
			return list;
		});
		assertThat(VALIDATOR.validate(kb)).extracting(Problem::toString)
			.containsExactly("[unknown-source] exercises.json wake: cites unknown source 'nobody-2021'",
					"[unknown-source] exercises.json wake dose: cites unknown source 'nobody-2021'");
	}

	@Test
	void validate_exerciseWithoutSource_missingSource() {
		KnowledgeBase kb = withExercises((list) -> {
			Exercise wake = list.get(2);
			list.set(2,
					new Exercise(wake.id(), wake.name(), wake.position(), wake.equipment(), wake.floor(),
							wake.kneeling(), wake.steps(), wake.feel(), wake.targets(), wake.dose(), wake.regressions(),
							wake.progressions(), wake.avoidWhenPainful(), wake.cautions(), false, List.of()));
			return list;
		});
		assertThat(VALIDATOR.validate(kb)).extracting(Problem::toString)
			.containsExactly("[missing-source] exercises.json wake: cites no source for the exercise or its dose",
					"[missing-source] exercises.json wake: its dose cites no source and no note says why");
	}

	@Test
	void validate_exerciseWithoutPicture_missingPicture() {
		KnowledgeBase kb = valid();
		List<Problem> problems = new KnowledgeBaseValidator(MeasurementCatalog.of(List.of()),
				(id) -> !id.equals("wake"))
			.validate(kb);
		assertThat(problems).extracting(Problem::toString)
			.containsExactly(
					"[missing-picture] exercises.json wake: has no picture of its position (kb/pictures/wake.svg)");
	}

	@Test
	void validate_progressionNotMirroredByARegression_brokenChain() {
		KnowledgeBase kb = withExercises((list) -> {
			// release still progresses to release-harder, which no longer regresses to it
			list.set(1, exercise("release-harder", new Target("iliopsoas", Target.Change.RELEASE), Dose.hold(120, true),
					List.of(), List.of()));
			return list;
		});
		assertThat(VALIDATOR.validate(kb)).extracting(Problem::toString)
			.containsExactly("[broken-chain] exercises.json release: progresses to 'release-harder', which does not "
					+ "regress to it");
	}

	@Test
	void validate_measurementWithNeitherNormNorNoNorm_andCutoffCitingOnlyTheConvention_refused() {
		ReferenceRange unstated = new ReferenceRange(OptionalDouble.empty(), OptionalDouble.empty(),
				OptionalDouble.empty(), OptionalDouble.empty(), NormStatus.UNSTATED, "n", List.of("s1"));
		Concern guessed = new Concern("lateral-head-tilt", Direction.EITHER_WAY, 0, OptionalDouble.empty(),
				OptionalDouble.empty(), Optional.of(Side.RIGHT), CutoffKind.CLINICAL, "b",
				List.of(MeasurementCatalog.CONVENTION));
		MeasurementDefinition headTilt = new MeasurementDefinition("head-tilt", "Head tilt", List.of(View.ANTERIOR),
				List.of("left-tragus", "right-tragus"), "f", "deg", "s", false, Optional.empty(), unstated,
				List.of(guessed), new MeasurementError(2.7, "SEM", "n", List.of("s1")), List.of("s1"));
		KnowledgeBase kb = valid();
		KnowledgeBase withConvention = new KnowledgeBase(kb.muscles(), kb.rules(), kb.exercises(), kb.starterMenus(),
				SourceCatalog.of(List.of(new Source("s1", "A source.", "", ""),
						new Source(MeasurementCatalog.CONVENTION, "Ours.", "", ""))));
		List<Problem> problems = new KnowledgeBaseValidator(MeasurementCatalog.of(List.of(headTilt)), (id) -> true)
			.validate(withConvention);
		assertThat(problems).extracting(Problem::message)
			.contains(
					"measurement head-tilt has neither a sourced normal range nor an explicit \"no published norm\" "
							+ "(normal.published)",
					"measurement head-tilt: the cut-off for lateral-head-tilt cites no published source (only the "
							+ "project's own convention)");
		assertThat(problems).extracting(Problem::kind).containsOnly(Problem.Kind.MEASUREMENT);
	}

	@Test
	void validate_noPublishedNormWithACutoff_refused() {
		ReferenceRange none = new ReferenceRange(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
				OptionalDouble.empty(), NormStatus.NO_PUBLISHED_NORM, "none found", List.of("s1"));
		Concern cutoff = new Concern("lateral-head-tilt", Direction.EITHER_WAY, 5, OptionalDouble.empty(),
				OptionalDouble.empty(), Optional.of(Side.RIGHT), CutoffKind.REFERENCE_INTERVAL, "b", List.of("s1"));
		MeasurementDefinition headTilt = new MeasurementDefinition("head-tilt", "Head tilt", List.of(View.ANTERIOR),
				List.of("left-tragus", "right-tragus"), "f", "deg", "s", false, Optional.empty(), none, List.of(cutoff),
				new MeasurementError(2.7, "SEM", "n", List.of("s1")), List.of("s1"));
		List<Problem> problems = new KnowledgeBaseValidator(MeasurementCatalog.of(List.of(headTilt)), (id) -> true)
			.validate(valid());
		assertThat(problems).extracting(Problem::message)
			.containsExactlyInAnyOrder(
					"measurement head-tilt has no published norm, so it may not fire a finding on its own, but it has "
							+ "cut-offs",
					"measurement head-tilt: the cut-off for lateral-head-tilt claims to be the edge of a normal range, "
							+ "but the measurement has none");
	}

}
