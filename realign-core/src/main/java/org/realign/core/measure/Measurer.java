package org.realign.core.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.realign.core.landmark.BodyScale;
import org.realign.core.landmark.EstimatedAnatomy;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.LandmarkSource;
import org.realign.core.landmark.Side;
import org.realign.core.landmark.View;
import org.realign.core.measure.Formulas.Point;

/**
 * Takes every catalogued measurement a photo's view allows.
 * <p>
 * A measurement whose landmarks are not all present becomes a {@link Measurement.Gap}
 * naming them. Proxy measurements (pose-model keypoints standing in for anatomical
 * points) are taken only on views where a model placed at least one point; on a
 * hand-marked photo they would be nothing but gaps.
 */
public final class Measurer {

	private final MeasurementCatalog catalog;

	public Measurer(MeasurementCatalog catalog) {
		this.catalog = Objects.requireNonNull(catalog, "catalog");
	}

	/** A measurer over the shipped catalogue. */
	public static Measurer shipped() {
		return new Measurer(MeasurementCatalog.shipped());
	}

	public MeasurementCatalog catalog() {
		return this.catalog;
	}

	/** All measurements of one photo, in catalogue order. */
	public List<Measurement> measure(LandmarkSet set) {
		boolean hasModelPoints = set.landmarks().stream().anyMatch((l) -> l.source().isModel());
		List<Measurement> results = new ArrayList<>();
		for (MeasurementDefinition definition : this.catalog.all()) {
			if (!definition.views().contains(set.view()) || (definition.proxy() && !hasModelPoints)) {
				continue;
			}
			results.add(measure(definition, set));
		}
		return results;
	}

	/**
	 * One measurement of one photo; the photo's view must be one the definition lists.
	 * <p>
	 * The reading's basis follows its points: any point from the pose model (a keypoint
	 * or an anatomical point estimated from one) makes it {@code estimated}; otherwise
	 * any skin-marker point makes it {@code marker}; otherwise it is {@code marked}. When
	 * its points carry an uncertainty, the reading's own error is the 95% expanded
	 * uncertainty (1.96 standard deviations) propagated from them through the formula,
	 * combined in quadrature with the definition's error (the measurement's reliability);
	 * otherwise the definition's error stands for it.
	 * <p>
	 * Foot flare is corrected for the camera's depression angle ({@link CameraGeometry});
	 * where the correction cannot be made (no model eyes and ankles to size the person,
	 * the floor edge-on), the image angle is kept as a proxy, which fires no finding.
	 */
	public Measurement measure(MeasurementDefinition definition, LandmarkSet set) {
		if (!definition.views().contains(set.view())) {
			throw new IllegalArgumentException(definition.id() + " is not taken on " + set.view().id());
		}
		List<LandmarkId> needed = definition.landmarksFor(set.view());
		List<LandmarkId> missing = needed.stream().filter((id) -> !set.contains(id)).toList();
		if (!missing.isEmpty()) {
			return new Measurement.Gap(definition.id(), set.view(), missing);
		}
		List<Landmark> used = needed.stream().map((id) -> set.find(id).orElseThrow()).toList();
		Measurement.Basis basis = basisOf(used);
		double reliability = definition.error().value();
		if (definition.id().endsWith("-foot-flare") && definition.side().isPresent()) {
			return footFlare(definition, set, used, basis, reliability);
		}
		Propagation formula = (coordinates, parameter) -> Formulas.compute(definition.id(), set.view(),
				points(coordinates));
		double value = formula.value(coordinates(used), 1);
		return new Measurement.Measured(definition.id(), set.view(), value, definition.unit(), definition.proxy(),
				basis, error(formula, set, used, 0, definition.unit(), reliability));
	}

