package org.realign.app.cli;

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
import javax.imageio.ImageIO;

import org.realign.app.BadInputException;
import org.realign.app.assessment.LandmarkJson;
import org.realign.app.assessment.SkinMarkers;
import org.realign.core.landmark.View;
import org.realign.pose.ImageLoader;
import org.realign.pose.ModelStore;
import org.realign.pose.PoseLandmark;
import org.realign.pose.PoseModel;
import org.realign.pose.PoseModelException;
import org.realign.pose.PoseOverlay;
import org.realign.pose.PoseResult;
import org.realign.pose.marker.MarkerAssignment;
import org.realign.pose.marker.MarkerColour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code realign landmarks IMAGE...}: places the 33 BlazePose keypoints on each photo.
 * <p>
 * The output has one entry per photo, in the order given, each naming its file: its
 * landmarks, or why it has none (unreadable, or no person found). Every problem is also
 * one line on standard error. The exit code is 0 when every photo got its landmarks, 2
 * when any did not (the others are still written), 1 when the models are unavailable. On
 * a terminal, a batch shows a progress line on standard error. Points the model thinks
 * are hidden (visibility below 0.5) are kept but flagged, in the table, in the JSON
 * ({@code "lowVisibility":true}) and on standard error.
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

	@Option(names = "--view", paramLabel = "VIEW",
			description = "The view the photos show: anterior, posterior, left-lateral, right-lateral (default: anterior). Naming it also looks for the view's skin markers.")
	String view;

	@Option(names = "--json", description = "Write the landmark file format (JSON) instead of a table.")
	boolean json;

	@Option(names = "--overlay", paramLabel = "DIR",
			description = "Also write each photo with the skeleton drawn on it into DIR.")
	Path overlay;

	@Option(names = "--marker-colour", paramLabel = "COLOUR",
			description = "The skin markers' colour: detect, white (or reflective), red, orange, yellow, green, cyan, blue, magenta, pink, #RRGGBB, or none (default: detect when --view is given, else none: markers are named by the view's marker set). Markers found are written as landmarks with source marker; those that fit no point of the view's marker set as unassignedMarkers.")
	String markerColour;

	@Option(names = "--one-at-a-time",
			description = {
					"Process the photos strictly one after another, each on all the cores, as one uploaded photo is:",
					"each photo finishes sooner, the batch later (by default a batch runs one photo per core)." })
	boolean oneAtATime;

	@Option(names = "--max-megapixels", paramLabel = "MP", defaultValue = "50",
			description = "Refuse photos larger than this many megapixels (default: ${DEFAULT-VALUE}).")
	double maxMegapixels;

	@Override
	public Integer call() {
		PoseModel poseModel = PoseModel.fromId(this.model)
			.orElseThrow(() -> new BadInputException("unknown model '" + this.model + "': use lite, full or heavy"));
		View photoView = (this.view == null) ? View.ANTERIOR : View.fromId(this.view)
			.orElseThrow(() -> new BadInputException(
					"unknown view '" + this.view + "': use anterior, posterior, left-lateral or right-lateral"));
		// Markers are named by a view's marker set, so they are looked for when the
		// photos' view is named (or their colour is); plain keypoints cost no marker
		// search.
		String markers = (this.markerColour != null) ? this.markerColour
				: (this.view != null) ? SkinMarkers.DETECT : SkinMarkers.NONE;
		boolean findMarkers = SkinMarkers.looksFor(markers);
		Optional<MarkerColour> colour = findMarkers ? SkinMarkers.colour(markers) : Optional.empty();
		if (!(this.maxMegapixels > 0)) {
			throw new BadInputException("--max-megapixels must be positive");
		}
		PhotoLandmarker landmarker = new PhotoLandmarker(new ImageLoader((long) (this.maxMegapixels * 1_000_000)),
				ModelStore.fromEnvironment());
		List<PhotoLandmarker.Photo> photos = this.images.stream()
			.map((image) -> new PhotoLandmarker.Photo(photoView, image))
			.toList();
		PrintWriter err = this.spec.commandLine().getErr();
		ProgressLine progress = ProgressLine.forBatch(err, photos.size());
		List<PhotoLandmarker.Outcome> outcomes;
		try {
			outcomes = landmarker.locateEach(photos, poseModel, progress, this.oneAtATime, findMarkers, colour);
		}
		catch (PoseModelException ex) {
			err.println("realign: " + ex.getMessage());
			return 1;
		}
		finally {
			progress.finish();
		}
		return report(outcomes);
	}

	private int report(List<PhotoLandmarker.Outcome> outcomes) {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		int exitCode = 0;
		for (PhotoLandmarker.Outcome photo : outcomes) {
			String name = String.valueOf(photo.photo().file().getFileName());
			if (photo.pose().isEmpty()) {
				String problem = photo.problem().orElse(name + ": no person found");
				err.println("realign: " + problem);
				exitCode = RealignCommand.EXIT_BAD_INPUT;
				if (!this.json) {
					out.println(name + ": no landmarks (" + withoutName(problem, name) + ")");
				}
				continue;
			}
			PoseResult result = photo.pose().get();
			List<String> outside = result.landmarks()
				.stream()
				.filter((landmark) -> !LandmarkJson.isInside(landmark, result))
				.map((landmark) -> landmark.keypoint().id())
				.toList();
			if (!outside.isEmpty()) {
				err.println("realign: " + name + ": outside the photo, left out: " + String.join(", ", outside));
			}
			List<String> hidden = LandmarkJson.inside(result)
				.stream()
				.filter(PoseLandmark::lowVisibility)
				.map((landmark) -> landmark.keypoint().id())
				.toList();
			if (!hidden.isEmpty()) {
				err.println("realign: " + name + ": low visibility (probably hidden), check by eye: "
						+ String.join(", ", hidden));
			}
			photo.markers()
				.filter((markers) -> !markers.unassigned().isEmpty())
				.ifPresent((markers) -> err
					.println("realign: " + name + ": " + markers.unassigned().size() + " marker(s) fit no point of the "
							+ photo.photo().view().id() + " marker set, left unnamed: check by eye"));
			if (!this.json) {
				printTable(out, name, photo.photo().view(), result);
				photo.markers().ifPresent((markers) -> printMarkers(out, markers));
			}
			if (this.overlay != null) {
				writeOverlay(name, photo.photo().file(), result);
			}
		}
		if (this.json) {
			out.println(LandmarkJson.writeBatch(outcomes.stream().map(LandmarksCommand::entry).toList()));
		}
		out.flush();
		return exitCode;
	}

	private static LandmarkJson.BatchEntry entry(PhotoLandmarker.Outcome outcome) {
		String file = String.valueOf(outcome.photo().file().getFileName());
		if (outcome.pose().isPresent()) {
			return new LandmarkJson.BatchEntry(file, outcome.viewPose().orElseThrow(), null, null);
		}
		return new LandmarkJson.BatchEntry(file, null, outcome.unreadable() ? "unreadable" : "no-person",
				outcome.problem().orElse(file + ": no person found"));
	}

	/** The decoder's reasons start with the file name, already on the line. */
	private static String withoutName(String problem, String name) {
		return problem.startsWith(name + ": ") ? problem.substring(name.length() + 2) : problem;
	}

	private static void printTable(PrintWriter out, String name, View view, PoseResult pose) {
		out.printf(Locale.ROOT, "%s: %s, %dx%d px, %s, detection score %.2f%n", name, view.id(), pose.imageWidth(),
				pose.imageHeight(), pose.model().sourceId(), pose.detectionScore());
		out.printf(Locale.ROOT, "  %-18s %8s %8s %10s %9s  %s%n", "landmark", "x", "y", "visibility", "presence",
				"note");
		for (PoseLandmark landmark : LandmarkJson.inside(pose)) {
			out.printf(Locale.ROOT, "  %-18s %8.1f %8.1f %10.2f %9.2f  %s%n", landmark.keypoint().id(), landmark.x(),
					landmark.y(), landmark.visibility(), landmark.presence(),
					landmark.lowVisibility() ? "low visibility" : "");
		}
	}

	private static void printMarkers(PrintWriter out, MarkerAssignment markers) {
		markers.landmarks()
			.forEach((marker) -> out.printf(Locale.ROOT, "  %-18s %8.2f %8.2f  marker, confidence %.2f, +/- %.2f px%n",
					marker.id().id(), marker.x(), marker.y(), marker.confidence().orElse(0),
					marker.uncertainty().orElse(0)));
		markers.unassigned()
			.forEach((marker) -> out.printf(Locale.ROOT, "  %-18s %8.2f %8.2f  marker, confidence %.2f, +/- %.2f px%n",
					"(unassigned)", marker.x(), marker.y(), marker.confidence(), marker.uncertainty()));
	}

	private void writeOverlay(String name, Path file, PoseResult pose) {
		String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
		Path target = this.overlay.resolve(base + ".landmarks.png");
		try {
			// Decoded again at full size: the batch kept only the landmarks.
			BufferedImage photo = new ImageLoader((long) (this.maxMegapixels * 1_000_000)).load(file);
			Files.createDirectories(this.overlay);
			ImageIO.write(PoseOverlay.draw(photo, pose), "png", target.toFile());
		}
		catch (IOException ex) {
			throw new BadInputException("cannot write the overlay " + target + ": " + ex.getMessage(), ex);
		}
	}

}
