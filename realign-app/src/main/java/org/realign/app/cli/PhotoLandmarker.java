package org.realign.app.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.realign.app.assessment.LandmarkJson;
import org.realign.app.assessment.SkinMarkers;
import org.realign.core.landmark.View;
import org.realign.pose.AugmentedPose;
import org.realign.pose.ImageLoader;
import org.realign.pose.ImageRejectedException;
import org.realign.pose.ModelFiles;
import org.realign.pose.ModelStore;
import org.realign.pose.PoseEstimator;
import org.realign.pose.PoseModel;
import org.realign.pose.PoseOptions;
import org.realign.pose.PosePhoto;
import org.realign.pose.PoseResult;
import org.realign.pose.marker.MarkerAssignment;
import org.realign.pose.marker.MarkerColour;

/**
 * Places landmarks on a batch of photos: the entry point for {@code realign landmarks}
 * and {@code realign assess --photo}.
 * <p>
 * All photos are decoded and checked first, so that a bad file fails fast before any
 * model is loaded or fetched; then one estimator, its models loaded once, processes the
 * batch on as many threads as there are cores (at most one per photo).
 */
public final class PhotoLandmarker {

	/** A photo and the view it shows. */
	public record Photo(View view, Path file) {
	}

	/**
	 * A photo's outcome.
	 *
	 * @param photo the photo
	 * @param image the decoded, upright image (for {@link #locateAugmented}, as decoded
	 * for the model: a large JPEG at a reduced scale)
	 * @param pose the pose, empty when no person was found
	 */
	public record Located(Photo photo, BufferedImage image, Optional<PoseResult> pose,
			Optional<AugmentedPose> augmented) {

		public Located(Photo photo, BufferedImage image, Optional<PoseResult> pose) {
			this(photo, image, pose, Optional.empty());
		}

		/** This photo as a view of the landmark file format, if a person was found. */
		public Optional<LandmarkJson.ViewPose> viewPose() {
			return this.pose.map((result) -> new LandmarkJson.ViewPose(this.photo.view(), result));
		}

	}

	/**
	 * A photo's outcome in a batch: its pose, or the reason it has none.
	 *
	 * @param photo the photo
	 * @param pose the pose, empty when the photo was unreadable or showed no person
	 * @param problem empty when a pose was found; else why not, in the user's words ("no
	 * person found", or the decoder's one-line reason)
	 * @param unreadable whether the file could not be used at all (as opposed to a photo
	 * without a person)
	 */
	public record Outcome(Photo photo, Optional<PoseResult> pose, Optional<String> problem, boolean unreadable,
			Optional<MarkerAssignment> markers) {

		public Outcome(Photo photo, Optional<PoseResult> pose, Optional<String> problem, boolean unreadable) {
			this(photo, pose, problem, unreadable, Optional.empty());
		}

		/**
		 * This photo as a view of the landmark file format, with its skin markers, if a
		 * person was found.
		 */
		public Optional<LandmarkJson.ViewPose> viewPose() {
			return this.pose
				.map((result) -> new LandmarkJson.ViewPose(this.photo.view(), result, this.markers.orElse(null)));
		}

	}

	/** Told after each photo of a batch: how many are done, of how many. */
	@FunctionalInterface
	public interface Progress {

		void done(int done, int total);

	}

	private final ImageLoader loader;

	private final ModelStore store;

	public PhotoLandmarker(ImageLoader loader, ModelStore store) {
		this.loader = loader;
		this.store = store;
	}

	/** With the default pixel limit and the configured model cache. */
	public static PhotoLandmarker withDefaults() {
		return new PhotoLandmarker(new ImageLoader(), ModelStore.fromEnvironment());
	}

