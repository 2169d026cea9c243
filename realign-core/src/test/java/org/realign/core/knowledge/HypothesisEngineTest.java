package org.realign.core.knowledge;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realign.core.finding.Finding;
import org.realign.core.landmark.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realign.core.knowledge.Findings.finding;
import static org.realign.core.knowledge.Findings.onSide;

/** Golden cases from issue 5's acceptance. */
class HypothesisEngineTest {

	static final HypothesisEngine ENGINE = new HypothesisEngine(ShippedKnowledgeBaseTest.KB);

	static final String SO = "short-overactive";

	static final String LU = "long-underactive";

	private static List<String> keys(List<Finding> findings) {
		return ENGINE.hypothesise(findings).items().stream().map(Hypothesis::key).toList();
	}

	@Test
	void hypothesise_lowerCrossed_hipFlexorsAndBackShortGlutesAndAbdominalsLong() {
		assertThat(keys(Findings.lowerCrossed())).contains("iliopsoas:" + SO, "lumbar-erector-spinae:" + SO,
				"gluteus-maximus:" + LU, "rectus-abdominis:" + LU, "external-oblique:" + LU,
				"transversus-abdominis:" + LU);
	}

	@Test
	void hypothesise_upperCrossed_neckAndChestShortDeepFlexorsAndScapularMusclesLong() {
		assertThat(keys(Findings.upperCrossed())).contains("suboccipitals:" + SO, "upper-trapezius:" + SO,
				"pectoralis-minor:" + SO, "deep-cervical-flexors:" + LU, "lower-trapezius:" + LU,
				"serratus-anterior:" + LU);
	}

	@Test
	void hypothesise_flatBack_hamstringsShortOveractive() {
		assertThat(keys(List.of(finding("posterior-pelvic-tilt"), finding("kendall-flat-back"))))
			.contains("hamstrings:" + SO, "iliopsoas:" + LU)
			.doesNotContain("hamstrings:" + LU);
	}

	@Test
	void hypothesise_swayBack_hamstringsAndInternalObliqueShortHipFlexorsAndExternalObliqueLong() {
		assertThat(keys(List.of(finding("kendall-sway-back")))).contains("hamstrings:" + SO, "internal-oblique:" + SO,
				"iliopsoas:" + LU, "external-oblique:" + LU, "thoracic-erector-spinae:" + LU);
	}

	@Test
	void hypothesise_conditionTwoAsymmetry_givesSideSpecificHypotheses() {
		List<Finding> findings = List.of(onSide("elevated-hip", Side.LEFT), onSide("elevated-shoulder", Side.RIGHT),
				finding("egoscue-condition-2"));
		Hypotheses hypotheses = ENGINE.hypothesise(findings);
		assertThat(hypotheses.items()).extracting(Hypothesis::key)
			.contains("quadratus-lumborum:" + SO + ":left", "quadratus-lumborum:" + LU + ":right",
					"upper-trapezius:" + SO + ":right", "gluteus-medius:" + LU + ":right")
			.doesNotContain("quadratus-lumborum:" + SO, "quadratus-lumborum:" + SO + ":right");
		Hypothesis leftQl = hypotheses.find("quadratus-lumborum:" + SO + ":left").orElseThrow();
		assertThat(leftQl.side()).contains(Side.LEFT);
		assertThat(leftQl.because()).contains("elevated-hip", "egoscue-condition-2");
	}

	@Test
	void hypothesise_findingOnBothSides_keepsBothSidesHypotheses() {
		List<Finding> findings = List.of(onSide("foot-flare", Side.LEFT), onSide("foot-flare", Side.RIGHT));
		assertThat(keys(findings)).contains("piriformis:" + SO + ":left", "piriformis:" + SO + ":right",
				"gluteus-medius:" + LU + ":left", "gluteus-medius:" + LU + ":right");
		assertThat(keys(List.of(onSide("foot-flare", Side.RIGHT)))).contains("piriformis:" + SO + ":right")
			.doesNotContain("piriformis:" + SO + ":left");
	}

