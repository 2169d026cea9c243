package org.realign.pose.marker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.realign.core.landmark.View;
import org.realign.pose.PoseLandmark;
import org.realign.pose.RgbImage;

/**
 * A developer's report, not a test: why each drawn marker of some scene sets (mixed, or
 * with {@code -Dmarkers.mixed=false} the development scenes' combinations) was missed.
 * For every marker not found within 1.5 px and named right it prints the scene's recipe
 * and, looked at where the marker was drawn (in the reduced photo when the detector
 * reduces it): the strongest scan response there and its rank among all responses, the
 * nearest candidate the capped list kept, the verifier's result and last reason from the
 * drawn centre and size and from that candidate, and the photometric fit's
 * ({@link DiscFit}) result there. Then each marker reported more than 3 px from any drawn
 * one, and last the set's score as {@code MarkerAcceptanceTest} counts it (a line
 * beginning {@code SET}). With {@code -Dreport.trace=true}, the verifier's trace of the
 * look from the drawn centre follows each miss. With {@code -Dmarkers.light=X,Y}, the
 * scenes' balls are lit from that direction (image axes, towards the light) instead of
 * the upper left ({@code -0.4,-0.5}), the scenes otherwise the same. Run (see
 * docs/markers.md, "where the misses are"):
 *
 * <pre>
 * ./mvnw -q -pl realign-pose test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.realign.pose.marker.MarkerMissReport -Dexec.args="1 3"
 * </pre>
 */
final class MarkerMissReport {

	/** The verifier's trace lines of the look being reported. */
	private final List<String> trace = new ArrayList<>();

	/** Held: the logging framework keeps only weak references to its loggers. */
	private final Logger verifierLog = Logger.getLogger(Verifier.class.getName());

	private MarkerMissReport() {
		this.verifierLog.setUseParentHandlers(false);
		this.verifierLog.addHandler(new Handler() {

			@Override
			public void publish(LogRecord line) {
				MarkerMissReport.this.trace.add(line.getMessage());
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}

		});
	}

	/**
	 * {@code -Dmarkers.mixed=false}: the sets of the development scenes' combinations
	 * shifted by each offset, as {@code MarkerAcceptanceTest} makes them without its
	 * mixed scenes; mixed sets otherwise.
	 */
	private static final boolean MIXED = Boolean.parseBoolean(System.getProperty("markers.mixed", "true"));

	/**
	 * {@code -Dmarkers.light=X,Y}: towards the light that shades the balls (see
	 * {@link MarkerScenes.Recipe#lightX}); the upper left, as the scenes draw it, by
	 * default.
	 */
	private static final double[] LIGHT = Arrays
		.stream(System.getProperty("markers.light", MarkerPainter.UPPER_LEFT_X + "," + MarkerPainter.UPPER_LEFT_Y)
			.split(","))
		.mapToDouble(Double::parseDouble)
		.toArray();

	public static void main(String[] args) {
		MarkerMissReport report = new MarkerMissReport();
		for (String seed : (args.length == 0) ? new String[] { "1" } : args) {
			report.mixedSet(Integer.parseInt(seed));
		}
	}

	/**
	 * The scenes of one mixed set, as {@code MarkerAcceptanceTest} makes and scores them.
	 */
	private void mixedSet(int offset) {
		MarkerDetector detector = new MarkerDetector();
		MarkerAssigner assigner = new MarkerAssigner();
		int n = 0;
		int drawnCount = 0;
		int foundCount = 0;
		int extraCount = 0;
		for (String photo : MarkerAcceptanceTest.PHOTOS) {
			for (View view : View.values()) {
				n++;
				MarkerScenes.Recipe recipe = MarkerAcceptanceTest.recipe(photo, view, n, offset, MIXED)
					.litFrom(LIGHT[0], LIGHT[1]);
				MarkerScenes.Scene scene = MarkerScenes.make(recipe);
				boolean practiceColour = MarkerAcceptanceTest.practiceColour(recipe, n, offset, MIXED);
				Optional<MarkerColour> colour = practiceColour ? Optional.of(MarkerColour.seen(scene.colour()))
						: Optional.empty();
				List<Marker> found = detector.detect(scene.image(), scene.keypoints(), colour, view);
				MarkerAssignment assignment = assigner.assign(found, scene.keypoints(), view);
				String name = String.format("set %d, %s [%s %06X, blur %.1f, noise %.1f, JPEG %.1f%s%s%s]", offset,
						scene.name(), recipe.ball() ? "ball" : "dot", recipe.colour(), recipe.blur(), recipe.noise(),
						recipe.jpeg(), recipe.unevenLight() ? ", uneven light" : "",
						recipe.hideOne() ? ", one hidden" : "", practiceColour ? ", practice colour" : "");
				Searched searched = Searched.of(scene, colour);
				for (MarkerScenes.Drawn drawn : scene.drawn()) {
					drawnCount++;
					Marker named = assignment.assigned().get(drawn.id());
					if (named != null && named.distanceTo(drawn.x(), drawn.y()) <= 1.5) {
						foundCount++;
						continue;
					}
					System.out.println("MISS " + name + " " + drawn.id().id()
							+ String.format(" d=%.1f%s: ", drawn.diameter(), drawn.hiddenNote())
							+ outcome(drawn, named, found) + " | " + this.why(searched, drawn, found));
				}
				for (Marker marker : found) {
					if (scene.drawn().stream().noneMatch((d) -> marker.distanceTo(d.x(), d.y()) <= 3)) {
						extraCount++;
						System.out.printf("EXTRA %s: %s, saturation %.2f%n", name, marker,
								MarkerColour.saturation(marker.rgb()));
					}
				}
			}
		}
		// The set's score as the acceptance test counts it, for comparing sets and runs.
		System.out.printf("SET %d%s: %d of %d found within 1.5 px and named right, %d extra%n", offset,
				MIXED ? " mixed" : "", foundCount, drawnCount, extraCount);
	}