	/**
	 * @param photos the photos, in order
	 * @param model the landmark model
	 * @return one outcome per photo, in the same order
	 * @throws org.realign.pose.ImageRejectedException when a photo cannot be used (bad
	 * input: one line naming the file and the problem)
	 * @throws org.realign.pose.PoseModelException when the models are missing and cannot
	 * be fetched (automatic placement is off; the message says why)
	 */
	/**
	 * As {@link #locate(List, PoseModel)}, each photo's pose averaged over test-time
	 * augmentation ({@link PoseEstimator#estimateAugmented}), with each keypoint's
	 * spread.
	 */
	public List<Located> locateAugmented(List<Photo> photos, PoseModel model) {
		// Decoded for the model (a large JPEG at a reduced scale, once): the pose is
		// reported in the full photo's pixels all the same.
		List<PosePhoto> images = new ArrayList<>();
		for (Photo photo : photos) {
			images.add(this.loader.loadForPose(photo.file()));
		}
		ModelFiles files = this.store.ensureAvailable(model);
		List<Located> located = new ArrayList<>();
		// At least two interpreter pairs where there are two cores, even for one photo:
		// an idle pair takes half of a photo's augmented passes.
		try (PoseEstimator estimator = PoseEstimator.open(files,
				Math.max(1, Math.min(Math.max(images.size(), 2), Runtime.getRuntime().availableProcessors())))) {
			List<Future<Optional<AugmentedPose>>> futures = new ArrayList<>();
			ExecutorService executor = Executors.newFixedThreadPool(2);
			try {
				for (PosePhoto image : images) {
					futures.add(executor.submit(() -> estimator.estimateAugmented(image)));
				}
				for (int i = 0; i < photos.size(); i++) {
					Optional<AugmentedPose> pose = futures.get(i).get();
					located
						.add(new Located(photos.get(i), images.get(i).pixels(), pose.map(AugmentedPose::pose), pose));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", ex);
			}
			catch (ExecutionException ex) {
				throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
						: new IllegalStateException(ex.getCause());
			}
			finally {
				executor.shutdownNow();
			}
		}
		return located;
	}

	public List<Located> locate(List<Photo> photos, PoseModel model) {
		List<BufferedImage> images = new ArrayList<>();
		for (Photo photo : photos) {
			images.add(this.loader.load(photo.file()));
		}
		ModelFiles files = this.store.ensureAvailable(model);
		List<Optional<PoseResult>> poses = estimateAll(files, images);
		List<Located> located = new ArrayList<>();
		for (int i = 0; i < photos.size(); i++) {
			located.add(new Located(photos.get(i), images.get(i), poses.get(i)));
		}
		return located;
	}

	/**
	 * Places landmarks on every photo of a batch, each on its own: a photo that cannot be
	 * read or shows no person gets its reason, and the others are processed all the same.
	 * <p>
	 * Each photo is read, decoded for the model ({@link ImageLoader#loadForPose}: a large
	 * JPEG at a reduced scale) and estimated in one task, on as many threads as there are
	 * cores, so one core decodes the next photo while the other runs the models. Only the
	 * results are kept, not the decoded photos.
	 * @param photos the photos, in order
	 * @param model the landmark model
	 * @param progress told after each photo (from the worker threads)
	 * @return one outcome per photo, in the same order
	 * @throws org.realign.pose.PoseModelException when the models are missing and cannot
	 * be fetched
	 */
	public List<Outcome> locateEach(List<Photo> photos, PoseModel model, Progress progress) {
		return locateEach(photos, model, progress, false);
	}

	/**
	 * As {@link #locateEach(List, PoseModel, Progress)}; one at a time, each photo is
	 * read, decoded and estimated before the next one starts, and the models of each run
	 * on all the cores (XNNPACK threads): each photo then takes the time one uploaded
	 * photo takes, where a batch, one photo per core, finishes sooner as a whole.
	 * @param photos the photos, in order
	 * @param model the landmark model
	 * @param progress told after each photo
	 * @param oneAtATime whether to process the photos strictly one after another
	 * @return one outcome per photo, in the same order
	 */
	public List<Outcome> locateEach(List<Photo> photos, PoseModel model, Progress progress, boolean oneAtATime) {
		return locateEach(photos, model, progress, oneAtATime, false, Optional.empty());
	}

	/**
	 * As {@link #locateEach(List, PoseModel, Progress, boolean)}, with or without the
	 * skin markers, which are found and named by each photo's view's marker set (the
	 * keypoint evaluation does not look for them).
	 * @param findMarkers whether to look for the photos' skin markers
	 * @param markerColour the markers' colour, empty to detect it on each photo
	 */
	public List<Outcome> locateEach(List<Photo> photos, PoseModel model, Progress progress, boolean oneAtATime,
			boolean findMarkers, Optional<MarkerColour> markerColour) {
		ModelFiles files = this.store.ensureAvailable(model);
		int cores = Runtime.getRuntime().availableProcessors();
		int threads = oneAtATime ? 1 : Math.max(1, Math.min(photos.size(), cores));
		AtomicInteger done = new AtomicInteger();
		// One photo in flight (a single photo, or one at a time) uses every core; a batch
		// keeps one photo per core, one thread each.
		try (PoseEstimator estimator = PoseEstimator.open(files, threads, PoseOptions.defaults(),
				(threads == 1) ? cores : 1)) {
			List<Callable<Outcome>> tasks = new ArrayList<>();
			for (Photo photo : photos) {
				tasks.add(() -> {
					Outcome outcome = locateOne(estimator, photo, findMarkers, markerColour);
					progress.done(done.incrementAndGet(), photos.size());
					return outcome;
				});
			}
			return inOrder(threads, tasks);
		}
	}

	private Outcome locateOne(PoseEstimator estimator, Photo photo, boolean findMarkers,
			Optional<MarkerColour> markerColour) {
		PosePhoto decoded;
		try {
			decoded = this.loader.loadForPose(photo.file());
		}
		catch (ImageRejectedException ex) {
			return new Outcome(photo, Optional.empty(), Optional.of(ex.getMessage()), true);
		}
		Optional<PoseResult> pose = estimator.estimate(decoded);
		Optional<MarkerAssignment> markers = pose.filter((result) -> findMarkers)
			.map((result) -> SkinMarkers.find(fullScale(photo.file(), decoded.pixels(), decoded.width()),
					decoded.width(), result.landmarks(), photo.view(), markerColour));
		return new Outcome(photo, pose,
				pose.isPresent() ? Optional.empty() : Optional.of(decoded.name() + ": no person found"), false,
				markers);
	}

	/**
	 * The photo at full scale, for the skin markers: a large JPEG decoded at 1/4 for the
	 * pose model would shrink a 20-pixel marker to 5, below what can be found to a
	 * fraction of a pixel, so it is decoded again at full size (only then).
	 * @param decoded the pixels decoded for the model
	 * @param fullWidth the full photo's width
	 */
	public BufferedImage fullScale(Path file, BufferedImage decoded, int fullWidth) {
		return (decoded.getWidth() >= fullWidth) ? decoded : this.loader.load(file);
	}

	private static List<Optional<PoseResult>> estimateAll(ModelFiles files, List<BufferedImage> images) {
		int cores = Runtime.getRuntime().availableProcessors();
		int threads = Math.max(1, Math.min(images.size(), cores));
		try (PoseEstimator estimator = PoseEstimator.open(files, threads, PoseOptions.defaults(),
				(threads == 1) ? cores : 1)) {
			if (threads == 1) {
				return images.stream().map(estimator::estimate).toList();
			}
			List<Callable<Optional<PoseResult>>> tasks = new ArrayList<>();
			for (BufferedImage image : images) {
				tasks.add(() -> estimator.estimate(image));
			}
			return inOrder(threads, tasks);
		}
	}

	/**
	 * Runs the tasks on a pool of {@code threads} and answers their results in the tasks'
	 * order; a task's runtime exception (a refused photo, a model error) is rethrown as
	 * it is.
	 */
	private static <T> List<T> inOrder(int threads, List<Callable<T>> tasks) {
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(executor.submit(task));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
		finally {
			executor.shutdownNow();
		}
	}

}
