package org.realign.core.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.realign.core.landmark.Side;
import org.realign.core.measure.MeasurementCatalog;
import org.realign.core.measure.MeasurementDefinition;

import static org.realign.core.finding.ThresholdRule.SideFrom.MEASUREMENT;
import static org.realign.core.finding.ThresholdRule.SideFrom.NONE;
import static org.realign.core.finding.ThresholdRule.SideFrom.SIGN;

/**
 * Every finding rule, in one list and in evaluation order: first the findings read
 * straight off measurements, then the classifications that combine them.
 * <p>
 * The finding ids are fixed; other features code against them:
 * <ul>
 * <li>{@code forward-head-posture} (craniovertebral angle, lateral views)</li>
 * <li>{@code rounded-shoulders} (acromion anterior to the greater trochanter)</li>
 * <li>{@code anterior-pelvic-tilt}, {@code posterior-pelvic-tilt} (ASIS-PSIS)</li>
 * <li>{@code elevated-shoulder} (side), {@code elevated-hip} (side)</li>
 * <li>{@code lateral-head-tilt} (side = the side the head tilts toward)</li>
 * <li>{@code lateral-trunk-shift} (side = the side the shoulders shift toward)</li>
 * <li>{@code knee-hyperextension} (side), {@code knee-flexion} (side)</li>
 * <li>{@code knee-valgus} (side), {@code knee-varus} (side)</li>
 * <li>{@code foot-flare} (side)</li>
 * <li>{@code load-joints-out-of-line}</li>
 * <li>{@code kendall-ideal}, {@code kendall-kyphotic-lordotic}, {@code kendall-lordotic},
 * {@code kendall-flat-back}, {@code kendall-sway-back}</li>
 * <li>{@code upper-crossed-syndrome}, {@code lower-crossed-syndrome}</li>
 * <li>{@code egoscue-condition-1}, {@code egoscue-condition-2},
 * {@code egoscue-condition-3}</li>
 * </ul>
 * A threshold finding fires only when its measurement passes the cut-off by more than the
 * measurement error; cut-offs, grades, errors and their sources live in
 * {@code kb/measurements.json}. Classifications are hypotheses for the practitioner to
 * confirm: photos show alignment, not muscle length or strength, and exercise is not
 * shown to change static posture (Hrysomallis and Goodman 2001, field-research §3.3).
 * Lumbar lordosis and thoracic kyphosis have no landmarks here, so the Kendall types are
 * recognised from the pelvis, head, shoulders and load-joint line only.
 * <p>
 * Pose-model proxy measurements fire no findings: their cut-offs would need their own
 * validation.
 */
public final class FindingRules {

	private FindingRules() {
	}

	/** The rules over the shipped measurement catalogue. */
	public static List<FindingRule> allCurrentRules() {
		return allCurrentRules(MeasurementCatalog.shipped());
	}

