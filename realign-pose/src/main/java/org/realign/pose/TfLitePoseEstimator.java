package org.realign.pose;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.tensorflowlite.BuiltinOpResolver;
import org.bytedeco.tensorflowlite.FlatBufferModel;
import org.bytedeco.tensorflowlite.Interpreter;
import org.bytedeco.tensorflowlite.InterpreterBuilder;
import org.bytedeco.tensorflowlite.TfLiteTensor;

import static org.bytedeco.tensorflowlite.global.tensorflowlite.kTfLiteFloat32;
import static org.bytedeco.tensorflowlite.global.tensorflowlite.kTfLiteOk;

/**
 * BlazePose on TensorFlow Lite through JavaCPP: MediaPipe's {@code PoseLandmarkCpu} graph
 * as plain Java calls.
 * <p>
 * Detector ({@code pose_detection_cpu.pbtxt}): whole image letterboxed into 224x224 in
 * [-1, 1], anchors, decoding, weighted NMS, letterbox removal; the best detection gives
 * the ROI ({@code pose_detection_to_roi.pbtxt}). Landmark model
 * ({@code pose_landmark_by_roi_cpu.pbtxt}): the rotated ROI sampled into 256x256 in [0,
 * 1], then {@link LandmarkDecoder}. The {@code BuiltinOpResolver} applies XNNPACK, as
 * MediaPipe's {@code delegate { xnnpack {} }}.
 * <p>
 * Each worker owns one detector and one landmark interpreter (TFLite interpreters are not
 * thread-safe); the models themselves are shared. Workers are created on demand up to the
 * pool size and wait in a queue between calls.
 */
final class TfLitePoseEstimator implements PoseEstimator {

	/**
	 * Below this pose-flag score the landmark model says there is no pose in the crop.
	 */
	private static final double POSE_PRESENCE_THRESHOLD = 0.5;

	private final PoseModel model;

	private final FlatBufferModel detectorModel;

	private final FlatBufferModel landmarkModel;

	private final BuiltinOpResolver resolver;

	private final DetectionDecoder detectionDecoder = new DetectionDecoder(SsdAnchors.poseDetection());

	private final BlockingQueue<Worker> idle;

	private final List<Worker> all = new ArrayList<>();

	private final int poolSize;

	private boolean closed;

