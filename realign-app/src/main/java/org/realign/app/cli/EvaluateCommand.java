package org.realign.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.realign.app.BadInputException;
import org.realign.core.landmark.View;
import org.realign.pose.PoseModel;
import org.realign.pose.PoseModelException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code realign evaluate ANNOTATIONS.json}: how well the automatic landmarks do on your
 * own annotated photos (see {@link CocoEvaluation} for the format and the measure).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = { "Score the automatic landmarks against keypoint annotations in the COCO format:",
				"PCK@0.2 of the torso, the error of each joint, and the photos where no person was found." })
final class EvaluateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "ANNOTATIONS", description = "COCO keypoint annotations (JSON).")
	Path annotations;

	@Option(names = "--images", paramLabel = "DIR",
			description = "Folder of the photos named in the annotations (default: the annotation file's folder).")
	Path images;

	@Option(names = "--model", paramLabel = "MODEL", defaultValue = "full",
			description = "Landmark model: lite, full or heavy (default: ${DEFAULT-VALUE}).")
	String model;

	@Option(names = "--json", description = "Write the scores as JSON instead of a table.")
	boolean json;

	@Override
	public Integer call() {
		PoseModel poseModel = PoseModel.fromId(this.model)
			.orElseThrow(() -> new BadInputException("unknown model '" + this.model + "': use lite, full or heavy"));
		if (!Files.isRegularFile(this.annotations)) {
			throw new BadInputException(this.annotations.getFileName() + ": no such file");
		}
		CocoEvaluation.Annotations parsed = CocoEvaluation.read(this.annotations);
		Path folder = (this.images != null) ? this.images : this.annotations.toAbsolutePath().getParent();
		if (!Files.isDirectory(folder)) {
			throw new BadInputException(folder + ": no such folder");
		}
		List<PhotoLandmarker.Photo> photos = new ArrayList<>();
		for (CocoEvaluation.AnnotatedImage image : parsed.images()) {
			photos.add(new PhotoLandmarker.Photo(View.ANTERIOR, folder.resolve(image.fileName())));
		}
		PrintWriter err = this.spec.commandLine().getErr();
		ProgressLine progress = ProgressLine.forBatch(err, photos.size());
		List<PhotoLandmarker.Outcome> outcomes;
		try {
			outcomes = PhotoLandmarker.withDefaults().locateEach(photos, poseModel, progress);
		}
		catch (PoseModelException ex) {
			err.println("realign: " + ex.getMessage());
			return 1;
		}
		finally {
			progress.finish();
		}
		CocoEvaluation.Scorer scorer = new CocoEvaluation.Scorer(parsed.keypoints());
		for (int i = 0; i < outcomes.size(); i++) {
			PhotoLandmarker.Outcome outcome = outcomes.get(i);
			CocoEvaluation.AnnotatedImage image = parsed.images().get(i);
			if (outcome.unreadable()) {
				scorer.unreadable(image, outcome.problem().orElse(image.fileName() + ": unreadable"));
			}
			else {
				scorer.score(image, outcome.pose().orElse(null));
			}
		}
		CocoEvaluation.Result result = scorer.result();
		for (String problem : result.problems()) {
			err.println("realign: " + problem + " (its keypoints count as missed)");
		}
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.json) {
			out.println(Json.pretty(toJson(result, poseModel)));
		}
		else {
			printTable(out, result, poseModel);
		}
		out.flush();
		return 0;
	}

	private static void printTable(PrintWriter out, CocoEvaluation.Result result, PoseModel model) {
		out.printf(Locale.ROOT, "%d photos, %s: PCK@0.2 of the torso %.3f (%d of %d labelled keypoints)%n",
				result.photos(), model.sourceId(), result.pck(), result.correct(), result.labelled());
		out.printf(Locale.ROOT, "no person found: %d%s%n", result.noPerson().size(),
				result.noPerson().isEmpty() ? "" : " (" + String.join(", ", result.noPerson()) + ")");
		if (!result.unscorable().isEmpty()) {
			out.println("left out, no torso annotated: " + String.join(", ", result.unscorable()));
		}
		out.printf(Locale.ROOT, "  %-18s %8s %9s %13s %15s%n", "joint", "labelled", "PCK@0.2", "mean error px",
				"mean error torso");
		for (CocoEvaluation.JointScore joint : result.joints()) {
			out.printf(Locale.ROOT, "  %-18s %8d %9.3f %13.1f %15.3f%n", joint.keypoint().id(), joint.labelled(),
					joint.pck(), joint.meanErrorPx(), joint.meanErrorTorso());
		}
	}

	private static Map<String, Object> toJson(CocoEvaluation.Result result, PoseModel model) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("model", model.sourceId());
		json.put("photos", result.photos());
		json.put("pck", finite(result.pck()));
		json.put("threshold", CocoEvaluation.PCK_THRESHOLD);
		json.put("labelledKeypoints", result.labelled());
		json.put("correctKeypoints", result.correct());
		json.put("noPersonFound", result.noPerson());
		json.put("unscorable", result.unscorable());
		json.put("unreadable", result.problems());
		List<Map<String, Object>> joints = new ArrayList<>();
		for (CocoEvaluation.JointScore joint : result.joints()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", joint.keypoint().id());
			entry.put("labelled", joint.labelled());
			entry.put("pck", finite(joint.pck()));
			entry.put("meanErrorPx", finite(joint.meanErrorPx()));
			entry.put("meanErrorTorso", finite(joint.meanErrorTorso()));
			joints.add(entry);
		}
		json.put("joints", joints);
		return json;
	}

	/** JSON has no NaN: an undefined score is null. */
	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

}
