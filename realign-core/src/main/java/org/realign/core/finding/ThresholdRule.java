package org.realign.core.finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.realign.core.landmark.Side;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.Measurement.Measured;
import org.realign.core.measure.MeasurementCatalog;
import org.realign.core.measure.MeasurementDefinition;
import org.realign.core.measure.MeasurementDefinition.Concern;

/**
 * A finding that fires when one of its measurements passes the cut-off the measurement
 * catalogue gives for it by more than that measurement's error. The cut-offs, grades and
 * their sources are data ({@code kb/measurements.json}); this class only applies them.
 * When several views or measurements fire, the finding takes the highest severity and
 * names every measurement that fired.
 */
final class ThresholdRule implements FindingRule {

	/** Where a one-sided finding takes its side from. */
	enum SideFrom {

		/** Not one-sided. */
		NONE,
		/** The sign of the value, through the concern's positive side. */
		SIGN,
		/** The measurement's own side, or the side facing the camera in lateral views. */
		MEASUREMENT

	}

	private final String id;

	private final String rule;

	private final List<String> measurementIds;

	private final SideFrom sideFrom;

	private final MeasurementCatalog catalog;

	ThresholdRule(String id, String rule, SideFrom sideFrom, MeasurementCatalog catalog, String... measurementIds) {
		this.id = id;
		this.rule = rule;
		this.sideFrom = sideFrom;
		this.catalog = catalog;
		this.measurementIds = List.of(measurementIds);
		for (String measurementId : this.measurementIds) {
			if (catalog.get(measurementId).concernFor(id).isEmpty()) {
				throw new IllegalStateException(measurementId + " has no cut-off for " + id);
			}
		}
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public String rule() {
		return this.rule;
	}

	@Override
	public String severityGrading() {
		return this.measurementIds.stream().map((measurementId) -> {
			MeasurementDefinition definition = this.catalog.get(measurementId);
			Concern concern = definition.concernFor(this.id).orElseThrow();
			StringBuilder text = new StringBuilder(measurementId).append(": mild when ")
				.append(concern.direction().name().toLowerCase().replace('_', ' '))
				.append(' ')
				.append(concern.cutoff())
				.append(' ')
				.append(definition.unit())
				.append(" by more than the error of ")
				.append(definition.error().value());
			concern.moderate().ifPresent((v) -> text.append("; moderate past ").append(v));
			concern.marked().ifPresent((v) -> text.append("; marked past ").append(v));
			if (concern.moderate().isEmpty() && concern.marked().isEmpty()) {
				text.append("; not graded further (no source)");
			}
			return text.toString();
		}).collect(Collectors.joining(". "));
	}

	@Override
	public List<String> sources() {
		Set<String> sources = new LinkedHashSet<>();
		for (String measurementId : this.measurementIds) {
			MeasurementDefinition definition = this.catalog.get(measurementId);
			sources.addAll(definition.concernFor(this.id).orElseThrow().sources());
			sources.addAll(definition.error().sources());
		}
		return List.copyOf(sources);
	}

	/** The measurement ids this rule reads. */
	List<String> measurementIds() {
		return this.measurementIds;
	}

	@Override
	public List<Finding> evaluate(Evidence evidence) {
		Map<Optional<Side>, Severity> severityBySide = new LinkedHashMap<>();
		double widening = estimatedWidening(evidence);
		Map<Optional<Side>, Set<String>> becauseBySide = new LinkedHashMap<>();
		for (String measurementId : this.measurementIds) {
			MeasurementDefinition definition = this.catalog.get(measurementId);
			Concern concern = definition.concernFor(this.id).orElseThrow();
			for (Measured measured : evidence.measured(measurementId)) {
				if (measured.proxy()) {
					// An image-plane stand-in (e.g. foot flare the camera's pitch could
					// not be corrected for) is shown, never a finding on its own.
					continue;
				}
				double error = measured.errorOr(definition.error().value());
				if (measured.basis() == Measurement.Basis.ESTIMATED && measured.error().isPresent()) {
					error *= widening;
				}
				Optional<Severity> severity = grade(concern, measured.value(), error);
				if (severity.isEmpty()) {
					continue;
				}
				Optional<Side> side = switch (this.sideFrom) {
					case NONE -> Optional.empty();
					case SIGN -> concern.sideOf(measured.value());
					case MEASUREMENT -> definition.sideOn(measured.view());
				};
				severityBySide.merge(side, severity.get(), (a, b) -> (a.compareTo(b) >= 0) ? a : b);
				becauseBySide.computeIfAbsent(side, (s) -> new LinkedHashSet<>()).add(measurementId);
			}
		}
		List<Finding> findings = new ArrayList<>();
		severityBySide.forEach((side, severity) -> findings
			.add(new Finding(this.id, severity, side, List.copyOf(becauseBySide.get(side)))));
		return findings;
	}

	/**
	 * How much the 95% error of each estimated reading is widened when this finding reads
	 * several of them (say, four plumb-line angles on two side photos): each reading
	 * alone is wrong 5% of the time, so eight readings would fire a healthy person's
	 * finding about a third of the time. The Bonferroni quantile for the number of
	 * estimated readings keeps the finding's own false-alarm rate at about 5%; 1 for one
	 * reading.
	 */
	private double estimatedWidening(Evidence evidence) {
		long readings = this.measurementIds.stream()
			.flatMap((id) -> evidence.measured(id).stream())
			.filter((m) -> !m.proxy() && m.basis() == Measurement.Basis.ESTIMATED && m.error().isPresent())
			.count();
		if (readings <= 1) {
			return 1;
		}
		return NormalQuantile.upper(0.05 / (2 * readings)) / NormalQuantile.upper(0.025);
	}

	/**
	 * The severity of a value against a cut-off, or empty when it does not pass the
	 * cut-off by more than the measurement error.
	 */
	static Optional<Severity> grade(Concern concern, double value, double error) {
		if (!concern.exceeds(value, error)) {
			return Optional.empty();
		}
		if (concern.passesMarked(value)) {
			return Optional.of(Severity.MARKED);
		}
		if (concern.passesModerate(value)) {
			return Optional.of(Severity.MODERATE);
		}
		return Optional.of(Severity.MILD);
	}

	@Override
	public String toString() {
		return "ThresholdRule[" + this.id + "]";
	}

}