	private Measurement footFlare(MeasurementDefinition definition, LandmarkSet set, List<Landmark> used,
			Measurement.Basis basis, double reliability) {
		Side side = definition.side().orElseThrow();
		double apparent = Formulas.compute(definition.id(), set.view(), points(coordinates(used)));
		OptionalDouble stature = BodyScale.staturePixels(set);
		List<Landmark> inputs = new ArrayList<>();
		for (Side s : List.of(side, side.opposite())) {
			set.find(LandmarkId.of(s, "heel")).ifPresent(inputs::add);
			set.find(LandmarkId.of(s, "foot-index")).ifPresent(inputs::add);
		}
		if (stature.isEmpty() || inputs.size() % 2 != 0) {
			return new Measurement.Measured(definition.id(), set.view(), apparent, definition.unit(), true, basis,
					OptionalDouble.empty());
		}
		List<Landmark> scale = Stream
			.of(LandmarkId.LEFT_EYE, LandmarkId.RIGHT_EYE, LandmarkId.LEFT_ANKLE, LandmarkId.RIGHT_ANKLE)
			.map(set::find)
			.flatMap(Optional::stream)
			.toList();
		List<Landmark> all = new ArrayList<>(inputs);
		all.addAll(scale);
		double statureAt = stature.getAsDouble();
		Propagation corrected = (c, footRatio) -> {
			List<double[]> feet = new ArrayList<>();
			for (int i = 0; i + 1 < inputs.size(); i += 2) {
				int lateral = Formulas.lateral(View.ANTERIOR, inputs.get(i).id().side().orElseThrow());
				feet.add(new double[] { lateral * (c[2 * i + 2] - c[2 * i]), c[2 * i + 3] - c[2 * i + 1] });
			}
			// The person's size moves with the eye and ankle points, at the scale of its
			// estimate.
			double eyesToAnkles = 0;
			int k = 2 * inputs.size();
			for (Landmark l : scale) {
				double sign = l.id().id().endsWith("eye") ? -1 : 1;
				eyesToAnkles += sign * (c[k + 1] - l.y()) * 2 / scale.size();
				k += 2;
			}
			double footLength = footRatio * CameraGeometry.FOOT_LENGTH_OF_STATURE
					* (statureAt + eyesToAnkles / BodyScale.EYE_TO_ANKLE_OF_STATURE);
			return CameraGeometry.correctedFlare(feet, footLength).orElse(Double.NaN);
		};
		double value = corrected.value(coordinates(all), 1);
		if (Double.isNaN(value)) {
			return new Measurement.Measured(definition.id(), set.view(), apparent, definition.unit(), true, basis,
					OptionalDouble.empty());
		}
		OptionalDouble error = error(corrected, set, all, CameraGeometry.FOOT_LENGTH_RELATIVE_SIGMA, definition.unit(),
				reliability);
		double fallback = expanded(
				Math.abs(corrected.value(coordinates(all), 1 + CameraGeometry.FOOT_LENGTH_RELATIVE_SIGMA) - value),
				reliability);
		if (error.isEmpty() && Double.isNaN(fallback)) {
			// The correction breaks down within the points' error (the floor nearly
			// edge-on): the image angle stays a proxy.
			return new Measurement.Measured(definition.id(), set.view(), apparent, definition.unit(), true, basis,
					OptionalDouble.empty());
		}
		return new Measurement.Measured(definition.id(), set.view(), value, definition.unit(), definition.proxy(),
				basis, error.isPresent() ? error : OptionalDouble.of(fallback));
	}

	/**
	 * The basis of a reading from its points: estimated over marker over marked.
	 */
	public static Measurement.Basis basisOf(List<Landmark> points) {
		if (points.stream().anyMatch((l) -> l.source().isEstimated())) {
			return Measurement.Basis.ESTIMATED;
		}
		if (points.stream().anyMatch((l) -> l.source() == LandmarkSource.MARKER)) {
			return Measurement.Basis.MARKER;
		}
		return Measurement.Basis.MARKED;
	}

	/**
	 * A measurement as a function of its points' coordinates and one scalar parameter.
	 */
	@FunctionalInterface
	interface Propagation {

		double value(double[] coordinates, double parameter);

	}

	/** Coverage factor of the stated error: 95% of a normal distribution. */
	public static final double COVERAGE_FACTOR = 1.96;

