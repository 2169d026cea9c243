package org.realign.core.measure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.Side;
import org.realign.core.landmark.View;

/**
 * One measurement as the knowledge base defines it ({@code kb/measurements.json}): what
 * it is taken from, how, in which unit, which way is positive, what is normal, from where
 * a deviation is of concern, and how large the measurement error is. Units and ranges
 * belong here, not to each result.
 * <p>
 * Landmark names may start with {@code {near}-}: in a lateral view that means the side of
 * the person facing the camera, so that {@code {near}-tragus} is the left tragus in a
 * left-lateral photo.
 *
 * @param id kebab-case id, e.g. {@code craniovertebral-angle}
 * @param name a human name
 * @param views the views it is taken on
 * @param landmarks landmark names in the order the formula uses them
 * @param formula the formula in words
 * @param unit UCUM code ({@code deg}, {@code %})
 * @param signConvention which way is positive
 * @param proxy true when computed from pose-model keypoints that stand in for anatomical
 * points
 * @param side the person's side for one-sided measurements ({@code left-q-angle})
 * @param normal the normal range and where it comes from
 * @param concerns the cut-offs from which findings fire
 * @param error the measurement error (SEM or MDC) and where it comes from
 * @param sources ids of the sources for the definition itself
 */
public record MeasurementDefinition(String id, String name, List<View> views, List<String> landmarks, String formula,
		String unit, String signConvention, boolean proxy, Optional<Side> side, ReferenceRange normal,
		List<Concern> concerns, MeasurementError error, List<String> sources) {

	/** The placeholder for the side that faces the camera in lateral views. */
	public static final String NEAR = "{near}-";

	public MeasurementDefinition {
		Objects.requireNonNull(id, "id");
		views = List.copyOf(views);
		landmarks = List.copyOf(landmarks);
		concerns = List.copyOf(concerns);
		sources = List.copyOf(sources);
		Objects.requireNonNull(normal, "normal");
		Objects.requireNonNull(error, "error");
		Objects.requireNonNull(side, "side");
	}

	/** The landmarks this measurement needs on the given view, in formula order. */
	public List<LandmarkId> landmarksFor(View view) {
		List<LandmarkId> resolved = new ArrayList<>();
		for (String name : this.landmarks) {
			String idText = name;
			if (name.startsWith(NEAR)) {
				Side near = view.sideFacingCamera()
					.orElseThrow(() -> new IllegalStateException(this.id + " uses {near} on a frontal view"));
				idText = near.id() + "-" + name.substring(NEAR.length());
			}
			String finalId = idText;
			resolved.add(LandmarkId.fromId(finalId)
				.orElseThrow(() -> new IllegalStateException(this.id + ": unknown landmark " + finalId)));
		}
		return resolved;
	}

	/**
	 * The person's side a result on this view describes: the fixed side, else the near
	 * side.
	 */
	public Optional<Side> sideOn(View view) {
		return this.side.isPresent() ? this.side : view.sideFacingCamera();
	}

	public Optional<Concern> concernFor(String findingId) {
		return this.concerns.stream().filter((c) -> c.finding().equals(findingId)).findFirst();
	}

	/**
	 * Every source id this definition cites, for itself, its range, concerns and error.
	 */
	public Set<String> allSourceIds() {
		Set<String> all = new LinkedHashSet<>(this.sources);
		all.addAll(this.normal.sources());
		all.addAll(this.error.sources());
		this.concerns.forEach((c) -> all.addAll(c.sources()));
		return all;
	}

	/**
	 * The range of values seen in people without the deviation, or an explicit statement
	 * that no published norm was found.
	 *
	 * @param low lower bound, if any
	 * @param high upper bound, if any
	 * @param mean the healthy sample's mean, when the source gives one
	 * @param sd the healthy sample's standard deviation, when the source gives (or lets
	 * one derive) it; the specificity tests draw healthy postures from it
	 * @param status whether the range is published, or the knowledge base says there is
	 * no published norm (then the measurement is shown and never fires a finding on its
	 * own), or neither was stated (a knowledge-base error)
	 * @param note what the range rests on
	 * @param sources its sources
	 */
	public record ReferenceRange(OptionalDouble low, OptionalDouble high, OptionalDouble mean, OptionalDouble sd,
			NormStatus status, String note, List<String> sources) {

		public ReferenceRange {
			Objects.requireNonNull(status, "status");
			sources = List.copyOf(sources);
		}

		/** A range whose status follows from whether it has a bound. */
		public ReferenceRange(OptionalDouble low, OptionalDouble high, String note, List<String> sources) {
			this(low, high, OptionalDouble.empty(), OptionalDouble.empty(),
					(low.isPresent() || high.isPresent()) ? NormStatus.PUBLISHED : NormStatus.NO_PUBLISHED_NORM, note,
					sources);
		}

		/** Whether a published normal range stands behind this measurement. */
		public boolean published() {
			return this.status == NormStatus.PUBLISHED;
		}

	}

	/** Whether a measurement has a published normal range. */
	public enum NormStatus {

		/** A published range or spread is cited. */
		PUBLISHED,
		/** The knowledge base says explicitly that no published norm was found. */
		NO_PUBLISHED_NORM,
		/** Neither: the validator refuses it. */
		UNSTATED

	}

	/** Where a cut-off comes from: the count the clinical-rigour report gives. */
	public enum CutoffKind {

		/**
		 * The edge of the cited healthy sample's spread (its 95% reference interval or
		 * published tolerance range).
		 */
		REFERENCE_INTERVAL("reference-interval"),
		/** A clinical cut-off a published study or textbook uses. */
		CLINICAL("clinical");

		private final String id;

		CutoffKind(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

		public static Optional<CutoffKind> fromId(String id) {
			for (CutoffKind kind : values()) {
				if (kind.id.equals(id)) {
					return Optional.of(kind);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * How large a difference the method cannot tell from noise.
	 *
	 * @param value in the measurement's unit
	 * @param kind {@code SEM} or {@code MDC} or another named statistic
	 * @param note what it rests on
	 * @param sources its sources
	 */
	public record MeasurementError(double value, String kind, String note, List<String> sources) {

		/**
		 * MDC95 per unit of SEM: 1.96 x sqrt(2) [1].
		 * <p>
		 * [1] Weir J.P., J Strength Cond Res 2005;19(1):231 (source
		 * {@code weir-2005-icc-sem}).
		 */
		public static final double MDC95_PER_SEM = 1.96 * Math.sqrt(2);

		public MeasurementError {
			sources = List.copyOf(sources);
		}

		/**
		 * The minimal detectable change at 95% confidence: the value itself when the
		 * knowledge base gives an MDC, 1.96 x sqrt(2) x SEM when it gives an SEM [1], and
		 * none for other statistics (a mean absolute error against a reference says how
		 * accurate a method is, not how far two of its readings must differ to be told
		 * apart; "not-established" says there is nothing to go on).
		 */
		public OptionalDouble minimalDetectableChange() {
			return switch (this.kind) {
				case "MDC" -> OptionalDouble.of(this.value);
				case "SEM" -> OptionalDouble.of(MDC95_PER_SEM * this.value);
				default -> OptionalDouble.empty();
			};
		}

		/**
		 * Whether a change between two readings is larger than the minimal detectable
		 * change: the test behind "change beyond the measurement error" in the comparison
		 * of two assessments; the progress timeline (ProgressSummaries) writes the same
		 * test out, since the feedback loop may not depend on this package.
		 */
		public static boolean changeExceeds(double change, double minimalDetectableChange) {
			return Math.abs(change) > minimalDetectableChange;
		}

	}

	/** Which way from the cut-off a value is of concern. */
	public enum Direction {

		/** Values below the cut-off (e.g. a small craniovertebral angle). */
		BELOW,
		/** Values above the cut-off. */
		ABOVE,
		/** Values whose magnitude exceeds the cut-off, either sign (asymmetries). */
		EITHER_WAY

	}

	/**
	 * A cut-off from which a finding fires, with its severity grading.
	 * <p>
	 * The finding fires only when the value passes {@code cutoff} by more than the
	 * measurement error, so that noise never makes a finding. Severity is
	 * {@code moderate} or {@code marked} when the value also passes those cut-offs; a
	 * grade with no source is left out rather than guessed, and then the finding stays
	 * {@code mild}.
	 *
	 * @param finding the finding rule id this cut-off belongs to
	 * @param direction which way is of concern
	 * @param cutoff where concern begins
	 * @param moderate where it becomes moderate, if a source supports a grade
	 * @param marked where it becomes marked, if a source supports a grade
	 * @param positiveSide for {@link Direction#EITHER_WAY}, the side a positive value
	 * points to
	 * @param kind whether the cut-off is the edge of a cited normal spread or a cited
	 * clinical cut-off
	 * @param basis what the cut-off rests on, in words (including "no normative study")
	 * @param sources its sources
	 */
	public record Concern(String finding, Direction direction, double cutoff, OptionalDouble moderate,
			OptionalDouble marked, Optional<Side> positiveSide, CutoffKind kind, String basis, List<String> sources) {

		public Concern {
			Objects.requireNonNull(finding, "finding");
			Objects.requireNonNull(direction, "direction");
			Objects.requireNonNull(kind, "kind");
			sources = List.copyOf(sources);
		}

		/** A clinical cut-off. */
		public Concern(String finding, Direction direction, double cutoff, OptionalDouble moderate,
				OptionalDouble marked, Optional<Side> positiveSide, String basis, List<String> sources) {
			this(finding, direction, cutoff, moderate, marked, positiveSide, CutoffKind.CLINICAL, basis, sources);
		}

		/**
		 * Whether the value passes the cut-off by more than the error: the condition for
		 * the finding to fire at all.
		 */
		public boolean exceeds(double value, double error) {
			double beyond = switch (this.direction) {
				case BELOW -> this.cutoff - value;
				case ABOVE -> value - this.cutoff;
				case EITHER_WAY -> Math.abs(value) - this.cutoff;
			};
			return beyond > error;
		}

		/** Whether the value passes the moderate cut-off, when the data gives one. */
		public boolean passesModerate(double value) {
			return this.moderate.isPresent() && passes(value, this.moderate.getAsDouble());
		}

		/** Whether the value passes the marked cut-off, when the data gives one. */
		public boolean passesMarked(double value) {
			return this.marked.isPresent() && passes(value, this.marked.getAsDouble());
		}

		private boolean passes(double value, double limit) {
			return switch (this.direction) {
				case BELOW -> value < limit;
				case ABOVE -> value > limit;
				case EITHER_WAY -> Math.abs(value) > limit;
			};
		}

		/** For two-way cut-offs, the side a value points to. */
		public Optional<Side> sideOf(double value) {
			if (this.direction != Direction.EITHER_WAY || this.positiveSide.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of((value >= 0) ? this.positiveSide.get() : this.positiveSide.get().opposite());
		}

	}

}
