package org.realign.core.program;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.realign.core.finding.Finding;
import org.realign.core.finding.Severity;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.knowledge.Exercise;
import org.realign.core.knowledge.HypothesisEngine;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.knowledge.KnowledgeBaseLoader;
import org.realign.core.knowledge.Position;
import org.realign.core.landmark.Side;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's constraints checked against each chosen exercise's own fields (position,
 * floor, kneeling, equipment, painful areas), never through
 * {@link ClientConstraints#excludes}, the filter the generator itself uses: a bug in that
 * filter cannot hide here.
 */
class ConstraintExclusionTest {

	private static final KnowledgeBase KB = KnowledgeBaseLoader.loadChecked();

	private static final HypothesisEngine ENGINE = new HypothesisEngine(KB);

	private static final MenuGenerator GENERATOR = new MenuGenerator(KB);

	private static final Set<Position> FLOOR_POSITIONS = Set.of(Position.SUPINE, Position.PRONE, Position.SIDE_LYING,
			Position.QUADRUPED);

	private static final List<List<Finding>> POSTURES = List.of(
			List.of(finding("lower-crossed-syndrome", null), finding("anterior-pelvic-tilt", null)),
			List.of(finding("upper-crossed-syndrome", null), finding("forward-head-posture", null)),
			List.of(finding("kendall-sway-back", null), finding("knee-hyperextension", Side.RIGHT)),
			List.of(finding("kendall-flat-back", null), finding("posterior-pelvic-tilt", null)),
			List.of(finding("egoscue-condition-2", null), finding("elevated-shoulder", Side.LEFT),
					finding("lateral-head-tilt", Side.RIGHT)),
			List.of(finding("foot-flare", Side.LEFT), finding("foot-flare", Side.RIGHT),
					finding("knee-valgus", Side.LEFT)),
			List.of(finding("kendall-ideal", null)));

	@Test
	void everyMenu_respectsEveryConstraint_byTheExercisesOwnFields() {
		int menus = 0;
		for (List<String> constraintSet : constraintSets()) {
			ClientConstraints constraints = ClientConstraints.parse(30, constraintSet);
			for (List<Finding> posture : POSTURES) {
				MenuSuggestion menu = GENERATOR.generate(ENGINE.hypothesise(posture).items(), constraints);
				menus++;
				for (SuggestedItem item : menu.items()) {
					Exercise exercise = KB.exercises().find(item.exerciseId()).orElseThrow();
					String where = constraintSet + " " + exercise.id();
					if (constraintSet.contains("no-floor")) {
						assertThat(exercise.floor()).as(where).isFalse();
						assertThat(FLOOR_POSITIONS).as(where).doesNotContain(exercise.position());
					}
					if (constraintSet.contains("no-kneeling")) {
						assertThat(exercise.kneeling()).as(where).isFalse();
						assertThat(exercise.position()).as(where).isNotEqualTo(Position.QUADRUPED);
					}
					for (String constraint : constraintSet) {
						if (constraint.startsWith("painful=")) {
							assertThat(exercise.avoidWhenPainful()).as(where)
								.doesNotContain(constraint.substring("painful=".length()));
						}
						if (constraint.startsWith("equipment=")) {
							Set<String> owned = new HashSet<>(
									List.of(constraint.substring("equipment=".length()).split(",")));
							owned.add("none");
							assertThat(owned).as(where).containsAll(exercise.equipment());
						}
					}
				}
			}
		}
		assertThat(menus).isGreaterThan(100);
	}

	@Test
	void catalogue_floorAndKneelingFlagsAgreeWithThePosition() {
		for (Exercise exercise : KB.exercises().all()) {
			if (FLOOR_POSITIONS.contains(exercise.position())) {
				assertThat(exercise.floor()).as(exercise.id() + " is done on the floor").isTrue();
			}
			if (exercise.position() == Position.QUADRUPED) {
				assertThat(exercise.kneeling()).as(exercise.id() + " is done on hands and knees").isTrue();
			}
		}
	}

	private static List<List<String>> constraintSets() {
		List<List<String>> sets = new ArrayList<>();
		sets.add(List.of("no-floor"));
		sets.add(List.of("no-kneeling"));
		sets.add(List.of("no-floor", "no-kneeling"));
		for (String area : ClientConstraints.BODY_AREAS) {
			sets.add(List.of("painful=" + area));
			sets.add(List.of("no-floor", "painful=" + area));
		}
		sets.add(List.of("equipment=none"));
		sets.add(List.of("equipment=chair"));
		sets.add(List.of("equipment=wall,chair"));
		sets.add(List.of("equipment=block,strap", "no-kneeling"));
		return sets;
	}

	private static Finding finding(String id, Side side) {
		return new Finding(id, Severity.MODERATE, Optional.ofNullable(side), List.of("test"));
	}

}
