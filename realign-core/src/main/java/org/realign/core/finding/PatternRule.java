package org.realign.core.finding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A classification (Kendall type, Janda pattern, Egoscue condition) recognised from
 * findings fired earlier. It fires when every required finding is present and every
 * excluded one is absent, and, where it asks for them, when the measurements that show an
 * excluded finding is really absent (not merely unmeasured) were taken.
 * <p>
 * Its severity is the lowest severity among the findings it rests on: a pattern is only
 * as marked as its weakest sign. Its {@code because} lists those findings followed by the
 * measurements behind them.
 */
final class PatternRule implements FindingRule {

	private final String id;

	private final String rule;

	private final List<String> sources;

	private final List<String> required;

	private final List<String> excluded;

	private final List<String> measuredRequired;

	private final Predicate<Evidence> extra;

	private final String extraBecause;

	private final List<String> anyOf;

	private final Function<Evidence, List<String>> supporting;

	private final int atLeast;

	private PatternRule(Builder builder) {
		this.anyOf = List.copyOf(builder.anyOf);
		this.supporting = builder.supporting;
		this.atLeast = builder.atLeast;
		this.id = builder.id;
		this.rule = builder.rule;
		this.sources = List.copyOf(builder.sources);
		this.required = List.copyOf(builder.required);
		this.excluded = List.copyOf(builder.excluded);
		this.measuredRequired = List.copyOf(builder.measuredRequired);
		this.extra = builder.extra;
		this.extraBecause = builder.extraBecause;
	}

	static Builder named(String id) {
		return new Builder(id);
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
		return "the lowest severity among the findings it rests on"
				+ (this.required.isEmpty() ? " (mild when it rests on none)" : "");
	}

	@Override
	public List<String> sources() {
		return this.sources;
	}

	@Override
	public List<Finding> evaluate(Evidence evidence) {
		for (String finding : this.required) {
			if (!evidence.has(finding)) {
				return List.of();
			}
		}
		for (String finding : this.excluded) {
			if (evidence.has(finding)) {
				return List.of();
			}
		}
		for (String measurement : this.measuredRequired) {
			if (!evidence.isMeasured(measurement)) {
				return List.of();
			}
		}
		if (this.extra != null && !this.extra.test(evidence)) {
			return List.of();
		}
		List<String> support = (this.supporting != null) ? this.supporting.apply(evidence) : List.of();
		if (this.supporting != null && support.isEmpty()) {
			return List.of();
		}
		Severity severity = null;
		Set<String> because = new LinkedHashSet<>(this.required);
		List<String> behind = new ArrayList<>();
		for (String finding : this.required) {
			for (Finding fired : evidence.findings(finding)) {
				severity = (severity == null || fired.severity().compareTo(severity) < 0) ? fired.severity() : severity;
				behind.addAll(fired.because());
			}
		}
		if (this.anyOf.size() > 0) {
			List<String> present = this.anyOf.stream().filter(evidence::has).toList();
			if (present.size() < this.atLeast) {
				return List.of();
			}
			because.addAll(present);
			for (String finding : present) {
				for (Finding fired : evidence.findings(finding)) {
					severity = (severity == null || fired.severity().compareTo(severity) < 0) ? fired.severity()
							: severity;
					behind.addAll(fired.because());
				}
			}
		}
		if (this.extraBecause != null) {
			because.add(this.extraBecause);
			for (Finding fired : evidence.findings(this.extraBecause)) {
				severity = (severity == null || fired.severity().compareTo(severity) < 0) ? fired.severity() : severity;
				behind.addAll(fired.because());
			}
		}
		because.addAll(behind);
		because.addAll(this.measuredRequired);
		because.addAll(support);
		return List.of(new Finding(this.id, (severity != null) ? severity : Severity.MILD, Optional.empty(),
				List.copyOf(because)));
	}

	@Override
	public String toString() {
		return "PatternRule[" + this.id + "]";
	}

	static final class Builder {

		private final String id;

		private String rule = "";

		private List<String> sources = List.of();

		private final List<String> required = new ArrayList<>();

		private final List<String> excluded = new ArrayList<>();

		private final List<String> measuredRequired = new ArrayList<>();

		private Predicate<Evidence> extra;

		private String extraBecause;

		private final List<String> anyOf = new ArrayList<>();

		private int atLeast;

		private Function<Evidence, List<String>> supporting;

		private Builder(String id) {
			this.id = id;
		}

		Builder rule(String text) {
			this.rule = text;
			return this;
		}

		Builder sources(String... ids) {
			this.sources = List.of(ids);
			return this;
		}

		Builder requires(String... findings) {
			this.required.addAll(List.of(findings));
			return this;
		}

		Builder excludes(String... findings) {
			this.excluded.addAll(List.of(findings));
			return this;
		}

		Builder measured(String... measurements) {
			this.measuredRequired.addAll(List.of(measurements));
			return this;
		}

		/** At least {@code count} distinct findings among the given ones. */
		Builder requiresAtLeast(int count, String... findings) {
			this.atLeast = count;
			this.anyOf.addAll(List.of(findings));
			return this;
		}

		/**
		 * A further condition; {@code because} names the finding or measurement it rests
		 * on.
		 */
		Builder when(Predicate<Evidence> condition, String because) {
			this.extra = condition;
			this.extraBecause = because;
			return this;
		}

		/**
		 * Measurements that must support the pattern: it fires only when the function
		 * names at least one, and names them among its reasons.
		 */
		Builder supportedBy(Function<Evidence, List<String>> measurements) {
			this.supporting = measurements;
			return this;
		}

		PatternRule build() {
			return new PatternRule(this);
		}

	}

}