	private static String outcome(MarkerScenes.Drawn drawn, Marker named, List<Marker> found) {
		if (named != null) {
			return String.format("named %.2f px off (%+.2f, %+.2f), %.1f px across",
					named.distanceTo(drawn.x(), drawn.y()), named.x() - drawn.x(), named.y() - drawn.y(),
					named.diameter());
		}
		double nearest = found.stream()
			.mapToDouble((m) -> m.distanceTo(drawn.x(), drawn.y()))
			.min()
			.orElse(Double.POSITIVE_INFINITY);
		return (nearest <= 1.5) ? "found but not named" : String.format("missed (nearest marker %.0f px)", nearest);
	}

	/**
	 * What the detector searched: the photo as it searched it, its region and its
	 * candidates.
	 */
	private record Searched(RgbImage image, double factor, double left, double top, MarkerDetector.Region region,
			List<MarkerDetector.Candidate> responses, List<MarkerDetector.Candidate> candidates) {

		static Searched of(MarkerScenes.Scene scene, Optional<MarkerColour> colour) {
			RgbImage image = RgbImage.of(scene.image());
			List<PoseLandmark> keypoints = scene.keypoints();
			double factor = ReducedPhoto.factorFor(keypoints);
			double left = 0;
			double top = 0;
			if (factor > 1) {
				ReducedPhoto reduced = MarkerDetector.reduced(image,
						MarkerDetector.personRegion(keypoints, image.width(), image.height()), factor);
				keypoints = keypoints.stream().map(reduced::reduce).toList();
				image = reduced.image();
				left = reduced.left();
				top = reduced.top();
			}
			MarkerDetector.Region region = MarkerDetector.personRegion(keypoints, image.width(), image.height());
			List<MarkerDetector.Candidate> responses = MarkerDetector.responses(image, region, colour);
			MarkerDetector.strongestFirst(responses);
			return new Searched(image, factor, left, top, region, responses,
					MarkerDetector.candidates(image, region, colour));
		}

		/**
		 * A marker found on the photo, in the pixels searched (as
		 * {@link ReducedPhoto#restore} undoes).
		 */
		Marker inItsPixels(Marker m) {
			return new Marker((m.x() - this.left) / this.factor, (m.y() - this.top) / this.factor,
					m.diameter() / this.factor, m.confidence(), m.uncertainty() / this.factor, m.rgb());
		}

	}

