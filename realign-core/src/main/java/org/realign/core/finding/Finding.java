package org.realign.core.finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.realign.core.landmark.Side;

/**
 * A postural finding that fired for one assessment: which rule, how marked, on which side
 * (for one-sided findings such as {@code elevated-shoulder}), and which measurements made
 * it fire. Classifications ({@code lower-crossed-syndrome}, {@code egoscue-condition-1},
 * ...) are findings too; their {@code because} lists the findings and measurements they
 * rest on.
 *
 * @param id the rule's kebab-case id, e.g. {@code forward-head-posture}
 * @param severity how far beyond the measurement error the deviation lies
 * @param side the person's side for one-sided findings, empty otherwise
 * @param because ids of the measurements (and, for classifications, findings) that made
 * it fire
 */
public record Finding(String id, Severity severity, Optional<Side> side, List<String> because) {

	public Finding {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(side, "side");
		because = List.copyOf(because);
	}

	public static Finding of(String id, Severity severity, List<String> because) {
		return new Finding(id, severity, Optional.empty(), because);
	}

	public static Finding onSide(String id, Severity severity, Side side, List<String> because) {
		return new Finding(id, severity, Optional.of(side), because);
	}

}