	/**
	 * The reading's error, when any point carries an uncertainty: first-order propagation
	 * (central differences) of each point's x and y uncertainty and of the parameter's
	 * relative uncertainty, expanded to 95% and combined with the reliability.
	 * <p>
	 * The points' errors are not independent: a model keypoint's systematic error is
	 * shared by the left and right keypoint of its pair (the same vertically, mirrored
	 * horizontally in a frontal view; {@link EstimatedAnatomy#errorShare}), so the
	 * propagation carries that covariance: each shared component enters once, through the
	 * sum of the slopes of the coordinates it moves. It cancels in a left-right
	 * difference and stays whole between different keypoints.
	 */
	private static OptionalDouble error(Propagation f, LandmarkSet set, List<Landmark> points, double parameterSigma,
			String unit, double reliability) {
		if (points.stream().noneMatch((l) -> sigmaOf(l) > 0) && parameterSigma == 0) {
			return OptionalDouble.empty();
		}
		ErrorModel model = ErrorModel.of(set, points);
		double[] c = coordinates(points);
		double variance = firstOrderVariance(f, model, points, unit);
		if (parameterSigma > 0) {
			double slope = difference(f.value(c, 1 + parameterSigma), f.value(c, 1 - parameterSigma), unit) / 2;
			variance += slope * slope;
		}
		if (Double.isNaN(variance)) {
			return OptionalDouble.empty();
		}
		double firstOrder = COVERAGE_FACTOR * Math.sqrt(variance);
		return OptionalDouble
			.of(Math.hypot(Math.max(firstOrder, sampled(f, model, c, parameterSigma, unit)), reliability));
	}

	/**
	 * Per coordinate (x and y of each point in turn): its independent SD, its share of
	 * the keypoint's systematic component (the group it belongs to, the sign it enters
	 * with and the SD) and of the anatomical offset's shared component (its group and SD,
	 * the same sign), in pixels.
	 */
	private record ErrorModel(double[] independent, int[] group, int[] sign, double[] systematic, int[] offsetGroup,
			double[] offset, int groups) {

		static ErrorModel of(LandmarkSet set, List<Landmark> points) {
			return of(set, points, Term.ALL);
		}

		/** The model with only the given terms (for the error budget). */
		static ErrorModel of(LandmarkSet set, List<Landmark> points, Set<Term> terms) {
			int n = points.size() * 2;
			double[] independent = new double[n];
			int[] group = new int[n];
			int[] sign = new int[n];
			double[] systematic = new double[n];
			int[] offsetGroup = new int[n];
			double[] offset = new double[n];
			Map<String, Integer> groups = new HashMap<>();
			for (int p = 0; p < points.size(); p++) {
				Landmark point = points.get(p);
				for (int axis = 0; axis < 2; axis++) {
					group[2 * p + axis] = -1;
					offsetGroup[2 * p + axis] = -1;
				}
				if (sigmaOf(point) == 0) {
					continue;
				}
				EstimatedAnatomy.ErrorShare share = EstimatedAnatomy.errorShare(set, point);
				double repeatability = terms.contains(Term.repeatabilityOf(set, point, share)) ? share.repeatabilityPx()
						: 0;
				double asymmetry = terms.contains(Term.OFFSET_ASYMMETRY) ? share.asymmetryPx() : 0;
				double sys = terms.contains(Term.KEYPOINT_SYSTEMATIC) ? share.systematicPx() : 0;
				double off = terms.contains(Term.OFFSET_SHARED) ? share.offsetPx() : 0;
				for (int axis = 0; axis < 2; axis++) {
					int i = 2 * p + axis;
					String suffix = (axis == 0) ? "/x" : "/y";
					independent[i] = Math.hypot(repeatability, asymmetry);
					systematic[i] = sys;
					offset[i] = off;
					sign[i] = (axis == 0) ? share.xSign() : 1;
					if (sys > 0) {
						group[i] = groups.computeIfAbsent(share.pair() + suffix, (k) -> groups.size());
					}
					if (off > 0) {
						offsetGroup[i] = groups.computeIfAbsent(share.pair() + "/offset" + suffix,
								(k) -> groups.size());
					}
				}
			}
			return new ErrorModel(independent, group, sign, systematic, offsetGroup, offset, groups.size());
		}

	}

