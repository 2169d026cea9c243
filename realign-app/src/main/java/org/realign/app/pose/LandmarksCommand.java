package org.realign.app.pose;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.realign.app.BadInputException;
import org.realign.core.landmark.View;
import org.realign.pose.ImageLoader;
import org.realign.pose.ImageRejectedException;
import org.realign.pose.ModelFiles;
import org.realign.pose.ModelStore;
import org.realign.pose.PoseEstimator;
import org.realign.pose.PoseLandmark;
import org.realign.pose.PoseModel;
import org.realign.pose.PoseModelException;
import org.realign.pose.PoseOverlay;
import org.realign.pose.PoseResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code realign landmarks IMAGE...}: places the 33 BlazePose keypoints on each photo.
 * <p>
 * All photos are decoded and checked first, so that a bad file fails fast (exit 2) before
 * any model is loaded or fetched; then one estimator, its models loaded once, processes
 * the batch on as many threads as there are cores.
 */
@Command(name = "landmarks", mixinStandardHelpOptions = true, description = {
		"Place the 33 BlazePose landmarks on photos (JPEG or PNG).",
		"The models are fetched once into the model cache (REALIGN_MODEL_DIR, default ~/.cache/realign/models);",
		"offline, use 'realign models import FILE.tgz'." })
public final class LandmarksCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "IMAGE", description = "Photos to process.")
	List<Path> images;

	@Option(names = "--model", paramLabel = "MODEL", defaultValue = "full",
			description = "Landmark model: lite, full or heavy (default: ${DEFAULT-VALUE}).")
	String model;

	@Option(names = "--view", paramLabel = "VIEW", defaultValue = "anterior",
			description = "The view the photos show: anterior, posterior, left-lateral, right-lateral (default: ${DEFAULT-VALUE}).")
	String view;

	@Option(names = "--json", description = "Write the landmark file format (JSON) instead of a table.")
	boolean json;

	@Option(names = "--overlay", paramLabel = "DIR",
			description = "Also write each photo with the skeleton drawn on it into DIR.")
	Path overlay;

	@Option(names = "--max-megapixels", paramLabel = "MP", defaultValue = "50",
			description = "Refuse photos larger than this many megapixels (default: ${DEFAULT-VALUE}).")
	double maxMegapixels;

	@Override
	public Integer call() {
		PoseModel poseModel = PoseModel.fromId(this.model)
			.orElseThrow(() -> new BadInputException("unknown model '" + this.model + "': use lite, full or heavy"));
		View photoView = View.fromId(this.view)
			.orElseThrow(() -> new BadInputException(
					"unknown view '" + this.view + "': use anterior, posterior, left-lateral or right-lateral"));
		if (!(this.maxMegapixels > 0)) {
			throw new BadInputException("--max-megapixels must be positive");
		}
		ImageLoader loader = new ImageLoader((long) (this.maxMegapixels * 1_000_000));
		List<BufferedImage> photos = new ArrayList<>();
		for (Path image : this.images) {
			try {
				photos.add(loader.load(image));
			}
			catch (ImageRejectedException ex) {
				throw new BadInputException(ex.getMessage(), ex);
			}
		}
		ModelFiles files;
		try {
			files = ModelStore.fromEnvironment().ensureAvailable(poseModel);
		}
		catch (PoseModelException ex) {
			this.spec.commandLine().getErr().println("realign: " + ex.getMessage());
			return 1;
		}
		List<Optional<PoseResult>> poses = estimateAll(files, photos);
		return report(photoView, photos, poses);
	}

	private List<Optional<PoseResult>> estimateAll(ModelFiles files, List<BufferedImage> photos) {
		int threads = Math.max(1, Math.min(photos.size(), Runtime.getRuntime().availableProcessors()));
		try (PoseEstimator estimator = PoseEstimator.open(files, threads)) {
			if (threads == 1) {
				return photos.stream().map(estimator::estimate).toList();
			}
			ExecutorService executor = Executors.newFixedThreadPool(threads);
			try {
				List<Future<Optional<PoseResult>>> futures = new ArrayList<>();
				for (BufferedImage photo : photos) {
					futures.add(executor.submit(() -> estimator.estimate(photo)));
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

	private int report(View photoView, List<BufferedImage> photos, List<Optional<PoseResult>> poses) {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		List<LandmarkJson.ViewPose> found = new ArrayList<>();
		int exitCode = 0;
		for (int i = 0; i < photos.size(); i++) {
			String name = String.valueOf(this.images.get(i).getFileName());
			Optional<PoseResult> pose = poses.get(i);
			if (pose.isEmpty()) {
				err.println("realign: " + name + ": no person found");
				exitCode = 2;
				continue;
			}
			PoseResult result = pose.get();
			found.add(new LandmarkJson.ViewPose(photoView, result));
			List<String> outside = result.landmarks()
				.stream()
				.filter((landmark) -> !LandmarkJson.isInside(landmark, result))
				.map((landmark) -> landmark.keypoint().id())
				.toList();
			if (!outside.isEmpty()) {
				err.println("realign: " + name + ": outside the photo, left out: " + String.join(", ", outside));
			}
			if (!this.json) {
				printTable(out, name, photoView, result);
			}
			if (this.overlay != null) {
				writeOverlay(name, photos.get(i), result);
			}
		}
		if (this.json && !found.isEmpty()) {
			out.println(LandmarkJson.write(found));
		}
		out.flush();
		return exitCode;
	}

	private static void printTable(PrintWriter out, String name, View view, PoseResult pose) {
		out.printf(Locale.ROOT, "%s: %s, %dx%d px, %s, detection score %.2f%n", name, view.id(), pose.imageWidth(),
				pose.imageHeight(), pose.model().sourceId(), pose.detectionScore());
		out.printf(Locale.ROOT, "  %-18s %8s %8s %10s %9s%n", "landmark", "x", "y", "visibility", "presence");
		for (PoseLandmark landmark : LandmarkJson.inside(pose)) {
			out.printf(Locale.ROOT, "  %-18s %8.1f %8.1f %10.2f %9.2f%n", landmark.keypoint().id(), landmark.x(),
					landmark.y(), landmark.visibility(), landmark.presence());
		}
	}

	private void writeOverlay(String name, BufferedImage photo, PoseResult pose) {
		String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
		Path target = this.overlay.resolve(base + ".landmarks.png");
		try {
			Files.createDirectories(this.overlay);
			ImageIO.write(PoseOverlay.draw(photo, pose), "png", target.toFile());
		}
		catch (IOException ex) {
			throw new BadInputException("cannot write the overlay " + target + ": " + ex.getMessage(), ex);
		}
	}

}
