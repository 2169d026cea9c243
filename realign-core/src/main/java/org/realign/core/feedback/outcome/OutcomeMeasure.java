package org.realign.core.feedback.outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The definition of an outcome measure.
 *
 * @param id kebab-case id, e.g. {@code nprs}
 * @param name its usual name
 * @param unit UCUM unit: {@code {score}} for scores, {@code cm} for distances
 * @param min lowest valid value
 * @param max highest valid value
 * @param lowerIsBetter whether a fall is an improvement
 * @param mcidPoints minimal clinically important difference in points, where sourced
 * @param mcidPercent minimal clinically important change in percent of the baseline,
 * where sourced; either this or {@code mcidPoints} is enough
 * @param optional whether a practice may leave it out
 * @param licenceNote how it may be used
 * @param sourceIds ids in {@code kb/sources/feedback.json}
 */
public record OutcomeMeasure(String id, String name, String unit, double min, double max, boolean lowerIsBetter,
		Optional<Double> mcidPoints, Optional<Double> mcidPercent, boolean optional, String licenceNote,
		List<String> sourceIds) {

	public OutcomeMeasure {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(mcidPoints, "mcidPoints");
		Objects.requireNonNull(mcidPercent, "mcidPercent");
		Objects.requireNonNull(licenceNote, "licenceNote");
		sourceIds = List.copyOf(sourceIds);
	}

	public boolean inRange(double value) {
		return value >= this.min && value <= this.max;
	}

}