	/** The rules over the given measurement catalogue. */
	public static List<FindingRule> allCurrentRules(MeasurementCatalog catalog) {
		List<FindingRule> rules = new ArrayList<>();
		rules.add(new ThresholdRule("forward-head-posture",
				"The craniovertebral angle is below the forward-head cut-off by more than its MDC, on either lateral view.",
				NONE, catalog, "craniovertebral-angle"));
		rules.add(new UnnormedRule("rounded-shoulders", "The acromion lies anterior to the greater trochanter.",
				catalog, "trunk-vertical-alignment"));
		rules.add(new ThresholdRule("anterior-pelvic-tilt",
				"The ASIS-PSIS angle exceeds the top of the range pelvic morphology alone gives by more than the measurement error.",
				NONE, catalog, "sagittal-pelvic-tilt"));
		rules.add(new ThresholdRule("posterior-pelvic-tilt",
				"The ASIS lies higher than the PSIS by more than the measurement error.", NONE, catalog,
				"sagittal-pelvic-tilt"));
		rules.add(new ThresholdRule("elevated-shoulder",
				"The acromion line departs from level beyond the healthy reference interval by more than the measurement error; the side is the higher shoulder.",
				SIGN, catalog, "shoulder-height-asymmetry"));
		rules.add(new UnnormedRule("elevated-hip", "The ASIS line departs from level.", catalog, "pelvic-obliquity"));
		rules.add(new ThresholdRule("lateral-head-tilt",
				"The tragus line departs from level beyond the healthy reference interval by more than the measurement error; the side is the side the head tilts toward.",
				SIGN, catalog, "head-tilt"));
		rules.add(new UnnormedRule("lateral-trunk-shift",
				"The shoulders' mid-point lies off the vertical through the pelvis's mid-point.", catalog,
				"lateral-trunk-shift"));
		rules.add(new ThresholdRule("knee-hyperextension",
				"The knee is extended more than 5 degrees past straight (genu recurvatum) by more than the measurement error.",
				MEASUREMENT, catalog, "knee-flexion-angle"));
		rules.add(new UnnormedRule("knee-flexion",
				"The knee joint line lies anterior to the trochanter-malleolus line (the knee stays bent in standing).",
				catalog, "knee-flexion-angle"));
		rules.add(new ThresholdRule("knee-valgus",
				"The Q angle exceeds the top of the normal range by more than the measurement error.", MEASUREMENT,
				catalog, "left-q-angle", "right-q-angle"));
		rules.add(new UnnormedRule("knee-varus", "The knee lies lateral to the ASIS-ankle line.", catalog,
				"left-frontal-knee-angle", "right-frontal-knee-angle"));
		rules.add(new ThresholdRule("foot-flare",
				"The foot points outward beyond the top of the adult out-toeing range by more than the measurement error.",
				MEASUREMENT, catalog, "left-foot-flare", "right-foot-flare"));
		rules.add(PatternRule.named("load-joints-out-of-line")
			.rule("A sourced sagittal finding (forward head, anterior or posterior pelvic tilt, knee hyperextension) with "
					+ "ear, shoulder, hip or knee off the plumb line through the lateral malleolus by more than the "
					+ "reading's error (Kendall's ideal; Egoscue's load joints). Our inference: the plumb-line angles "
					+ "have no published norm and never fire this alone; the muscles it implicates depend on the "
					+ "direction and are read from the Kendall types, not from this finding.")
			.sources("kendall-2005-posture", "egoscue-1998-pain-free", "realign-convention")
			.requiresAtLeast(1, "forward-head-posture", "anterior-pelvic-tilt", "posterior-pelvic-tilt",
					"knee-hyperextension")
			.supportedBy((evidence) -> Stream
				.of("ear-plumb-angle", "body-vertical-alignment", "hip-plumb-angle", "knee-plumb-angle")
				.filter((id) -> offIdeal(catalog, evidence, id, 0))
				.toList())
			.build());

		rules.add(PatternRule.named("kendall-sway-back")
			.rule("Posterior pelvic tilt with the pelvis translated anterior to the plumb line by more than the reading's error (Kendall sway-back).")
			.sources("kendall-2005-posture", "czaprowski-2018-sagittal")
			.requires("posterior-pelvic-tilt")
			.when((evidence) -> offIdeal(catalog, evidence, "hip-plumb-angle", +1), "hip-plumb-angle")
			.build());
		rules.add(PatternRule.named("kendall-flat-back")
			.rule("Posterior pelvic tilt with the pelvis not translated forward (Kendall flat-back).")
			.sources("kendall-2005-posture", "czaprowski-2018-sagittal")
			.requires("posterior-pelvic-tilt")
			.excludes("kendall-sway-back")
			.measured("hip-plumb-angle")
			.build());
		rules.add(PatternRule.named("kendall-kyphotic-lordotic")
			.rule("Forward head with anterior pelvic tilt (Kendall kyphotic-lordotic).")
			.sources("kendall-2005-posture", "czaprowski-2018-sagittal")
			.requires("forward-head-posture", "anterior-pelvic-tilt")
			.build());
		rules.add(PatternRule.named("kendall-lordotic")
			.rule("Anterior pelvic tilt with the head in line (Kendall lordotic).")
			.sources("kendall-2005-posture", "czaprowski-2018-sagittal")
			.requires("anterior-pelvic-tilt")
			.excludes("forward-head-posture")
			.measured("craniovertebral-angle")
			.build());
		rules.add(PatternRule.named("kendall-ideal")
			.rule("On a lateral view, head, pelvis and knees all lie within their cut-offs (Kendall ideal alignment; the plumb-line angles have no published norm and are shown, not judged).")
			.sources("kendall-2005-posture")
			.excludes("forward-head-posture", "anterior-pelvic-tilt", "posterior-pelvic-tilt", "knee-hyperextension",
					"load-joints-out-of-line")
			.measured("craniovertebral-angle", "sagittal-pelvic-tilt", "knee-flexion-angle")
			.build());
		rules.add(PatternRule.named("upper-crossed-syndrome")
			.rule("Forward head with the acromion anterior to the greater trochanter by more than the reading's error (Janda upper-crossed pattern: forward head and rounded shoulders; the shoulder position has no published norm and counts only beside the sourced forward-head finding).")
			.sources("janda-ucs-physiopedia", "singla-2017-upper-body", "kendall-2005-posture")
			.requires("forward-head-posture")
			.when((evidence) -> offIdeal(catalog, evidence, "trunk-vertical-alignment", +1), "trunk-vertical-alignment")
			.build());
		rules.add(PatternRule.named("lower-crossed-syndrome")
			.rule("Anterior pelvic tilt (Janda lower-crossed pattern; lordosis and hip flexor length are not measured from photos).")
			.sources("schilling-2022-lcs")
			.requires("anterior-pelvic-tilt")
			.build());
		rules.add(PatternRule.named("egoscue-condition-1")
			.rule("Anterior pelvic tilt, both feet turned out beyond the adult range and the head forward (Egoscue Condition I).")
			.sources("egoscue-1998-pain-free", "egoscue-conditions-summaries")
			.requires("anterior-pelvic-tilt", "forward-head-posture")
			.when((evidence) -> evidence.findings("foot-flare")
				.stream()
				.map((f) -> f.side().orElse(null))
				.distinct()
				.filter((side) -> side == Side.LEFT || side == Side.RIGHT)
				.count() == 2, "foot-flare")
			.build());
		rules.add(PatternRule.named("egoscue-condition-2")
			.rule("Two or more asymmetries, each beyond the healthy reference interval plus its error, among shoulder elevation, hip elevation, lateral head tilt and lateral trunk shift (Egoscue Condition II; trunk and pelvis rotation are not measured from 2-D photos, and hip elevation and trunk shift have no published norm, so they never count).")
			.sources("egoscue-1998-pain-free", "egoscue-conditions-summaries")
			.requiresAtLeast(2, "elevated-shoulder", "elevated-hip", "lateral-head-tilt", "lateral-trunk-shift")
			.build());
		rules.add(PatternRule.named("egoscue-condition-3")
			.rule("Posterior pelvic tilt with the head forward and the acromion anterior to the greater trochanter by more than the reading's error (Egoscue Condition III).")
			.sources("egoscue-1998-pain-free", "egoscue-conditions-summaries", "kendall-2005-posture")
			.requires("posterior-pelvic-tilt", "forward-head-posture")
			.when((evidence) -> offIdeal(catalog, evidence, "trunk-vertical-alignment", +1), "trunk-vertical-alignment")
			.build());
		return List.copyOf(rules);
	}

