package org.realign.core.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.View;
import org.realign.core.measure.MeasurementCatalog;
import org.realign.core.measure.MeasurementDefinition;
import org.realign.core.measure.MeasurementDefinition.MeasurementError;
import org.realign.core.measure.MeasurementDefinition.ReferenceRange;
import org.realign.core.source.Source;
import org.realign.core.source.SourceCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every measurement definition, its normal range, cut-offs and error, and every finding
 * rule cites at least one source, and every cited id is in the source catalogue. Fails
 * with one line per problem.
 */
class EverythingCitesASourceTest {

	static final List<String> FIXED_FINDING_IDS = List.of("forward-head-posture", "rounded-shoulders",
			"anterior-pelvic-tilt", "posterior-pelvic-tilt", "elevated-shoulder", "elevated-hip", "lateral-head-tilt",
			"lateral-trunk-shift", "knee-hyperextension", "knee-flexion", "knee-valgus", "knee-varus", "foot-flare",
			"load-joints-out-of-line", "kendall-ideal", "kendall-kyphotic-lordotic", "kendall-lordotic",
			"kendall-flat-back", "kendall-sway-back", "upper-crossed-syndrome", "lower-crossed-syndrome",
			"egoscue-condition-1", "egoscue-condition-2", "egoscue-condition-3");

	@Test
	void measurementCatalogue_hasNoProblems() {
		assertThat(MeasurementCatalog.shipped().problems(SourceCatalog.load())).isEmpty();
	}

	@Test
	void findingRules_citeKnownSources() {
		assertThat(ruleProblems(FindingRules.allCurrentRules(), SourceCatalog.load())).isEmpty();
	}

	@Test
	void findingRules_areExactlyTheFixedIds() {
		assertThat(FindingRules.allCurrentRules().stream().map(FindingRule::id).toList())
			.containsExactlyInAnyOrderElementsOf(FIXED_FINDING_IDS);
		assertThat(FindingRules.find("forward-head-posture")).isPresent();
		assertThat(FindingRules.find("no-such-finding")).isEmpty();
	}

	@Test
	void everyCutOff_belongsToAFindingRule() {
		List<String> ruleIds = FindingRules.allCurrentRules().stream().map(FindingRule::id).toList();
		MeasurementCatalog.shipped()
			.all()
			.forEach((definition) -> definition.concerns()
				.forEach(
						(concern) -> assertThat(ruleIds).as(definition.id() + " cut-off").contains(concern.finding())));
	}

	@Test
	void proxies_fireNoFindings() {
		MeasurementCatalog.shipped()
			.all()
			.stream()
			.filter(MeasurementDefinition::proxy)
			.forEach((definition) -> assertThat(definition.concerns()).as(definition.id()).isEmpty());
	}

	@Test
	void findingRules_describeRuleAndGrading() {
		for (FindingRule rule : FindingRules.allCurrentRules()) {
			assertThat(rule.rule()).as(rule.id()).isNotBlank();
			assertThat(rule.severityGrading()).as(rule.id()).isNotBlank();
		}
	}

	@Test
	void problems_reportADefinitionWithoutSourceAndAnUnknownId() {
		MeasurementDefinition uncited = new MeasurementDefinition("head-tilt", "x", List.of(View.ANTERIOR),
				List.of("left-tragus", "right-tragus"), "f", "deg", "s", false, Optional.empty(),
				new ReferenceRange(OptionalDouble.empty(), OptionalDouble.empty(), "n", List.of("no-such-source")),
				List.of(), new MeasurementError(1, "SEM", "n", List.of()), List.of());
		List<String> problems = MeasurementCatalog.of(List.of(uncited))
			.problems(SourceCatalog.of(List.of(new Source("a", "b", "", ""))));
		assertThat(problems).contains("measurement head-tilt cites no source",
				"measurement head-tilt: its measurement error cites no source",
				"measurement head-tilt cites unknown source no-such-source");
	}

	@Test
	void ruleProblems_reportARuleWithoutSources() {
		FindingRule bare = PatternRule.named("kendall-ideal").rule("r").build();
		assertThat(ruleProblems(List.of(bare), SourceCatalog.of(List.of())))
			.containsExactly("finding rule kendall-ideal cites no source");
	}

	static List<String> ruleProblems(List<FindingRule> rules, SourceCatalog sources) {
		List<String> problems = new ArrayList<>();
		for (FindingRule rule : rules) {
			if (rule.sources().isEmpty()) {
				problems.add("finding rule " + rule.id() + " cites no source");
			}
			for (String id : rule.sources()) {
				if (!sources.contains(id)) {
					problems.add("finding rule " + rule.id() + " cites unknown source " + id);
				}
			}
		}
		return problems;
	}

}