	/** The terms of a reading's error, for {@link #budget}. */
	public enum Term {

		/** The keypoints' published placement error, shared by each bilateral pair. */
		KEYPOINT_SYSTEMATIC,
		/** The keypoint-to-landmark offset's part shared by both sides of a person. */
		OFFSET_SHARED,
		/** The keypoint-to-landmark offset's per-side part (left-right asymmetry). */
		OFFSET_ASYMMETRY,
		/** The photo's spread under test-time augmentation, where above the floor. */
		AUGMENTATION_SPREAD,
		/** The least per-photo error, where the spread is below it. */
		FLOOR,
		/** The measurement's own reliability (the catalogue's error). */
		RELIABILITY;

		static final Set<Term> ALL = EnumSet.allOf(Term.class);

		static Term repeatabilityOf(LandmarkSet set, Landmark point, EstimatedAnatomy.ErrorShare share) {
			OptionalDouble pxPerMm = BodyScale.pixelsPerMillimetre(set);
			if (pxPerMm.isEmpty() || !(point.source().isModel() || point.source() == LandmarkSource.ESTIMATED)) {
				return AUGMENTATION_SPREAD;
			}
			double floor = EstimatedAnatomy.RANDOM_FLOOR_MM * pxPerMm.getAsDouble();
			return (share.repeatabilityPx() <= floor * 1.0001) ? FLOOR : AUGMENTATION_SPREAD;
		}

	}

	/**
	 * A reading's error budget: each term's 95% contribution in the reading's unit when
	 * it alone is propagated (first order; the terms add in quadrature), and under
	 * {@code null} the stated error itself. Empty for a reading without points'
	 * uncertainty or for foot flare (whose error also carries the foot's length).
	 */
	public Map<Term, Double> budget(MeasurementDefinition definition, LandmarkSet set) {
		Map<Term, Double> budget = new EnumMap<>(Term.class);
		List<LandmarkId> needed = definition.landmarksFor(set.view());
		if (!needed.stream().allMatch(set::contains) || definition.id().endsWith("-foot-flare")) {
			return budget;
		}
		List<Landmark> used = needed.stream().map((id) -> set.find(id).orElseThrow()).toList();
		Propagation formula = (coordinates, parameter) -> Formulas.compute(definition.id(), set.view(),
				points(coordinates));
		for (Term term : Term.values()) {
			if (term == Term.RELIABILITY) {
				budget.put(term, definition.error().value());
				continue;
			}
			double variance = firstOrderVariance(formula, ErrorModel.of(set, used, EnumSet.of(term)), used,
					definition.unit());
			budget.put(term, COVERAGE_FACTOR * Math.sqrt(variance));
		}
		return budget;
	}

	private static double firstOrderVariance(Propagation f, ErrorModel model, List<Landmark> points, String unit) {
		double[] c = coordinates(points);
		double variance = 0;
		double[] shared = new double[model.groups()];
		for (int i = 0; i < c.length; i++) {
			double sigma = sigmaOf(points.get(i / 2));
			if (sigma == 0) {
				continue;
			}
			double h = Math.max(0.01, sigma / 4);
			double[] up = c.clone();
			double[] down = c.clone();
			up[i] += h;
			down[i] -= h;
			double slope = difference(f.value(up, 1), f.value(down, 1), unit) / (2 * h);
			variance += (slope * model.independent[i]) * (slope * model.independent[i]);
			if (model.group[i] >= 0) {
				shared[model.group[i]] += slope * model.sign[i] * model.systematic[i];
			}
			if (model.offsetGroup[i] >= 0) {
				shared[model.offsetGroup[i]] += slope * model.sign[i] * model.offset[i];
			}
		}
		for (double s : shared) {
			variance += s * s;
		}
		return variance;
	}

