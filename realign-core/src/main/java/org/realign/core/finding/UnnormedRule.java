package org.realign.core.finding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.realign.core.measure.MeasurementCatalog;
import org.realign.core.measure.MeasurementDefinition;

/**
 * A finding whose measurements have no published norm: it never fires. The measurements
 * are still taken and shown with their error, so the practitioner can judge them; the
 * finding id stays so that the knowledge base's rules on it can be read, and so that a
 * cut-off added later (with its source) makes it fire without code changes elsewhere.
 */
final class UnnormedRule implements FindingRule {

	private final String id;

	private final String what;

	private final List<String> measurementIds;

	private final MeasurementCatalog catalog;

	UnnormedRule(String id, String what, MeasurementCatalog catalog, String... measurementIds) {
		this.id = id;
		this.what = what;
		this.catalog = catalog;
		this.measurementIds = List.of(measurementIds);
		for (String measurementId : this.measurementIds) {
			if (catalog.get(measurementId).concernFor(id).isPresent()) {
				throw new IllegalStateException(
						measurementId + " has a cut-off; " + id + " should be a threshold rule");
			}
		}
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public String rule() {
		return this.what + " Not fired: " + String.join(", ", this.measurementIds)
				+ " has no published norm, so it is shown with its error and never fires a finding on its own.";
	}

	@Override
	public String severityGrading() {
		return "none: never fires (no published norm)";
	}

	@Override
	public List<String> sources() {
		Set<String> sources = new LinkedHashSet<>();
		for (String measurementId : this.measurementIds) {
			MeasurementDefinition definition = this.catalog.get(measurementId);
			sources.addAll(definition.normal().sources());
		}
		return List.copyOf(sources);
	}

	/** The measurements that would be read, were a norm published. */
	List<String> measurementIds() {
		return this.measurementIds;
	}

	@Override
	public List<Finding> evaluate(Evidence evidence) {
		return List.of();
	}

	@Override
	public String toString() {
		return "UnnormedRule[" + this.id + "]";
	}

}