	private String why(Searched searched, MarkerScenes.Drawn drawn, List<Marker> found) {
		double x = (drawn.x() - searched.left()) / searched.factor();
		double y = (drawn.y() - searched.top()) / searched.factor();
		double r = drawn.diameter() / 2 / searched.factor();
		StringBuilder why = new StringBuilder();
		int rank = -1;
		for (int i = 0; i < searched.responses().size(); i++) {
			MarkerDetector.Candidate c = searched.responses().get(i);
			if (Math.hypot(c.x() - x, c.y() - y) <= Math.max(3, 0.5 * r)) {
				rank = i;
				break;
			}
		}
		why.append((rank < 0) ? "no scan response within half its radius"
				: String.format("strongest response there ranks %d of %d (%.1f times its floor, scale %.1f)", rank + 1,
						searched.responses().size(), searched.responses().get(rank).strength(),
						searched.responses().get(rank).radius()));
		MarkerDetector.Candidate nearest = searched.candidates()
			.stream()
			.min((a, b) -> Double.compare(Math.hypot(a.x() - x, a.y() - y), Math.hypot(b.x() - x, b.y() - y)))
			.orElse(null);
		double apart = (nearest == null) ? Double.POSITIVE_INFINITY : Math.hypot(nearest.x() - x, nearest.y() - y);
		why.append(String.format("; nearest of %d candidates %.1f px away", searched.candidates().size(), apart));
		Verifier verifier = new Verifier(searched.image());
		why.append("; from the drawn centre: ").append(this.verified(verifier, x, y, r, x, y));
		if (Boolean.getBoolean("report.trace")) {
			this.trace.forEach((line) -> why.append("\n    ").append(line));
		}
		if (nearest != null && apart <= Math.max(2, r)) {
			why.append("; from that candidate: ")
				.append(this.verified(verifier, nearest.x(), nearest.y(), nearest.radius(), x, y));
		}
		why.append("; photometric fit there: ")
			.append(DiscFit.secondOpinion(searched.image(), x, y, r, List.of(), (rgb) -> true)
				.map((m) -> String.format("%.2f px off", Math.hypot(m.x() - x, m.y() - y)))
				.orElseGet(() -> "refused (" + fitRefusal(searched.image(), x, y, r) + ")"));
		why.append("; small blob ")
			.append(this.smallBlob(searched, found, (nearest != null && apart <= Math.max(2, r))
					? new double[] { nearest.x(), nearest.y() } : new double[] { x, y }, x, y));
		return why.toString();
	}

	/**
	 * The third opinion ({@link SmallBlob}) from a point, with the set of small markers
	 * of a hue among those found, as the detector asks it.
	 */
	private String smallBlob(Searched searched, List<Marker> found, double[] from, double x, double y) {
		Optional<MarkerDetector.SmallSet> set = MarkerDetector
			.smallSet(found.stream().map(searched::inItsPixels).toList());
		if (set.isEmpty()) {
			return "not asked (no set of small markers of a hue)";
		}
		this.trace.clear();
		Verifier.trace = true;
		try {
			return set.get()
				.look(searched.image(), from[0], from[1])
				.map((m) -> String.format("from there: %.2f px off", Math.hypot(m.x() - x, m.y() - y)))
				.orElseGet(() -> "from there: " + String.join(", ", this.trace).trim());
		}
		finally {
			Verifier.trace = false;
		}
	}

	/**
	 * Why the photometric fit at the drawn circle refuses, plain and partly hidden: each
	 * one's reason ("holds" when it passes but is not precise enough, or the hidden fit
	 * explained the window better and failed) and how far from the drawn centre it went.
	 */
	private static String fitRefusal(RgbImage image, double x, double y, double r) {
		DiscFit fit = new DiscFit(image);
		if (!fit.read(x, y, r, List.of())) {
			return "nothing to read";
		}
		DiscFit.Fit plain = fit.fit(DiscFit.start(x, y, r), DiscFit.PLAIN);
		return "plain: " + judged(fit, plain, x, y, r) + ", hidden: "
				+ judged(fit, fit.withEdge(plain, DiscFit.HIDDEN), x, y, r);
	}

	/**
	 * A fit's reason to refuse ("holds" if none) and how far from the drawn centre it
	 * went.
	 */
	private static String judged(DiscFit fit, DiscFit.Fit result, double x, double y, double r) {
		return Objects.requireNonNullElse(fit.judge(result, x, y, r), "holds")
				+ String.format(" at %.2f px", Math.hypot(result.p()[DiscFit.CX] - x, result.p()[DiscFit.CY] - y));
	}

	/**
	 * The verifier's result from a circle: how far from the drawn centre it found the
	 * marker, or its last reason to refuse.
	 */
	private String verified(Verifier verifier, double x, double y, double r, double drawnX, double drawnY) {
		this.trace.clear();
		Verifier.trace = true;
		try {
			return verifier.verify(x, y, r)
				.map((m) -> String.format("passes %.2f px off, confidence %.2f, saturation %.2f",
						Math.hypot(m.x() - drawnX, m.y() - drawnY), m.confidence(), MarkerColour.saturation(m.rgb())))
				.orElseGet(() -> this.trace.stream()
					.filter((line) -> line.contains("reject"))
					.reduce((first, last) -> last)
					.map(String::strip)
					.orElse("refused"));
		}
		finally {
			Verifier.trace = false;
		}
	}

}
