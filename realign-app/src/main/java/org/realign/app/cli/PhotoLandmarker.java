package org.realign.app.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.realign.app.assessment.LandmarkJson;
import org.realign.core.landmark.View;
import org.realign.pose.ImageLoader;
import org.realign.pose.ModelFiles;
import org.realign.pose.ModelStore;
import org.realign.pose.PoseEstimator;
import org.realign.pose.PoseModel;
import org.realign.pose.PoseResult;

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
	 * @param image the decoded, upright image
	 * @param pose the pose, empty when no person was found
	 */
	public record Located(Photo photo, BufferedImage image, Optional<PoseResult> pose) {

		/** This photo as a view of the landmark file format, if a person was found. */
		public Optional<LandmarkJson.ViewPose> viewPose() {
			return this.pose.map((result) -> new LandmarkJson.ViewPose(this.photo.view(), result));
		}

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

	private static List<Optional<PoseResult>> estimateAll(ModelFiles files, List<BufferedImage> images) {
		int threads = Math.max(1, Math.min(images.size(), Runtime.getRuntime().availableProcessors()));
		try (PoseEstimator estimator = PoseEstimator.open(files, threads)) {
			if (threads == 1) {
				return images.stream().map(estimator::estimate).toList();
			}
			ExecutorService executor = Executors.newFixedThreadPool(threads);
			try {
				List<Future<Optional<PoseResult>>> futures = new ArrayList<>();
				for (BufferedImage image : images) {
					futures.add(executor.submit(() -> estimator.estimate(image)));
				}
				List<Optional<PoseResult>> results = new ArrayList<>();
				for (Future<Optional<PoseResult>> future : futures) {
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

}
