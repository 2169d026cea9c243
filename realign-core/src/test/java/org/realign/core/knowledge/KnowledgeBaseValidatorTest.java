package org.realign.core.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.realign.core.prescription.Dose;
import org.realign.core.source.Source;
import org.realign.core.source.SourceCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of problem is caught, in a small in-memory knowledge base. */
class KnowledgeBaseValidatorTest {

	static final KnowledgeBaseValidator VALIDATOR = new KnowledgeBaseValidator();

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
	void validate_exerciseLinkingToUnknownExercise_unknownId() {
		KnowledgeBase kb = withExercises((list) -> {
			list.set(2, exercise("wake", new Target("gluteus-maximus", Target.Change.ACTIVATE), Dose.reps(1, 10, false),
					List.of("no-such-exercise"), List.of()));
			return list;
		});
		assertThat(VALIDATOR.validate(kb)).extracting(Problem::message)
			.contains("unknown regression/progression 'no-such-exercise'");
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
		assertThat(problems).extracting(Problem::kind).containsExactly(Problem.Kind.PROGRESSION_CYCLE);
		assertThat(problems.get(0).message()).contains("release -> release-harder -> release");
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
			.containsExactly("[unknown-source] exercises.json wake: cites unknown source 'nobody-2021'");
	}

}