	/**
	 * The points are drawn at this multiple of their uncertainty: the reading's geometry
	 * (a distance the angle is taken over) is known only from the estimate, which is
	 * itself one draw from the truth, so the spread around the estimate understates the
	 * spread around the truth where the geometry is short. 1.1 is the smallest factor
	 * that keeps the stated error covering the truth in at least 95% of simulated people
	 * for every shipped measurement (EstimatedErrorSimulationTest: 96% for the side
	 * view's knee flexion angle, the tightest; 1.0 gives 94%). It was 1.3 while the
	 * anatomical offsets were drawn independently per side, which stated 99-100%
	 * coverage: errors a quarter too wide. The frontal left-right readings still cover
	 * about 100%, because the measurement's reliability (a human marker's SEM) is added
	 * on top of the points' own error.
	 */
	static final double SAMPLING_SPREAD = 1.1;

	/** Draws of the points' positions per reading for the sampled 95% half-width. */
	private static final int DRAWS = 400;

	/**
	 * The 95th percentile of the reading's departure when its points (and the parameter)
	 * are drawn from their uncertainty, each shared systematic component drawn once per
	 * draw for all the points of its pair: first-order propagation understates the error
	 * of angles over short distances (a ratio's tails), so the larger of the two is
	 * stated. The draws are seeded, so a reading's error is the same every time it is
	 * taken.
	 */
	private static double sampled(Propagation f, ErrorModel model, double[] c, double parameterSigma, String unit) {
		Random random = new Random(0x5EEDL + c.length);
		double nominal = f.value(c, 1);
		double[] departures = new double[DRAWS];
		double[] drawn = new double[c.length];
		for (int d = 0; d < DRAWS; d++) {
			draw(model, c, random, drawn, SAMPLING_SPREAD);
			double parameter = 1 + parameterSigma * random.nextGaussian();
			departures[d] = Math.abs(difference(f.value(drawn, parameter), nominal, unit));
		}
		Arrays.sort(departures);
		double q95 = departures[(int) Math.ceil(0.95 * DRAWS) - 1];
		return Double.isNaN(q95) ? 0 : q95;
	}

	/** One draw of the points around {@code from}, each shared component once. */
	private static void draw(ErrorModel model, double[] from, Random random, double[] into, double spread) {
		double[] shared = new double[model.groups()];
		for (int g = 0; g < shared.length; g++) {
			shared[g] = random.nextGaussian();
		}
		for (int i = 0; i < from.length; i++) {
			double systematic = (model.group[i] >= 0) ? model.sign[i] * model.systematic[i] * shared[model.group[i]]
					: 0;
			if (model.offsetGroup[i] >= 0) {
				systematic += model.sign[i] * model.offset[i] * shared[model.offsetGroup[i]];
			}
			into[i] = from[i] + spread * (model.independent[i] * random.nextGaussian() + systematic);
		}
	}

	/**
	 * A point's placement uncertainty; none for a point a person placed or confirmed,
	 * whose error is the measurement's reliability.
	 */
	private static double sigmaOf(Landmark point) {
		return (point.source() == LandmarkSource.MANUAL) ? 0 : point.uncertainty().orElse(0);
	}

	private static double expanded(double sigma, double reliability) {
		return Math.hypot(COVERAGE_FACTOR * sigma, reliability);
	}

	/** A difference of two readings; angles wrap, so that 179 and -179 are 2 apart. */
	private static double difference(double a, double b, String unit) {
		double d = a - b;
		if (Angle.UNIT.equals(unit)) {
			d = ((d + 540) % 360) - 180;
		}
		return d;
	}

	private static double[] coordinates(List<Landmark> points) {
		double[] c = new double[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			c[2 * i] = points.get(i).x();
			c[2 * i + 1] = points.get(i).y();
		}
		return c;
	}

	private static List<Point> points(double[] c) {
		List<Point> points = new ArrayList<>();
		for (int i = 0; i + 1 < c.length; i += 2) {
			points.add(new Point(c[i], c[i + 1]));
		}
		return points;
	}

}
