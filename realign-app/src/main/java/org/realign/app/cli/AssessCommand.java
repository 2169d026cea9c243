package org.realign.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.realign.app.BadInputException;
import org.realign.app.assessment.SkinMarkers;
import org.realign.core.assessment.Assessment;
import org.realign.core.assessment.AssessmentReport;
import org.realign.core.assessment.AssessmentReportJson;
import org.realign.core.assessment.Assessor;
import org.realign.core.finding.Finding;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.landmark.LandmarkFile;
import org.realign.core.landmark.LandmarkFileException;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.core.measure.Measurement.Gap;
import org.realign.core.measure.Measurement.Measured;
import org.realign.core.measure.Measurement;
import org.realign.core.program.Advice;
import org.realign.core.program.Advisor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code realign assess --landmarks FILE.json [--json]}: measurements and findings for
 * one person's photos, as a table or as the JSON of {@link AssessmentReportJson}.
 * <p>
 * {@code --photo VIEW=IMAGE} is parsed here and handed to a {@link LandmarkPlacer}; the
 * pose feature plugs its implementation in through
 * {@link #AssessCommand(LandmarkPlacer)}.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
		description = "Measure posture from landmarks (or photos) and report the findings.")
public final class AssessCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--landmarks", paramLabel = "FILE.json",
			description = "Landmark file: {\"views\":[{\"view\":...,\"image\":{...},\"landmarks\":[...]}]}")
	Path landmarks;

	@Option(names = "--photo", paramLabel = "[VIEW=]IMAGE",
			description = "A photo, with the view it shows (anterior, posterior, left-lateral, right-lateral) or without, to take the view the pose shows; repeatable. Each photo is checked first (one person standing upright, whole body in the frame, the view it is given for, enough pixels, camera level). Needs the pose model.")
	List<String> photos = new ArrayList<>();

	@Option(names = "--accept-capture",
			description = "Keep photos that fail the capture check; their measurements carry the warning.")
	boolean acceptCapture;

	@Option(names = "--marker-colour", paramLabel = "COLOUR", defaultValue = SkinMarkers.DETECT,
			description = "With --photo: the skin markers' colour: detect, white (or reflective), red, orange, yellow, green, cyan, blue, magenta, pink or #RRGGBB (default: ${DEFAULT-VALUE}). A marker named as an anatomical point is measured with basis marker and its own localisation error.")
	String markerColour;

	@Option(names = "--json", description = "Print JSON instead of a table.")
	boolean json;

	@Option(names = "--minutes", paramLabel = "N", defaultValue = "20",
			description = "Minutes the client has for the menu each day (default: ${DEFAULT-VALUE}).")
	int minutes;

	@Option(names = "--constraint", paramLabel = "CONSTRAINT",
			description = "Shapes the menu; repeatable: no-floor, no-kneeling, painful=AREA, equipment=ITEM[,ITEM].")
	List<String> constraints = new ArrayList<>();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LandmarkPlacer photoLandmarker;

	private final Assessor assessor;

	/** The command as the command line runs it: photos go through the pose model. */
	public AssessCommand() {
		this(PoseLandmarkPlacer.withDefaults());
	}

	/** The command with a photo landmarker, for the pose feature to wire in. */
	public AssessCommand(LandmarkPlacer photoLandmarker) {
		this.photoLandmarker = photoLandmarker;
		this.assessor = Assessor.shipped();
	}

	@Override
	public Integer call() {
		List<LandmarkSet> sets = new ArrayList<>();
		if (this.landmarks != null) {
			List<LandmarkSet> fromFile = readLandmarks(this.landmarks);
			if (fromFile.isEmpty()) {
				throw new BadInputException(this.landmarks.getFileName() + ": the \"views\" array is empty");
			}
			sets.addAll(fromFile);
		}
		List<LandmarkPlacer.Placed> placed = List.of();
		if (!this.photos.isEmpty()) {
			placed = this.photoLandmarker.place(photoRequests(), this.acceptCapture,
					SkinMarkers.colour(this.markerColour));
			placed.forEach((photo) -> sets.add(photo.landmarks()));
		}
		if (sets.isEmpty()) {
			throw new BadInputException("nothing to assess: give --landmarks FILE.json (or --photo VIEW=IMAGE)");
		}
		Assessment assessment;
		try {
			assessment = Assessment.of(sets);
		}
		catch (IllegalArgumentException ex) {
			throw new BadInputException(ex.getMessage(), ex);
		}
		ClientConstraints clientConstraints;
		try {
			clientConstraints = ClientConstraints.parse(this.minutes, this.constraints);
		}
		catch (IllegalArgumentException ex) {
			throw new BadInputException(ex.getMessage(), ex);
		}
		AssessmentReport report = this.assessor.assess(assessment);
		Advice advice = Advisor.standard().advise(report.findings(), clientConstraints);
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.json) {
			ObjectNode json = AssessmentReportJson.toJson(report);
			advice.toJson().forEach((key, value) -> json.set(key, JSON.valueToTree(value)));
			CaptureWarnings.addTo(json, placed);
			out.println(AssessmentReportJson.write(json));
		}
		else {
			printTable(report, out);
			CaptureWarnings.print(placed, out);
			out.println();
			out.print(advice.text());
		}
		out.flush();
		return 0;
	}

	/**
	 * Each {@code --photo} as a request: {@code VIEW=IMAGE} when the text before the
	 * first {@code =} names a view, the whole text as a file otherwise (a file name may
	 * contain {@code =}); an unknown view that is not a file is named.
	 */
	private List<LandmarkPlacer.Request> photoRequests() {
		List<LandmarkPlacer.Request> requests = new ArrayList<>();
		for (String text : this.photos) {
			int equals = text.indexOf('=');
			if (equals > 0) {
				String viewId = text.substring(0, equals);
				Optional<View> view = View.fromId(viewId);
				if (view.isPresent()) {
					requests.add(new LandmarkPlacer.Request(view, Path.of(text.substring(equals + 1))));
					continue;
				}
				if (!Files.exists(Path.of(text))) {
					throw new BadInputException("unknown view \"" + viewId
							+ "\" in --photo (expected anterior, posterior, left-lateral or right-lateral)");
				}
			}
			requests.add(new LandmarkPlacer.Request(Optional.empty(), Path.of(text)));
		}
		return requests;
	}

	private static List<LandmarkSet> readLandmarks(Path file) {
		String text;
		try {
			text = Files.readString(file);
		}
		catch (NoSuchFileException ex) {
			throw new BadInputException(file + ": no such file");
		}
		catch (IOException ex) {
			throw new BadInputException(file + ": cannot read (" + ex.getClass().getSimpleName() + ")");
		}
		try {
			return LandmarkFile.parse(text);
		}
		catch (LandmarkFileException ex) {
			throw new BadInputException(file.getFileName() + ": " + ex.getMessage());
		}
	}

	static void printTable(AssessmentReport report, PrintWriter out) {
		out.println("Measurements");
		out.printf("  %-14s %-36s %s%n", "VIEW", "MEASUREMENT", "VALUE");
		for (Measurement measurement : report.measurements()) {
			String value;
			if (measurement instanceof Measured measured) {
				value = String.format("%.1f %s%s  %s%s", AssessmentReportJson.round(measured.value()), measured.unit(),
						measured.error().isPresent()
								? String.format(" +/- %.1f", AssessmentReportJson.round(measured.error().getAsDouble()))
								: "",
						measured.basis().id(), measured.proxy() ? ", proxy" : "");
			}
			else {
				value = "gap: missing "
						+ String.join(", ", ((Gap) measurement).missing().stream().map((id) -> id.id()).toList());
			}
			out.printf("  %-14s %-36s %s%n", measurement.view().id(), measurement.id(), value);
		}
		out.println();
		out.println("Findings");
		if (report.findings().isEmpty()) {
			out.println("  " + AssessmentReport.NO_DEVIATION);
		}
		for (Finding finding : report.findings()) {
			String name = finding.id() + finding.side().map((side) -> " (" + side.id() + ")").orElse("");
			out.printf("  %-34s %-9s %-10s because %s%n", name, finding.severity().id(), report.basisOf(finding).id(),
					String.join(", ", finding.because()));
		}
	}

}
