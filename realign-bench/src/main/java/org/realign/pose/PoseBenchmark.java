package org.realign.pose;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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

/**
 * Per-image latency of automatic landmarks, to keep the Java pre- and post-processing
 * cheap next to the models.
 * <p>
 * {@code fileToLandmarks}: the bytes of a JPEG file to 33 landmarks, as
 * {@code realign landmarks} and the upload do: decoding
 * ({@link ImageLoader#decodeForPose}, libjpeg-turbo, at a reduced scale where the photo
 * is large), then the pipeline. {@code pipeline}: an already decoded photo to 33
 * landmarks ({@link PoseEstimator#estimate}): letterbox and crop sampling, both
 * interpreters, anchors decoding, NMS, ROI, heatmap refinement, projection.
 * {@code interpreters}: the two bare {@code Interpreter.Invoke} calls on the same inputs
 * (the tensors of the last photo). The overhead ratios are fileToLandmarks / interpreters
 * and pipeline / interpreters (target at most 1.3). Inputs: the MediaPipe reference photo
 * {@code pose.jpg} (1000x667) and squat frame 18 (720x1280), alternating, for each of the
 * lite, full and heavy models. The estimator's pool has two interpreter pairs, so with
 * two JMH threads each thread has its own, as in a batch of {@code realign landmarks} on
 * two cores; their interpreters run on one thread each, so that the ratios compare like
 * with like. {@code lonePhoto}: {@code fileToLandmarks} for a photo alone in flight (one
 * upload, {@code realign landmarks --one-at-a-time}), whose models run on all the cores;
 * read it with {@code -t 1}.
 * <p>
 * Run (models fetched into the cache on first use; the test data are found from the
 * working directory or {@code -Drealign.testdata=DIR}):
 *
 * <pre>
 * ./mvnw -B -q -Pbench package -pl realign-bench -am -DskipTests
 * java -jar realign-bench/target/benchmarks.jar PoseBenchmark -t 1 -f 2 -wi 3 -w 2s -i 5 -r 2s
 * java -jar realign-bench/target/benchmarks.jar PoseBenchmark -t 2 -f 2 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 *
 * Images per second on two cores = 2 / (average time per operation with {@code -t 2}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PoseBenchmark {

	@Param({ "lite", "full", "heavy" })
	public String model;

	private PoseEstimator estimator;

	/** A single photo's estimator, as one upload or {@code --one-at-a-time} opens it. */
	private PoseEstimator lone;

	private BufferedImage[] images;

	private byte[][] files;

	private ImageLoader loader;

	private int next;

	@Setup(Level.Trial)
	public void setUp() {
		Path testdata = ReferenceData.directory();
		ImageLoader loader = new ImageLoader();
		this.loader = loader;
		this.images = new BufferedImage[] { loader.load(testdata.resolve("pose.jpg")),
				loader.load(testdata.resolve("pose_squats_frames/frame_018.jpg")) };
		try {
			this.files = new byte[][] { Files.readAllBytes(testdata.resolve("pose.jpg")),
					Files.readAllBytes(testdata.resolve("pose_squats_frames/frame_018.jpg")) };
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		ModelFiles files = ModelStore.fromEnvironment().ensureAvailable(PoseModel.fromId(this.model).orElseThrow());
		// One XNNPACK thread per interpreter, whatever the JMH thread count: the overhead
		// ratios compare the pipeline with the same bare calls (a lone photo's two-thread
		// interpreters are measured by lonePhoto).
		this.estimator = PoseEstimator.open(files, 2, PoseOptions.defaults(), 1);
		// Fill both pooled workers' input tensors so that the bare calls see real images.
		for (BufferedImage image : this.images) {
			this.estimator.estimate(image).orElseThrow();
		}
		this.lone = PoseEstimator.open(files, 1, PoseOptions.defaults(), Runtime.getRuntime().availableProcessors());
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.estimator.close();
		this.lone.close();
	}

	@Benchmark
	public PoseResult pipeline() {
		BufferedImage image = this.images[(this.next++ & 1)];
		return this.estimator.estimate(image).orElseThrow();
	}

	@Benchmark
	public PoseResult fileToLandmarks() {
		int i = this.next++ & 1;
		PosePhoto photo = this.loader.decodeForPose(i == 0 ? "pose.jpg" : "frame_018.jpg", this.files[i]);
		return this.estimator.estimate(photo).orElseThrow();
	}

	/**
	 * As {@link #fileToLandmarks}, for a photo alone in flight: its models on all the
	 * cores (run with {@code -t 1}; the latency one upload meets).
	 */
	@Benchmark
	public PoseResult lonePhoto() {
		int i = this.next++ & 1;
		PosePhoto photo = this.loader.decodeForPose(i == 0 ? "pose.jpg" : "frame_018.jpg", this.files[i]);
		return this.lone.estimate(photo).orElseThrow();
	}

	@Benchmark
	public void interpreters() {
		((TfLitePoseEstimator) this.estimator).invokeInterpretersOnly();
	}

}
