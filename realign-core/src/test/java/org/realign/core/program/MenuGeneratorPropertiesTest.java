package org.realign.core.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.realign.core.finding.Finding;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.knowledge.Findings;
import org.realign.core.knowledge.KnownFindings;
import org.realign.core.landmark.Side;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over many seeded random assessments and clients: the menu always fits its
 * budget, never holds an excluded exercise, never repeats one, stays within 12 items and
 * comes out the same twice.
 */
class MenuGeneratorPropertiesTest {

	static final List<String> CONSTRAINTS = List.of("no-floor", "no-kneeling", "painful=knee", "painful=neck",
			"painful=shoulder", "painful=low-back", "painful=hip", "equipment=chair", "equipment=wall,block");

	static final int[] MINUTES = { 5, 10, 15, 20, 40 };

	@Test
	void generate_randomAssessments_alwaysWithinBudgetAllowedAndDeterministic() {
		Random random = new Random(20261124L);
		for (int run = 0; run < 300; run++) {
			List<Finding> findings = new ArrayList<>();
			for (String id : KnownFindings.ALL) {
				if (random.nextInt(4) == 0) {
					findings.add(KnownFindings.ONE_SIDED.contains(id)
							? Findings.onSide(id, random.nextBoolean() ? Side.LEFT : Side.RIGHT)
							: Findings.finding(id));
				}
			}
			List<String> constraintValues = new ArrayList<>();
			for (String value : CONSTRAINTS) {
				if (random.nextInt(4) == 0) {
					constraintValues.add(value);
				}
			}
			ClientConstraints constraints = ClientConstraints.parse(MINUTES[random.nextInt(MINUTES.length)],
					constraintValues);

			MenuSuggestion menu = MenuGeneratorTest.menu(findings, constraints);
			String context = findings.stream().map(Finding::id).toList() + " " + constraintValues + " -> "
					+ menu.exerciseIds();
			assertThat(menu.estimatedSeconds()).as(context).isLessThanOrEqualTo(constraints.minutes() * 60);
			assertThat(menu.items()).as(context).hasSizeLessThanOrEqualTo(MenuGenerator.MAX_ITEMS);
			assertThat(menu.exerciseIds()).as(context).doesNotHaveDuplicates();
			for (String id : menu.exerciseIds()) {
				assertThat(constraints.excludes(MenuGeneratorTest.exercise(id))).as(context + " " + id).isEmpty();
			}
			if (constraints.minutes() >= 10) {
				assertThat(menu.items()).as(context).hasSizeGreaterThanOrEqualTo(MenuGenerator.MIN_ITEMS);
			}
			assertThat(MenuGeneratorTest.menu(findings, constraints)).isEqualTo(menu);
		}
	}

}
