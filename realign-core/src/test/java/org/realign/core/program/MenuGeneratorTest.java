package org.realign.core.program;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.realign.core.finding.Finding;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.knowledge.Exercise;
import org.realign.core.knowledge.Findings;
import org.realign.core.knowledge.Hypotheses;
import org.realign.core.knowledge.Hypothesis;
import org.realign.core.knowledge.HypothesisEngine;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.knowledge.KnowledgeBaseLoader;
import org.realign.core.knowledge.MuscleState;
import org.realign.core.knowledge.Position;
import org.realign.core.landmark.Side;
import org.realign.core.prescription.Dose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realign.core.knowledge.Findings.finding;
import static org.realign.core.knowledge.Findings.onSide;

class MenuGeneratorTest {

	static final KnowledgeBase KB = KnowledgeBaseLoader.load();

	static final HypothesisEngine ENGINE = new HypothesisEngine(KB);

	static final MenuGenerator GENERATOR = new MenuGenerator(KB);

	static MenuSuggestion menu(List<Finding> findings, ClientConstraints constraints) {
		return GENERATOR.generate(ENGINE.hypothesise(findings).items(), constraints);
	}

	static Exercise exercise(String id) {
		return KB.exercises().find(id).orElseThrow();
	}

	private static int firstIndex(MenuSuggestion menu, String muscle, MuscleState state) {
		for (int i = 0; i < menu.items().size(); i++) {
			if (exercise(menu.items().get(i).exerciseId()).addresses(muscle, state)) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void generate_lowerCrossed_releasesHipFlexorsBeforeWakingGlutes() {
		MenuSuggestion menu = menu(Findings.lowerCrossed(), ClientConstraints.minutes(20));
		int hipFlexorRelease = firstIndex(menu, "iliopsoas", MuscleState.SHORT_OVERACTIVE);
		int gluteActivation = firstIndex(menu, "gluteus-maximus", MuscleState.LONG_UNDERACTIVE);
		assertThat(hipFlexorRelease).as(menu.exerciseIds().toString()).isGreaterThanOrEqualTo(0);
		assertThat(gluteActivation).as(menu.exerciseIds().toString()).isGreaterThan(hipFlexorRelease);
	}

	@Test
	void generate_anyAssessment_fiveToTwelveExercisesEachSayingWhichHypothesesItAddresses() {
		MenuSuggestion menu = menu(Findings.upperCrossed(), ClientConstraints.minutes(20));
		assertThat(menu.items()).hasSizeBetween(MenuGenerator.MIN_ITEMS, MenuGenerator.MAX_ITEMS);
		assertThat(menu.items()).allSatisfy((item) -> assertThat(item.because()).isNotEmpty());
		assertThat(menu.notices()).contains(MenuGenerator.DISCLAIMER);
	}

	@Test
	void generate_order_releaseFirstThenUnloadedBeforeFloorBeforeStanding() {
		List<Finding> findings = List.of(finding("kendall-kyphotic-lordotic"), finding("upper-crossed-syndrome"),
				finding("lower-crossed-syndrome"));
		Hypotheses hypotheses = ENGINE.hypothesise(findings);
		MenuSuggestion menu = GENERATOR.generate(hypotheses.items(), ClientConstraints.minutes(40));
		int previousPhase = 0;
		int previousStage = 0;
		for (SuggestedItem item : menu.items()) {
			boolean releases = hypotheses.items()
				.stream()
				.anyMatch((h) -> item.because().contains(h.key()) && h.state() == MuscleState.SHORT_OVERACTIVE);
			int phase = releases ? 0 : 1;
			int stage = item.position().stage();
			assertThat(phase).as(menu.exerciseIds().toString()).isGreaterThanOrEqualTo(previousPhase);
			if (phase == previousPhase) {
				assertThat(stage).as(menu.exerciseIds().toString()).isGreaterThanOrEqualTo(previousStage);
			}
			previousPhase = phase;
			previousStage = stage;
		}
	}

	@Test
	void generate_clientCannotLieOnTheFloor_noSupineProneOrFloorExercise() {
		MenuSuggestion menu = menu(Findings.lowerCrossed(), ClientConstraints.parse(20, List.of("no-floor")));
		assertThat(menu.items()).isNotEmpty();
		assertThat(menu.items()).extracting(SuggestedItem::position)
			.doesNotContain(Position.SUPINE, Position.PRONE, Position.SIDE_LYING, Position.QUADRUPED);
		assertThat(menu.exerciseIds()).allSatisfy((id) -> assertThat(exercise(id).floor()).isFalse());
	}

	@Test
	void generate_tenMinutes_fitsInTenMinutes() {
		for (List<Finding> findings : List.of(Findings.lowerCrossed(), Findings.upperCrossed(),
				List.of(finding("kendall-flat-back")), List.of(finding("kendall-ideal")))) {
			MenuSuggestion menu = menu(findings, ClientConstraints.minutes(10));
			assertThat(menu.estimatedSeconds()).as(menu.exerciseIds().toString()).isLessThanOrEqualTo(600);
			assertThat(menu.items()).as(findings + " " + menu.exerciseIds())
				.hasSizeGreaterThanOrEqualTo(MenuGenerator.MIN_ITEMS);
		}
	}

	@Test
	void generate_painfulKneeNoKneeling_neverChoosesAContraindicatedExercise() {
		ClientConstraints constraints = ClientConstraints.parse(40,
				List.of("no-kneeling", "painful=knee", "painful=shoulder", "equipment=chair,wall"));
		MenuSuggestion menu = menu(List.of(finding("lower-crossed-syndrome"), finding("upper-crossed-syndrome"),
				finding("kendall-sway-back")), constraints);
		assertThat(menu.items()).isNotEmpty();
		for (String id : menu.exerciseIds()) {
			Exercise exercise = exercise(id);
			assertThat(constraints.excludes(exercise)).as(id).isEmpty();
			assertThat(exercise.kneeling()).isFalse();
			assertThat(exercise.avoidWhenPainful()).doesNotContain("knee", "shoulder");
			assertThat(Set.of("chair", "wall", "none")).containsAll(exercise.equipment());
		}
	}

	@Test
	void generate_sameInput_sameMenu() {
		ClientConstraints constraints = ClientConstraints.parse(20, List.of("no-kneeling"));
		assertThat(menu(Findings.upperCrossed(), constraints)).isEqualTo(menu(Findings.upperCrossed(), constraints));
	}

	@Test
	void generate_rejectedHypothesis_isNotAddressed() {
		Hypotheses hypotheses = ENGINE.hypothesise(List.of(finding("kendall-flat-back")));
		Hypotheses rejected = hypotheses.reject("hamstrings:short-overactive", "dr-who",
				Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));
		MenuSuggestion menu = GENERATOR.generate(rejected.items(), ClientConstraints.minutes(20));
		assertThat(menu.items())
			.allSatisfy((item) -> assertThat(item.because()).doesNotContain("hamstrings:short-overactive"));
	}

	@Test
	void generate_sideSpecificHypotheses_itemsNameTheSide() {
		MenuSuggestion menu = menu(List.of(onSide("elevated-hip", Side.LEFT), finding("egoscue-condition-2")),
				ClientConstraints.minutes(20));
		assertThat(menu.items()).flatExtracting(SuggestedItem::because)
			.contains("quadratus-lumborum:short-overactive:left", "quadratus-lumborum:long-underactive:right");
	}

	@Test
	void generate_noFindings_fallsBackToDailyAlignment() {
		MenuSuggestion menu = menu(List.of(), ClientConstraints.minutes(20));
		assertThat(menu.items()).hasSizeGreaterThanOrEqualTo(MenuGenerator.MIN_ITEMS);
		assertThat(menu.exerciseIds()).contains("static-back");
	}

	@Test
	void hypothesisKeys_inMenuAreThoseOfTheHypotheses() {
		Hypotheses hypotheses = ENGINE.hypothesise(Findings.lowerCrossed());
		MenuSuggestion menu = GENERATOR.generate(hypotheses.items(), ClientConstraints.minutes(20));
		List<String> keys = hypotheses.items().stream().map(Hypothesis::key).toList();
		assertThat(menu.items()).flatExtracting(SuggestedItem::because).isSubsetOf(keys);
	}

	@Test
	void generate_lowerCrossed_neverWorksTheLowBackItThinksShort() {
		MenuSuggestion menu = menu(Findings.lowerCrossed(), ClientConstraints.minutes(40));
		assertThat(menu.exerciseIds()).allSatisfy(
				(id) -> assertThat(exercise(id).addresses("lumbar-erector-spinae", MuscleState.LONG_UNDERACTIVE)).as(id)
					.isFalse());
	}

	@Test
	void generate_timeToSpare_holdsLengthenedAtMostTwiceWithinBudget() {
		MenuSuggestion menu = menu(Findings.upperCrossed(), ClientConstraints.minutes(40));
		assertThat(menu.estimatedSeconds()).isLessThanOrEqualTo(40 * 60);
		assertThat(menu.items()).hasSizeLessThanOrEqualTo(MenuGenerator.TYPICAL_ITEMS);
		for (SuggestedItem item : menu.items()) {
			Dose standard = exercise(item.exerciseId()).dose();
			if (standard.isHold()) {
				assertThat(item.dose().seconds()).as(item.exerciseId())
					.isBetween(standard.seconds(), 2 * standard.seconds());
			}
			else {
				assertThat(item.dose()).isEqualTo(standard);
			}
		}
		assertThat(menu.items()).anySatisfy((item) -> assertThat(item.dose().seconds())
			.isGreaterThan(exercise(item.exerciseId()).dose().seconds()));
	}

}