	@Test
	void hypothesise_conditionTwoWithoutAOneSidedFinding_firesNoSidedRule() {
		assertThat(keys(List.of(finding("egoscue-condition-2")))).isEmpty();
	}

	@Test
	void hypothesise_frameworksAgree_confidenceRisesAndSourcesAreUnited() {
		List<Finding> findings = List.of(finding("anterior-pelvic-tilt"), finding("lower-crossed-syndrome"),
				finding("egoscue-condition-1"));
		Hypothesis iliopsoas = ENGINE.hypothesise(findings).find("iliopsoas:" + SO).orElseThrow();
		assertThat(iliopsoas.frameworks()).containsExactlyInAnyOrder(Framework.JANDA, Framework.KENDALL,
				Framework.SAHRMANN, Framework.EGOSCUE);
		assertThat(iliopsoas.confidence()).isEqualTo(Confidence.HIGH);
		assertThat(iliopsoas.because()).containsExactly("anterior-pelvic-tilt", "lower-crossed-syndrome",
				"egoscue-condition-1");
		assertThat(iliopsoas.sources()).contains("schilling-2022-postural-paradigm", "kendall-2005-posture-types",
				"egoscue-1998-pain-free");

		Hypothesis single = ENGINE.hypothesise(List.of(finding("lower-crossed-syndrome")))
			.find("gluteus-maximus:" + LU)
			.orElseThrow();
		assertThat(single.confidence()).isEqualTo(Confidence.LOW);
	}

	@Test
	void hypothesise_conflictingStates_bothLowWithACaveat() {
		Hypotheses hypotheses = ENGINE.hypothesise(List.of(finding("kendall-lordotic"), finding("kendall-flat-back")));
		Hypothesis shortHamstrings = hypotheses.find("hamstrings:" + SO).orElseThrow();
		Hypothesis longHamstrings = hypotheses.find("hamstrings:" + LU).orElseThrow();
		assertThat(shortHamstrings.confidence()).isEqualTo(Confidence.LOW);
		assertThat(longHamstrings.caveats()).contains(HypothesisEngine.CONFLICT_CAVEAT);
	}

	@Test
	void hypothesise_always_saysTheseAreHypothesesToConfirm() {
		Hypotheses hypotheses = ENGINE.hypothesise(Findings.lowerCrossed());
		assertThat(hypotheses.notices())
			.anySatisfy((n) -> assertThat(n).contains("hypotheses for the practitioner to confirm"));
		assertThat(hypotheses.items()).allSatisfy((h) -> {
			assertThat(h.status()).isEqualTo(Hypothesis.Status.PROPOSED);
			assertThat(h.sources()).isNotEmpty();
			assertThat(h.reasons()).isNotEmpty();
		});
	}

	@Test
	void hypothesise_idealPosture_noHypotheses() {
		assertThat(keys(List.of(finding("kendall-ideal")))).isEmpty();
	}

	@Test
	void hypothesise_sameInput_sameOutput() {
		assertThat(ENGINE.hypothesise(Findings.upperCrossed())).isEqualTo(ENGINE.hypothesise(Findings.upperCrossed()));
	}

