package org.realign.pose.marker;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.realign.core.landmark.View;
import org.realign.pose.ImageLoader;
import org.realign.pose.ModelStore;
import org.realign.pose.PoseEstimator;
import org.realign.pose.PoseLandmark;
import org.realign.pose.PoseModel;
import org.realign.pose.PoseOptions;
import org.realign.pose.PoseResult;

/**
 * What finding skin markers adds to a photo, side by side with the pose model it follows
 * (absolute times drift on a shared machine; the ratio is what to read).
 * <p>
 * {@code markers}: {@link MarkerDetector#detect} with the colour detected, on the person
 * region of the pose keypoints, then {@link MarkerAssigner#assign} for the anterior view,
 * all on the benchmark's one thread (as in a batch, one photo per core).
 * {@code markersLone}: the same for a photo alone in flight (the upload path,
 * {@code landmarks} on one photo), whose detector shares the candidate search and the
 * verification among all cores ({@code new MarkerDetector(cores)}); run it with
 * {@code -t 1}, else the photos are not alone. {@code pose}: the full BlazePose pipeline
 * on the same photos, on one thread. Inputs: {@code pose.jpg} (1000x667) and squat frame
 * 18 (720x1280), alternating, unmodified or with the front view's markers drawn on them
 * ({@link #photos}).
 *
 * <pre>
 * ./mvnw -B -q -Pbench package -pl realign-bench -am -DskipTests
 * java -jar realign-bench/target/benchmarks.jar MarkerBenchmark -t 1 -f 1 -wi 8 -w 1s -i 5 -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MarkerBenchmark {

	private PoseEstimator estimator;

	private BufferedImage[] images;

	private List<List<PoseLandmark>> keypoints;

	private final MarkerDetector detector = new MarkerDetector();

	private final MarkerDetector loneDetector = new MarkerDetector(Runtime.getRuntime().availableProcessors());

	private final MarkerAssigner assigner = new MarkerAssigner();

	private int next;

	/**
	 * {@code unmarked}: the photos as they are. {@code marked}: the front view's marker
	 * set drawn on them first (blue dots of 4% of the trunk, as a 20 mm dot on a 50 cm
	 * trunk, anti-aliased, then JPEG at quality 85), so that every marker is verified,
	 * named, and the second opinions and the colour group run as on a practice's photo.
	 * {@code half}: every other site of the set marked, as by a practice marking only the
	 * points it measures, so that the other half are open sites looked at once more
	 * ({@link MarkerDetector#detect(BufferedImage, List, Optional, View)}).
	 */
	@Param({ "unmarked", "marked", "half" })
	public String photos;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		Path testdata = org.realign.pose.ReferenceData.directory();
		ImageLoader loader = new ImageLoader();
		this.images = new BufferedImage[] { loader.load(testdata.resolve("pose.jpg")),
				loader.load(testdata.resolve("pose_squats_frames/frame_018.jpg")) };
		this.estimator = PoseEstimator.open(ModelStore.fromEnvironment().ensureAvailable(PoseModel.FULL), 1,
				PoseOptions.defaults(), 1);
		this.keypoints = java.util.Arrays.stream(this.images)
			.map((image) -> this.estimator.estimate(image).orElseThrow().landmarks())
			.toList();
		if (!this.photos.equals("unmarked")) {
			int every = this.photos.equals("half") ? 2 : 1;
			for (int i = 0; i < this.images.length; i++) {
				this.images[i] = marked(this.images[i], this.keypoints.get(i), every);
				// Said in the output, so that a run whose markers went unseen is not read
				// as the cost of finding them.
				System.err.printf("marked photo %d: %d sites drawn, %d markers found%n", i,
						(MarkerSites.predict(View.ANTERIOR, this.keypoints.get(i)).size() + every - 1) / every,
						this.detector.detect(this.images[i], this.keypoints.get(i), Optional.empty(), View.ANTERIOR)
							.size());
			}
		}
	}

	/** The photo with every {@code every}th site of the front view's set marked. */
	private static BufferedImage marked(BufferedImage photo, List<PoseLandmark> k, int every) throws IOException {
		double diameter = Math.max(6, 0.04 * MarkerDetector.trunk(k));
		BufferedImage out = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.drawImage(photo, 0, 0, null);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(0x2255DD));
		List<MarkerSites.Site> sites = MarkerSites.predict(View.ANTERIOR, k);
		for (int s = 0; s < sites.size(); s += every) {
			MarkerSites.Site site = sites.get(s);
			g.fill(new Ellipse2D.Double(site.x() - diameter / 2, site.y() - diameter / 2, diameter, diameter));
		}
		g.dispose();
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam quality = writer.getDefaultWriteParam();
		quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		quality.setCompressionQuality(0.85f);
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(jpeg)) {
			writer.setOutput(stream);
			writer.write(null, new IIOImage(out, null, null), quality);
		}
		writer.dispose();
		return ImageIO.read(new ByteArrayInputStream(jpeg.toByteArray()));
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.estimator.close();
	}

	@Benchmark
	public MarkerAssignment markers() {
		int i = this.next++ & 1;
		List<Marker> found = this.detector.detect(this.images[i], this.keypoints.get(i), Optional.empty(),
				View.ANTERIOR);
		return this.assigner.assign(found, this.keypoints.get(i), View.ANTERIOR);
	}

	@Benchmark
	public MarkerAssignment markersLone() {
		int i = this.next++ & 1;
		List<Marker> found = this.loneDetector.detect(this.images[i], this.keypoints.get(i), Optional.empty(),
				View.ANTERIOR);
		return this.assigner.assign(found, this.keypoints.get(i), View.ANTERIOR);
	}

	@Benchmark
	public PoseResult pose() {
		return this.estimator.estimate(this.images[this.next++ & 1]).orElseThrow();
	}

}