	/** The current rule with the given finding id, if there is one. */
	public static Optional<FindingRule> find(String id) {
		return allCurrentRules().stream().filter((rule) -> rule.id().equals(id)).findFirst();
	}

	/**
	 * Whether a measurement without a published norm lies off Kendall's ideal (0) in the
	 * given direction ({@code +1} positive, {@code -1} negative, {@code 0} either) by
	 * more than the reading's own error: used only beside a sourced finding, never alone.
	 */
	static boolean offIdeal(MeasurementCatalog catalog, Evidence evidence, String measurementId, int direction) {
		MeasurementDefinition definition = catalog.get(measurementId);
		return evidence.measured(measurementId).stream().filter((m) -> !m.proxy()).anyMatch((m) -> {
			double error = m.errorOr(definition.error().value());
			double value = (direction == 0) ? Math.abs(m.value()) : direction * m.value();
			return value > error;
		});
	}

	/** Applies the rules in order, each seeing the findings of those before it. */
	public static List<Finding> evaluate(List<FindingRule> rules, Evidence evidence) {
		Evidence current = evidence;
		List<Finding> fired = new ArrayList<>();
		for (FindingRule rule : rules) {
			List<Finding> found = rule.evaluate(current);
			fired.addAll(found);
			current = current.with(found);
		}
		return List.copyOf(fired);
	}

}
