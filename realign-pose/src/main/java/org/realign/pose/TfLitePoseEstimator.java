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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
 * pool size and wait in a queue between calls. Their interpreters run on one thread each:
 * a batch keeps one photo per core.
 * <p>
 * A still photo that is the only one in flight (one upload, {@code realign landmarks} on
 * one photo or one at a time) would leave the other cores idle, so it goes to the lone
 * worker instead, whose interpreters run XNNPACK on {@code loneThreads} threads (the
 * machine's cores by default). XNNPACK splits each operator's output between its threads,
 * each output computed by one thread as on one, so the landmarks are the same (compared
 * within float noise by {@code LoneWorkerIT}).
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

	private final PoseOptions options;

	private boolean closed;

	/** Threads for the passes an idle worker takes over; made on first use. */
	private ExecutorService helperThreads;

	/** XNNPACK threads of the lone worker's interpreters; 1: no lone worker. */
	private final int loneThreads;

	/**
	 * The worker for a photo alone in flight: made with the estimator when loneThreads >
	 * 1; null without one, and once closed.
	 */
	private Worker lone;

	private boolean loneBusy;

	/** How many calls the lone worker took, for the tests. */
	private long loneCalls;

	TfLitePoseEstimator(ModelFiles files, int threads, PoseOptions options, int loneThreads) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1");
		}
		if (loneThreads < 1) {
			throw new IllegalArgumentException("loneThreads must be at least 1");
		}
		this.model = files.model();
		this.options = options;
		this.poolSize = threads;
		this.loneThreads = loneThreads;
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
		// Build one worker now so that a broken model fails here, not on the first image:
		// the lone one where there is one, which the first photo (alone in flight) uses.
		if (loneThreads > 1) {
			this.lone = createLoneWorker();
		}
		else {
			release(createWorker());
		}
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
		return estimate(PosePhoto.of(image));
	}

	@Override
	public Optional<PoseResult> estimate(PosePhoto photo) {
		Worker worker = acquireForStill();
		try {
			return still(worker, photo).map((found) -> toResult(found.inference(), found.photo(), found.people()));
		}
		finally {
			release(worker);
		}
	}

	/** The region scales of the augmented passes, each run as it is and mirrored. */
	private static final double[] AUGMENTED_SCALES = { 0.9, 1.0, 1.1 };

	@Override
	public Optional<AugmentedPose> estimateAugmented(PosePhoto photo) {
		Worker worker = acquire();
		try {
			Optional<Still> found = still(worker, photo);
			if (found.isEmpty()) {
				return Optional.empty();
			}
			Still still = found.get();
			List<Augmentation> augmentations = augmentations(still.inference().roi());
			Inference[] results = new Inference[augmentations.size()];
			// The photo's own pass is the region at 1.0, as it is: reused, not run again.
			results[0] = still.inference();
			runPasses(worker, still, augmentations, results);
			List<Inference> passes = new ArrayList<>();
			for (Inference result : results) {
				if (result != null) {
					passes.add(result);
				}
			}
			return Optional.of(average(passes, still.photo(), still.people()));
		}
		finally {
			release(worker);
		}
	}

	/** One augmented pass: a region and whether it is sampled mirrored. */
	private record Augmentation(RegionOfInterest roi, boolean mirror) {
	}

	/**
	 * The {@value PoseEstimator#AUGMENTED_PASSES} passes, the unscaled, unmirrored one
	 * (the still photo's own) first.
	 */
	private static List<Augmentation> augmentations(RegionOfInterest roi) {
		List<Augmentation> augmentations = new ArrayList<>();
		augmentations.add(new Augmentation(roi, false));
		for (double scale : AUGMENTED_SCALES) {
			RegionOfInterest scaled = (scale == 1.0) ? roi : new RegionOfInterest(roi.xCenter(), roi.yCenter(),
					roi.width() * scale, roi.height() * scale, roi.rotation());
			for (boolean mirror : new boolean[] { false, true }) {
				if (scale != 1.0 || mirror) {
					augmentations.add(new Augmentation(scaled, mirror));
				}
			}
		}
		return augmentations;
	}

	/**
	 * Runs passes 1.. into {@code results}. When another interpreter pair is idle (a
	 * single photo on a machine with more than one core, or the last photo of a batch),
	 * it takes every second pass on a helper thread, so that one photo's passes use both
	 * cores; otherwise the calling worker runs them all. Each pass writes only its own
	 * slot, and the photo's pixels are only read, so the result does not depend on which
	 * worker ran which pass.
	 */
	private void runPasses(Worker worker, Still still, List<Augmentation> augmentations, Inference[] results) {
		PoseDetection detection = still.inference().detection();
		Worker helper = tryAcquire();
		Future<?> helped = null;
		if (helper != null) {
			try {
				helped = helperThreads().submit(() -> {
					for (int i = 2; i < augmentations.size(); i += 2) {
						Augmentation a = augmentations.get(i);
						results[i] = helper.landmarks(still.rgb(), a.roi(), detection, a.mirror()).orElse(null);
					}
				});
			}
			catch (RuntimeException ex) {
				release(helper);
				throw ex;
			}
		}
		try {
			for (int i = 1; i < augmentations.size(); i += (helped != null) ? 2 : 1) {
				Augmentation a = augmentations.get(i);
				results[i] = worker.landmarks(still.rgb(), a.roi(), detection, a.mirror()).orElse(null);
			}
		}
		finally {
			if (helped != null) {
				awaitHelper(helped, helper);
			}
		}
	}

	/**
	 * Waits for the helper's passes, through an interrupt too (a pass takes
	 * milliseconds), so that the helper returns to the pool only once its tensors are
	 * free again.
	 */
	private void awaitHelper(Future<?> helped, Worker helper) {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					helped.get();
					return;
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
				catch (ExecutionException ex) {
					Throwable cause = ex.getCause();
					if (cause instanceof RuntimeException runtime) {
						throw runtime;
					}
					if (cause instanceof Error error) {
						throw error;
					}
					throw new PoseModelException("an augmented pose pass failed: " + cause, cause);
				}
			}
		}
		finally {
			release(helper);
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private ExecutorService helperThreads() {
		synchronized (this) {
			if (this.helperThreads == null) {
				AtomicInteger count = new AtomicInteger();
				this.helperThreads = Executors.newCachedThreadPool((task) -> {
					Thread thread = new Thread(task, "realign-pose-pass-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
			}
			return this.helperThreads;
		}
	}

	/**
	 * The fallback regions, as multiples of the photo's long side, tried in turn: a
	 * person who fills the frame (whose body's region would be 1.25 times its extent),
	 * then one cut off by the frame's edges (head or feet outside), whose region extends
	 * beyond the photo.
	 */
	static final double[] FALLBACK_SCALES = { 1.25, 1.6, 2.0 };

	/**
	 * A still photo's pose, the pixels it was found on and how many people the detector
	 * saw.
	 */
	private record Still(Inference inference, PosePhoto photo, RgbImage rgb, int people) {
	}

	/**
	 * Detector, region, landmark model, with the fallback region and the refinement pass
	 * of the options.
	 */
	private Optional<Still> still(Worker worker, PosePhoto original) {
		PosePhoto photo = original;
		RgbImage rgb = RgbImage.of(photo.pixels());
		Optional<PoseDetection> detection = worker.detect(rgb);
		int people = worker.people;
		Optional<Inference> found = Optional.empty();
		boolean needsRefinement = this.options.refine();
		if (detection.isPresent()) {
			RegionOfInterest roi = RegionOfInterest.fromDetection(detection.get(), rgb.width(), rgb.height());
			PosePhoto sharper = sharpenFor(photo, roi);
			if (sharper != photo) {
				photo = sharper;
				rgb = RgbImage.of(photo.pixels());
			}
			found = worker.landmarks(rgb, roi, detection.get(), false);
		}
		if (found.isEmpty() && this.options.fallbackRegion()) {
			for (double scale : FALLBACK_SCALES) {
				RegionOfInterest whole = RegionOfInterest.wholeImage(rgb.width(), rgb.height(), scale);
				found = worker.landmarks(rgb, whole, null, false);
				if (found.isPresent()) {
					break;
				}
			}
			needsRefinement = true;
		}
		if (found.isPresent() && needsRefinement) {
			RegionOfInterest next = LandmarkDecoder.nextRoi(found.get().landmarks(), rgb.width(), rgb.height());
			PosePhoto sharper = sharpenFor(photo, next);
			if (sharper != photo) {
				photo = sharper;
				rgb = RgbImage.of(photo.pixels());
			}
			Optional<Inference> refined = worker.landmarks(rgb, next, found.get().detection(), false);
			if (refined.isPresent()) {
				found = refined;
			}
		}
		PosePhoto used = photo;
		RgbImage pixels = rgb;
		return found.map((inference) -> new Still(inference, used, pixels, people));
	}

	/**
	 * The photo decoded sharp enough that the region spans at least the landmark model's
	 * 256 pixels, when it was decoded at a reduced scale.
	 */
	static PosePhoto sharpenFor(PosePhoto photo, RegionOfInterest roi) {
		int reduction = photo.reduction();
		double side = roi.width() * photo.pixels().getWidth();
		int needed = reduction;
		while (needed > 1 && side * reduction / needed < LandmarkDecoder.INPUT_SIZE) {
			needed /= 2;
		}
		return (needed == reduction) ? photo : photo.sharper(needed);
	}

	private AugmentedPose average(List<Inference> given, PosePhoto photo, int people) {
		// Every pass with the photo's own pass's reading of left and right: a pass that
		// took the back for the front (or the reverse) would otherwise average each
		// shoulder with the other one.
		List<Inference> passes = new ArrayList<>();
		LandmarkDecoder.Normalized reference = given.get(0).landmarks();
		for (Inference pass : given) {
			passes.add(LandmarkDecoder.sidesSwapped(pass.landmarks(), reference)
					? new Inference(LandmarkDecoder.swapSides(pass.landmarks()), pass.world(), pass.poseScore(),
							pass.roi(), pass.detection())
					: pass);
		}
		int n = passes.size();
		int count = LandmarkDecoder.NUM_LANDMARKS;
		double[] x = new double[count];
		double[] y = new double[count];
		double[] z = new double[count];
		double[] visibility = new double[count];
		double[] presence = new double[count];
		for (Inference pass : passes) {
			LandmarkDecoder.Normalized p = pass.landmarks();
			for (int i = 0; i < count; i++) {
				x[i] += p.x()[i] / n;
				y[i] += p.y()[i] / n;
				z[i] += p.z()[i] / n;
				visibility[i] += p.visibility()[i] / n;
				presence[i] += p.presence()[i] / n;
			}
		}
		double scaleX = pixelScaleX(photo);
		double scaleY = pixelScaleY(photo);
		List<LandmarkSpread> spread = new ArrayList<>();
		for (PoseKeypoint keypoint : PoseKeypoint.values()) {
			int i = keypoint.ordinal();
			double sumX = 0;
			double sumY = 0;
			for (Inference pass : passes) {
				sumX += Math.pow((pass.landmarks().x()[i] - x[i]) * scaleX, 2);
				sumY += Math.pow((pass.landmarks().y()[i] - y[i]) * scaleY, 2);
			}
			double sdX = (n > 1) ? Math.sqrt(sumX / (n - 1)) : 0;
			double sdY = (n > 1) ? Math.sqrt(sumY / (n - 1)) : 0;
			spread.add(new LandmarkSpread(keypoint, x[i] * scaleX, y[i] * scaleY, sdX, sdY, visibility[i], n));
		}
		Inference first = passes.get(0);
		double poseScore = passes.stream().mapToDouble(Inference::poseScore).average().orElse(first.poseScore());
		Inference mean = new Inference(new LandmarkDecoder.Normalized(x, y, z, visibility, presence), first.world(),
				poseScore, first.roi(), first.detection());
		return new AugmentedPose(toResult(mean, photo, people), spread, n);
	}

	/**
	 * Image pixels per normalized unit: the decoded width times the reduction (each
	 * decoded pixel stands for reduction x reduction pixels of the photo).
	 */
	private static double pixelScaleX(PosePhoto photo) {
		return (photo.reduction() == 1) ? photo.width() : (double) photo.pixels().getWidth() * photo.reduction();
	}

	private static double pixelScaleY(PosePhoto photo) {
		return (photo.reduction() == 1) ? photo.height() : (double) photo.pixels().getHeight() * photo.reduction();
	}

	private PoseResult toResult(Inference inference, RgbImage image, int people) {
		return toResult(inference, image.width(), image.height(), image.width(), image.height(), people);
	}

	private PoseResult toResult(Inference inference, PosePhoto photo, int people) {
		return toResult(inference, pixelScaleX(photo), pixelScaleY(photo), photo.width(), photo.height(), people);
	}

	private PoseResult toResult(Inference inference, double scaleX, double scaleY, int width, int height, int people) {
		PoseDetection detection = inference.detection();
		return new PoseResult(LandmarkDecoder.toPixels(inference.landmarks(), scaleX, scaleY), inference.world(),
				detection, inference.roi(), (detection == null) ? 0 : detection.score(), inference.poseScore(),
				this.model, width, height, people);
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

		private int people;

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
					inference = worker.landmarks(rgb, this.roi, this.detection, false);
				}
				if (inference.isEmpty()) {
					inference = worker.detect(rgb)
						.flatMap((detected) -> worker.landmarks(rgb,
								RegionOfInterest.fromDetection(detected, rgb.width(), rgb.height()), detected, false));
					this.people = worker.people;
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
			return Optional.of(toResult(found, rgb, this.people));
		}

	}

	/**
	 * What one pass of the landmark model found, before smoothing; detection is null for
	 * the fallback region.
	 */
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

	/**
	 * The lone worker when no other call is in flight (every pooled worker idle, the lone
	 * one too), else a pooled worker. A call that starts while the lone worker runs takes
	 * a pooled one, so two photos briefly share the cores, as two uploads at once would.
	 */
	private Worker acquireForStill() {
		synchronized (this) {
			if (this.loneThreads > 1 && !this.closed && !this.loneBusy && this.idle.size() == this.all.size()) {
				if (this.lone == null) {
					this.lone = createLoneWorker();
				}
				this.loneBusy = true;
				this.loneCalls++;
				return this.lone;
			}
		}
		return acquire();
	}

	/** How many still photos went to the lone worker so far. */
	synchronized long loneCalls() {
		return this.loneCalls;
	}

	/** An idle worker, or a new one while the pool has room; null when all are busy. */
	private Worker tryAcquire() {
		synchronized (this) {
			if (this.closed) {
				return null;
			}
			Worker worker = this.idle.poll();
			if (worker == null && this.all.size() < this.poolSize) {
				worker = createWorker();
			}
			return worker;
		}
	}

	private void release(Worker worker) {
		synchronized (this) {
			if (worker == this.lone) {
				this.loneBusy = false;
				if (this.closed) {
					closeWorker(worker);
				}
				return;
			}
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
		if (worker == this.lone) {
			this.lone = null;
		}
		else {
			this.all.remove(worker);
		}
		if (this.all.isEmpty() && this.lone == null) {
			this.detectorModel.deallocate();
			this.landmarkModel.deallocate();
			this.resolver.deallocate();
		}
	}

	private synchronized Worker createLoneWorker() {
		return new Worker(interpreter(this.detectorModel, this.loneThreads),
				interpreter(this.landmarkModel, this.loneThreads));
	}

	private synchronized Worker createWorker() {
		Worker worker = new Worker(interpreter(this.detectorModel, 1), interpreter(this.landmarkModel, 1));
		this.all.add(worker);
		return worker;
	}

	/**
	 * An interpreter whose XNNPACK delegate (applied by the resolver when the tensors are
	 * allocated) runs on the given number of threads, the calling one included.
	 */
	private Interpreter interpreter(FlatBufferModel flatBufferModel, int threads) {
		InterpreterBuilder builder = new InterpreterBuilder(flatBufferModel, this.resolver);
		try {
			Interpreter interpreter = new Interpreter((Pointer) null);
			if (builder.apply(interpreter, threads) != kTfLiteOk || interpreter.isNull()) {
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
			if (this.helperThreads != null) {
				this.helperThreads.shutdown();
			}
			// Workers in use close themselves when released.
			if (this.lone != null && !this.loneBusy) {
				closeWorker(this.lone);
			}
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

		private static final int HEATMAP_FLOATS = LandmarkDecoder.HEATMAP_SIZE * LandmarkDecoder.HEATMAP_SIZE
				* LandmarkDecoder.NUM_LANDMARKS;

		/**
		 * The heatmap output tensor, read in place: the refinement reads 7x7 of its 64x64
		 * cells per point, so copying its 640 kB out would cost more than using it.
		 */
		private FloatBuffer heatmap;

		private final float[] rawWorld = new float[LandmarkDecoder.NUM_LANDMARKS * 3];

		private final float[] poseFlag = new float[1];

		/**
		 * How many people the last {@link #detect} saw: its detections scoring at least
		 * {@link PoseDetection#PERSON_MIN_SCORE} after the suppression.
		 */
		int people;

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
		 * One pass of the landmark model.
		 * @param roi the crop
		 * @param detection the detection the crop came from, kept in the result (null for
		 * the fallback region)
		 * @param mirror whether to sample the crop mirrored (and mirror the points back)
		 * @return the landmarks, or empty when the model says the crop holds no pose
		 */
		Optional<Inference> landmarks(RgbImage image, RegionOfInterest roi, PoseDetection detection, boolean mirror) {
			int w = image.width();
			int h = image.height();
			CropSampler.sample(image, roi.xCenterPixels(w), roi.yCenterPixels(h), roi.width() * w, roi.height() * h,
					roi.rotation(), this.landmarkInput, LandmarkDecoder.INPUT_SIZE, 0f, 1f, true, mirror);
			invoke(this.landmarks);
			readLandmarkOutputs();
			if (this.poseFlag[0] < POSE_PRESENCE_THRESHOLD) {
				return Optional.empty();
			}
			return Optional.of(new Inference(LandmarkDecoder.decode(this.rawLandmarks, this.heatmap, roi, mirror),
					LandmarkDecoder.world(this.rawWorld, roi, mirror), this.poseFlag[0], roi, detection));
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
			this.people = (int) detections.stream().filter((d) -> d.score() >= PoseDetection.PERSON_MIN_SCORE).count();
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
				else if (floats == HEATMAP_FLOATS) {
					// The tensor's address is asked for after each call, as for the
					// other outputs.
					this.heatmap = this.landmarks.typed_output_tensor_float(i).capacity(floats).asBuffer();
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