	@Test
	void hypothesise_shortOveractiveListedFirst() {
		List<Hypothesis> items = ENGINE.hypothesise(Findings.lowerCrossed()).items();
		int lastShort = -1;
		int firstLong = items.size();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).state() == MuscleState.SHORT_OVERACTIVE) {
				lastShort = i;
			}
			else {
				firstLong = Math.min(firstLong, i);
			}
		}
		assertThat(lastShort).isLessThan(firstLong);
		assertThat(items.get(0).side()).isEqualTo(Optional.empty());
	}

	@Test
	void swayBackWithAHyperextendedKnee_namesTheHamstringConflictAndTheBetterSupportedReading() {
		Hypotheses hypotheses = ENGINE.hypothesise(List.of(finding("posterior-pelvic-tilt"),
				finding("kendall-sway-back"), onSide("knee-hyperextension", Side.RIGHT)));
		Hypothesis shortBoth = hypotheses.find("hamstrings:" + SO).orElseThrow();
		Hypothesis longRight = hypotheses.find("hamstrings:" + LU + ":right").orElseThrow();
		assertThat(shortBoth.conflict()).as("an unsided hypothesis speaks of both sides").isPresent();
		assertThat(longRight.conflict()).isPresent();
		assertThat(shortBoth.conflict().get()).contains("Findings pull hamstrings two ways")
			.contains("Better supported: hamstrings short-overactive from posterior-pelvic-tilt, kendall-sway-back");
		assertThat(longRight.conflict().get()).contains("Better supported: hamstrings short-overactive");
		assertThat(shortBoth.confidence()).isEqualTo(Confidence.LOW);
	}

	@Test
	void kneeHyperextension_quadricepsNotShort_agreesWithKendallsSwayBack() {
		List<String> keys = keys(List.of(onSide("knee-hyperextension", Side.LEFT)));
		assertThat(keys).contains("quadriceps:" + LU + ":left").doesNotContain("quadriceps:" + SO + ":left");
		assertThat(ShippedKnowledgeBaseTest.KB.rules()).noneMatch((r) -> r.finding().equals("knee-hyperextension")
				&& r.muscle().equals("quadriceps") && r.state() == MuscleState.SHORT_OVERACTIVE);
	}

	@Test
	void loadJointsOutOfLine_alone_hypothesisesNoMuscle_theDirectionSpecificTypesDo() {
		assertThat(keys(List.of(finding("load-joints-out-of-line")))).isEmpty();
		// hips forward of the line (sway-back): hip flexors long; hips flexed (lordotic):
		// short
		assertThat(keys(List.of(finding("posterior-pelvic-tilt"), finding("kendall-sway-back"))))
			.contains("iliopsoas:" + LU)
			.doesNotContain("iliopsoas:" + SO);
		assertThat(keys(List.of(finding("anterior-pelvic-tilt"), finding("kendall-lordotic"))))
			.contains("iliopsoas:" + SO)
			.doesNotContain("iliopsoas:" + LU);
	}

	@Test
	void ourOwnInference_isLabelledSo() {
		Hypotheses hypotheses = ENGINE.hypothesise(List.of(onSide("elevated-shoulder", Side.LEFT),
				onSide("lateral-head-tilt", Side.LEFT), finding("egoscue-condition-2")));
		Hypothesis levator = hypotheses.find("levator-scapulae:" + SO + ":left").orElseThrow();
		assertThat(levator.evidence()).isEqualTo(RuleEvidence.INFERENCE);
		assertThat(levator.ownInference()).isTrue();
		assertThat(levator.caveats()).anySatisfy((c) -> assertThat(c).startsWith("Our inference"));
		Hypothesis iliopsoas = ENGINE.hypothesise(Findings.lowerCrossed()).find("iliopsoas:" + SO).orElseThrow();
		assertThat(iliopsoas.evidence()).isEqualTo(RuleEvidence.SOURCE);
		assertThat(iliopsoas.ownInference()).isFalse();
	}

	@Test
	void everyRuleSaysHowFarItWasChecked_andEveryInferenceOrSecondaryRuleSaysWhy() {
		for (HypothesisRule rule : ShippedKnowledgeBaseTest.KB.rules()) {
			if (rule.evidence() != RuleEvidence.SOURCE) {
				assertThat(rule.caveat()).as(rule.id()).isNotBlank();
			}
			if (rule.evidence() == RuleEvidence.INFERENCE) {
				assertThat(rule.caveat()).as(rule.id()).containsIgnoringCase("our");
			}
		}
	}

}
