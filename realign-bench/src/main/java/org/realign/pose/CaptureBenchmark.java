package org.realign.pose;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.realign.core.assessment.Assessment;
import org.realign.core.assessment.AssessmentReport;
import org.realign.core.assessment.Assessor;
import org.realign.core.capture.CaptureCheck;
import org.realign.core.capture.CaptureReport;
import org.realign.core.landmark.EstimatedAnatomy;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;

/**
 * What the photo checks cost, side by side in one run:
 * <ul>
 * <li>{@code landmarks}: a decoded photo to 33 landmarks (the full model), the
 * baseline;</li>
 * <li>{@code landmarksAndCapture}: the same plus the capture check and the estimated
 * anatomy (target: at most 10% more);</li>
 * <li>{@code fourPhotoAssessment}: four decoded photos, each through the pose model's
 * test-time augmentation ({@link PoseEstimator#estimateAugmented}: six passes), the
 * capture check, the estimated anatomy, then the measurements, their errors and the
 * findings, the photos spread over both cores (target: under one second);</li>
 * <li>{@code augmentedPhoto}: one photo's test-time augmentation alone, its passes shared
 * with the idle second interpreter pair.</li>
 * </ul>
 * The photos: the standing squat frame (720x1280) and its mirror image; four views are
 * made of them (two given as sides: the measuring cost does not depend on what the photo
 * shows).
 *
 * <pre>
 * ./mvnw -B -q -Pbench package -pl realign-bench -am -DskipTests
 * java -jar realign-bench/target/benchmarks.jar CaptureBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CaptureBenchmark {

	private PoseEstimator estimator;

	private BufferedImage standing;

	private BufferedImage[] four;

	private ExecutorService executor;

	private final Assessor assessor = Assessor.shipped();

	@Setup(Level.Trial)
	public void setUp() {
		Path testdata = ReferenceData.directory();
		this.standing = new ImageLoader().load(testdata.resolve("pose_squats_frames/frame_000.jpg"));
		BufferedImage mirror = flip(this.standing);
		this.four = new BufferedImage[] { this.standing, mirror, this.standing, mirror };
		this.estimator = PoseEstimator.open(ModelStore.fromEnvironment().ensureAvailable(PoseModel.FULL), 2,
				PoseOptions.defaults(), 1);
		this.executor = Executors.newFixedThreadPool(2);
		this.standingPose = this.estimator.estimate(this.standing).orElseThrow();
		this.fourSets = new ArrayList<>();
		for (View view : View.values()) {
			this.fourSets.add(EstimatedAnatomy.addTo(PoseLandmarkSets.inside(this.standingPose, view)));
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.executor.shutdownNow();
		this.estimator.close();
	}

	private PoseResult standingPose;

	/**
	 * The capture check and the estimated anatomy alone, on a pose found once: their own
	 * cost, which does not depend on the machine's load the way the model's does.
	 */
	@Benchmark
	public LandmarkSet captureOnly() {
		CaptureReport report = CaptureCheck.check(PoseLandmarkSets.all(this.standingPose, View.ANTERIOR),
				Optional.of(View.ANTERIOR), this.standingPose.people());
		if (!report.accepted()) {
			throw new IllegalStateException(report.summary());
		}
		return EstimatedAnatomy.addTo(PoseLandmarkSets.inside(this.standingPose, View.ANTERIOR));
	}

	/** Measurements with their errors and the findings for four estimated views. */
	@Benchmark
	public AssessmentReport measureFourViews() {
		return this.assessor.assess(Assessment.of(this.fourSets));
	}

	private List<LandmarkSet> fourSets;

	@Benchmark
	public PoseResult landmarks() {
		return this.estimator.estimate(this.standing).orElseThrow();
	}

	@Benchmark
	public LandmarkSet landmarksAndCapture() {
		PoseResult pose = this.estimator.estimate(this.standing).orElseThrow();
		CaptureReport report = CaptureCheck.check(PoseLandmarkSets.all(pose, View.ANTERIOR), Optional.of(View.ANTERIOR),
				pose.people());
		if (!report.accepted()) {
			throw new IllegalStateException(report.summary());
		}
		return EstimatedAnatomy.addTo(PoseLandmarkSets.inside(pose, View.ANTERIOR));
	}

	/**
	 * One photo's test-time augmentation alone (detector and six landmark passes), the
	 * estimator's second interpreter pair idle: it takes half of the passes.
	 */
	@Benchmark
	public AugmentedPose augmentedPhoto() {
		return this.estimator.estimateAugmented(PosePhoto.of(this.standing)).orElseThrow();
	}

	@Benchmark
	public AssessmentReport fourPhotoAssessment() throws Exception {
		View[] views = View.values();
		List<Future<LandmarkSet>> futures = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			BufferedImage image = this.four[i];
			View view = views[i];
			futures.add(this.executor.submit(() -> {
				AugmentedPose pose = this.estimator.estimateAugmented(PosePhoto.of(image)).orElseThrow();
				CaptureCheck.check(PoseLandmarkSets.all(pose.pose(), view), Optional.empty(), pose.pose().people());
				return EstimatedAnatomy.addTo(PoseLandmarkSets.inside(pose, view));
			}));
		}
		List<LandmarkSet> sets = new ArrayList<>();
		for (Future<LandmarkSet> future : futures) {
			sets.add(future.get());
		}
		return this.assessor.assess(Assessment.of(sets));
	}

	private static BufferedImage flip(BufferedImage image) {
		BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = out.createGraphics();
		g.drawImage(image, image.getWidth(), 0, -image.getWidth(), image.getHeight(), null);
		g.dispose();
		return out;
	}

}