	TfLitePoseEstimator(ModelFiles files, int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1");
		}
		this.model = files.model();
		this.poolSize = threads;
		this.idle = new ArrayBlockingQueue<>(threads);
		this.resolver = new BuiltinOpResolver();
		this.detectorModel = load(files.detector());
		try {
			this.landmarkModel = load(files.landmarks());
		}
		catch (RuntimeException ex) {
			this.detectorModel.deallocate();
			throw ex;
		}
		// Build one worker now so that a broken model fails here, not on the first image.
		release(createWorker());
	}

	private static FlatBufferModel load(Path path) {
		if (!Files.isRegularFile(path)) {
			throw new PoseModelException("model file missing: " + path);
		}
		FlatBufferModel model = FlatBufferModel.BuildFromFile(path.toString());
		if (model == null || model.isNull()) {
			throw new PoseModelException("not a TensorFlow Lite model: " + path);
		}
		return model;
	}

	@Override
	public PoseModel model() {
		return this.model;
	}

	@Override
	public Optional<PoseResult> estimate(BufferedImage image) {
		RgbImage rgb = RgbImage.of(image);
		Worker worker = acquire();
		try {
			return worker.infer(rgb, null, null).map((inference) -> toResult(inference, rgb));
		}
		finally {
			release(worker);
		}
	}

	private PoseResult toResult(Inference inference, RgbImage image) {
		return new PoseResult(LandmarkDecoder.toPixels(inference.landmarks(), image.width(), image.height()),
				inference.world(), inference.detection(), inference.roi(), inference.detection().score(),
				inference.poseScore(), this.model, image.width(), image.height());
	}

	@Override
	public PoseTracker tracker() {
		return new Tracker();
	}

	/**
	 * MediaPipe's video mode ({@code pose_landmark_cpu.pbtxt}): the crop of each frame
	 * comes from the smoothed auxiliary points of the previous one; the detector runs on
	 * the first frame and whenever the pose is lost; landmarks are smoothed
	 * ({@code pose_landmark_filtering.pbtxt}).
	 */
	private final class Tracker implements PoseTracker {

		private RegionOfInterest roi;

		private PoseDetection detection;

		private LandmarkSmoother landmarkSmoother;

		private LandmarkSmoother auxiliarySmoother;

		@Override
		public Optional<PoseResult> next(BufferedImage frame, Duration timestamp) {
			RgbImage rgb = RgbImage.of(frame);
			Optional<Inference> inference;
			Worker worker = acquire();
			try {
				inference = Optional.empty();
				if (this.roi != null) {
					inference = worker.infer(rgb, this.roi, this.detection);
				}
				if (inference.isEmpty()) {
					inference = worker.infer(rgb, null, null);
				}
			}
			finally {
				release(worker);
			}
			if (inference.isEmpty()) {
				// Lost: start over with the detector and fresh filters.
				this.roi = null;
				this.detection = null;
				this.landmarkSmoother = null;
				this.auxiliarySmoother = null;
				return Optional.empty();
			}
			Inference found = inference.get();
			if (this.landmarkSmoother == null) {
				this.landmarkSmoother = LandmarkSmoother.landmarks();
				this.auxiliarySmoother = LandmarkSmoother.auxiliary();
			}
			long nanos = timestamp.toNanos();
			this.landmarkSmoother.apply(found.landmarks(), nanos, rgb.width(), rgb.height());
			this.auxiliarySmoother.apply(found.landmarks(), nanos, rgb.width(), rgb.height());
			this.roi = LandmarkDecoder.nextRoi(found.landmarks(), rgb.width(), rgb.height());
			this.detection = found.detection();
			return Optional.of(toResult(found, rgb));
		}

	}

	/** What one pass of the landmark model found, before smoothing. */
	private record Inference(LandmarkDecoder.Normalized landmarks, List<WorldLandmark> world, double poseScore,
			RegionOfInterest roi, PoseDetection detection) {
	}

	/**
	 * Runs only the two interpreters on whatever their input tensors hold (the last image
	 * processed), for the benchmark that measures the pipeline's overhead.
	 */
	void invokeInterpretersOnly() {
		Worker worker = acquire();
		try {
			Worker.invoke(worker.detector);
			Worker.invoke(worker.landmarks);
		}
		finally {
			release(worker);
		}
	}

	private Worker acquire() {
		synchronized (this) {
			if (this.closed) {
				throw new IllegalStateException("pose estimator is closed");
			}
			Worker worker = this.idle.poll();
			if (worker != null) {
				return worker;
			}
			if (this.all.size() < this.poolSize) {
				return createWorker();
			}
		}
		try {
			return this.idle.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for a pose interpreter", ex);
		}
	}

	private void release(Worker worker) {
		synchronized (this) {
			if (this.closed) {
				closeWorker(worker);
				return;
			}
			this.idle.add(worker);
		}
	}

	/** Closes a worker; the last one out frees the shared models. */
	private synchronized void closeWorker(Worker worker) {
		worker.close();
		this.all.remove(worker);
		if (this.all.isEmpty()) {
			this.detectorModel.deallocate();
			this.landmarkModel.deallocate();
			this.resolver.deallocate();
		}
	}

	private synchronized Worker createWorker() {
		Worker worker = new Worker(interpreter(this.detectorModel), interpreter(this.landmarkModel));
		this.all.add(worker);
		return worker;
	}

	private Interpreter interpreter(FlatBufferModel flatBufferModel) {
		InterpreterBuilder builder = new InterpreterBuilder(flatBufferModel, this.resolver);
		try {
			Interpreter interpreter = new Interpreter((Pointer) null);
			// One thread per interpreter: the pool, not the interpreter, uses the cores.
			if (builder.apply(interpreter, 1) != kTfLiteOk || interpreter.isNull()) {
				throw new PoseModelException("could not build a TensorFlow Lite interpreter");
			}
			if (interpreter.AllocateTensors() != kTfLiteOk) {
				interpreter.deallocate();
				throw new PoseModelException("could not allocate the model's tensors");
			}
			return interpreter;
		}
		finally {
			builder.deallocate();
		}
	}

	@Override
	public void close() {
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			// Workers in use close themselves when released.
			Worker worker;
			while ((worker = this.idle.poll()) != null) {
				closeWorker(worker);
			}
		}
	}

	/** One detector and one landmark interpreter with their tensors. */
	private final class Worker {

		private final Interpreter detector;

		private final Interpreter landmarks;

		private final FloatBuffer detectorInput;

		private final FloatBuffer landmarkInput;

		private final float[] boxes = new float[DetectionDecoder.NUM_BOXES * DetectionDecoder.NUM_COORDS];

		private final float[] scores = new float[DetectionDecoder.NUM_BOXES];

		private final float[] rawLandmarks = new float[LandmarkDecoder.NUM_LANDMARKS * 5];

		private final float[] heatmap = new float[LandmarkDecoder.HEATMAP_SIZE * LandmarkDecoder.HEATMAP_SIZE
				* LandmarkDecoder.NUM_LANDMARKS];

		private final float[] rawWorld = new float[LandmarkDecoder.NUM_LANDMARKS * 3];

		private final float[] poseFlag = new float[1];

		Worker(Interpreter detector, Interpreter landmarks) {
			this.detector = detector;
			this.landmarks = landmarks;
			this.detectorInput = input(detector, SsdAnchors.INPUT_SIZE);
			this.landmarkInput = input(landmarks, LandmarkDecoder.INPUT_SIZE);
		}

		private static FloatBuffer input(Interpreter interpreter, int size) {
			TfLiteTensor tensor = interpreter.input_tensor(0);
			long expected = 4L * size * size * 3;
			if (tensor.type() != kTfLiteFloat32 || tensor.bytes() != expected) {
				throw new PoseModelException("unexpected model input: " + tensor.bytes() + " bytes");
			}
			return interpreter.typed_input_tensor_float(0).capacity(expected / 4).asBuffer();
		}

		/**
		 * @param roi the crop from the previous frame, or null to run the detector
		 * @param trackedDetection the detection that began tracking, kept in the result
		 */
		Optional<Inference> infer(RgbImage image, RegionOfInterest roi, PoseDetection trackedDetection) {
			PoseDetection detection = trackedDetection;
			if (roi == null) {
				Optional<PoseDetection> detected = detect(image);
				if (detected.isEmpty()) {
					return Optional.empty();
				}
				detection = detected.get();
				roi = RegionOfInterest.fromDetection(detection, image.width(), image.height());
			}
			int w = image.width();
			int h = image.height();
			CropSampler.sample(image, roi.xCenterPixels(w), roi.yCenterPixels(h), roi.width() * w, roi.height() * h,
					roi.rotation(), this.landmarkInput, LandmarkDecoder.INPUT_SIZE, 0f, 1f, true);
			invoke(this.landmarks);
			readLandmarkOutputs();
			if (this.poseFlag[0] < POSE_PRESENCE_THRESHOLD) {
				return Optional.empty();
			}
			return Optional.of(new Inference(LandmarkDecoder.decode(this.rawLandmarks, this.heatmap, roi),
					LandmarkDecoder.world(this.rawWorld, roi), this.poseFlag[0], roi, detection));
		}

		Optional<PoseDetection> detect(RgbImage image) {
			int w = image.width();
			int h = image.height();
			double side = Letterbox.paddedSide(w, h);
			CropSampler.sample(image, w / 2.0, h / 2.0, side, side, 0, this.detectorInput, SsdAnchors.INPUT_SIZE, -1f,
					1f, false);
			invoke(this.detector);
			for (int i = 0; i < 2; i++) {
				TfLiteTensor tensor = this.detector.output_tensor(i);
				float[] target = (tensor.bytes() == 4L * this.boxes.length) ? this.boxes : this.scores;
				if (tensor.bytes() != 4L * target.length) {
					throw new PoseModelException("unexpected detector output: " + tensor.bytes() + " bytes");
				}
				read(this.detector, i, target);
			}
			List<PoseDetection> detections = NonMaxSuppression.weighted(
					TfLitePoseEstimator.this.detectionDecoder.decode(this.boxes, this.scores),
					NonMaxSuppression.MIN_SUPPRESSION_THRESHOLD);
			if (detections.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(Letterbox.forImage(w, h).remove(detections.get(0)));
		}

		private void readLandmarkOutputs() {
			boolean landmarksRead = false;
			boolean worldRead = false;
			boolean flagRead = false;
			boolean heatmapRead = false;
			for (int i = 0; i < 5; i++) {
				long floats = this.landmarks.output_tensor(i).bytes() / 4;
				if (floats == this.rawLandmarks.length) {
					read(this.landmarks, i, this.rawLandmarks);
					landmarksRead = true;
				}
				else if (floats == this.rawWorld.length) {
					read(this.landmarks, i, this.rawWorld);
					worldRead = true;
				}
				else if (floats == 1) {
					read(this.landmarks, i, this.poseFlag);
					flagRead = true;
				}
				else if (floats == this.heatmap.length) {
					read(this.landmarks, i, this.heatmap);
					heatmapRead = true;
				}
			}
			if (!(landmarksRead && worldRead && flagRead && heatmapRead)) {
				throw new PoseModelException("not a BlazePose landmark model: unexpected outputs");
			}
		}

		private static void read(Interpreter interpreter, int output, float[] target) {
			FloatPointer pointer = interpreter.typed_output_tensor_float(output);
			pointer.get(target);
		}

		private static void invoke(Interpreter interpreter) {
			if (interpreter.Invoke() != kTfLiteOk) {
				throw new PoseModelException("TensorFlow Lite inference failed");
			}
		}

		void close() {
			this.detector.deallocate();
			this.landmarks.deallocate();
		}

	}

}
