package org.realign.app.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.sun.management.OperatingSystemMXBean;
import org.junit.jupiter.api.Test;
import org.realign.app.testsupport.CommandRun;
import org.realign.core.capture.CaptureCheck;
import org.realign.core.capture.CaptureProblem;
import org.realign.core.capture.CaptureReport;
import org.realign.core.landmark.View;
import org.realign.pose.AugmentedPose;
import org.realign.pose.ImageLoader;
import org.realign.pose.ImageRejectedException;
import org.realign.pose.ModelStore;
import org.realign.pose.PoseEstimator;
import org.realign.pose.PoseLandmarkSets;
import org.realign.pose.PoseModel;
import org.realign.pose.PosePhoto;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The capture check's robustness sweep: every photo of {@link PhotoVariants} through
 * {@code realign assess --json --photo [VIEW=]IMAGE} (in this JVM, as the command line
 * runs it) and through the upload page's path (the whole photo decoded as an upload is,
 * the augmented pose, the check with the view of the form field: the view given, else the
 * one the photo should be taken as), each outcome compared with what the variant should
 * get. Writes a Markdown table to {@code target/capture-sweep.md} (and the variants'
 * files to {@code target/capture-sweep/}) and prints the summary.
 * <p>
 * A tool, not part of the build (its name matches neither the unit-test nor the
 * integration-test pattern; about 350 photos, several minutes of CPU): run it with <pre>
 * ./mvnw -B -o -pl realign-app -am -Dfuzz.duration=1s -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test=CaptureSweep verify
 * </pre> {@code -Dsweep.only=REGEX} limits it to the variants whose name matches. The
 * build's regression tests for what the sweep found are {@code CaptureCheckPhotosIT}
 * (realign-pose), {@code AssessPhotoIT} and {@code AssessmentJourneyIT}.
 */
class CaptureSweep {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What a path answered for one photo. */
	record Outcome(boolean accepted, String view, int measured, List<String> findings, String menuBasis, String refusal,
			List<String> checks, boolean crashed, double cpuMillis) {

		String describe() {
			if (this == NOT_RUN) {
				return "not run";
			}
			if (this.crashed) {
				return "DEFECT: " + this.refusal;
			}
			if (this.accepted) {
				return "accepted " + this.view + ((this.measured >= 0) ? ", " + this.measured + " measured, "
						+ (this.findings.isEmpty() ? "no findings" : "findings: " + String.join(" ", this.findings))
						: "");
			}
			return "refused: " + this.refusal;
		}

	}

	private static final Outcome NOT_RUN = new Outcome(false, "", -1, List.of(), "", "not run", List.of(), false, 0);

	/** The checks a refusal names, in its order, from its words. */
	static List<String> checksOf(String message) {
		List<String> checks = new ArrayList<>();
		for (String part : message.split("; ")) {
			String p = part.replaceFirst("^[^:]*\\.(jpg|png): ", "");
			if (p.startsWith("more than one person")) {
				checks.add("person");
			}
			else if (p.startsWith("whole body not in the photo")) {
				checks.add("framing");
			}
			else if (p.startsWith("not standing")) {
				checks.add("posture");
			}
			else if (p.startsWith("arms not relaxed")) {
				checks.add("arms");
			}
			else if (p.startsWith("shows ") || p.startsWith("turned between")) {
				checks.add("view");
			}
			else if (p.startsWith("too few pixels")) {
				checks.add("pixels");
			}
			else if (p.startsWith("camera") || p.startsWith("photo on its side") || p.startsWith("photo upside down")) {
				checks.add("camera");
			}
			else if (p.startsWith("no person")) {
				checks.add("no-person");
			}
			else {
				checks.add("other");
			}
		}
		return checks;
	}

	private static final Pattern STACK = Pattern.compile("Exception|\\tat |\\bat org\\.|java\\.", Pattern.MULTILINE);

	static Outcome viaCommandLine(PhotoVariants.Variant variant, Path file) {
		String photo = variant.given().map((v) -> v.id() + "=" + file).orElse(file.toString());
		long cpu = processCpu();
		CommandRun run = CommandRun.of("assess", "--json", "--photo", photo);
		double millis = (processCpu() - cpu) / 1e6;
		if (run.exitCode() == 0) {
			JsonNode report = JSON.readTree(run.out());
			int measured = 0;
			int withoutError = 0;
			for (JsonNode m : report.get("measurements")) {
				if ("measured".equals(m.get("status").asString())) {
					measured++;
					if (!m.has("value") || !m.has("basis") || !m.has("error")) {
						withoutError++;
					}
				}
			}
			List<String> findings = new ArrayList<>();
			for (JsonNode f : report.get("findings")) {
				findings.add(f.get("id").asString() + (f.has("side") ? "(" + f.get("side").asString() + ")" : ""));
			}
			String menuBasis = report.has("menu") ? report.get("menu").get("basis").asString() : "";
			// Every measurement states its value, basis and error; a menu not built on a
			// finding says it is general.
			if (withoutError > 0) {
				return new Outcome(true, "", measured, findings, menuBasis,
						withoutError + " measurements without value, basis or error", List.of(), true, millis);
			}
			if (findings.isEmpty() && !"general".equals(menuBasis)) {
				return new Outcome(true, "", measured, findings, menuBasis,
						"no findings, yet the menu is not labelled general", List.of(), true, millis);
			}
			return new Outcome(true, report.get("capture").get(0).get("view").asString(), measured, findings, menuBasis,
					"", List.of(), false, millis);
		}
		String err = run.err().strip();
		boolean crashed = run.exitCode() != 2 || err.contains("\n") || STACK.matcher(err).find();
		String message = err.replaceFirst("^realign: ", "").replaceFirst("^[^ ]*\\.(jpg|png): ", "");
		return new Outcome(false, "", -1, List.of(), "", message, checksOf(message), crashed, millis);
	}

	/**
	 * The upload page's path without the web layer: {@code AssessmentService.detectOne}
	 * decodes the whole photo, estimates the augmented pose and checks it with the form
	 * field's view (front when the variant has none).
	 */
	static Outcome viaUpload(PhotoVariants.Variant variant, PoseEstimator estimator, ImageLoader loader) {
		// The upload form always names the view: a photo given without one goes in the
		// field of the view it shows (the front for the squat video's frames).
		View view = variant.given().or(() -> variant.expect().view()).orElse(View.ANTERIOR);
		long cpu = processCpu();
		try {
			BufferedImage image = loader.decode(variant.name() + "." + variant.extension(), variant.bytes());
			Optional<AugmentedPose> pose = estimator.estimateAugmented(PosePhoto.of(image));
			double millis = (processCpu() - cpu) / 1e6;
			if (pose.isEmpty()) {
				return new Outcome(false, "", -1, List.of(), "", CaptureReport.NO_PERSON, List.of("no-person"), false,
						millis);
			}
			CaptureReport report = CaptureCheck.check(PoseLandmarkSets.all(pose.get().pose(), view), Optional.of(view),
					pose.get().pose().people());
			if (report.accepted()) {
				String pitch = report.pitchDegrees().isPresent()
						? String.format(Locale.ROOT, " (pitch %.0f deg)", report.pitchDegrees().getAsDouble()) : "";
				return new Outcome(true, view.id() + pitch, -1, List.of(), "", "", List.of(), false, millis);
			}
			return new Outcome(false, "", -1, List.of(), "", report.summary(),
					report.problems().stream().map(CaptureProblem::check).map(CaptureProblem.Check::id).toList(), false,
					millis);
		}
		catch (ImageRejectedException ex) {
			return new Outcome(false, "", -1, List.of(), "", ex.getMessage(), List.of("unreadable"), false,
					(processCpu() - cpu) / 1e6);
		}
		catch (RuntimeException ex) {
			return new Outcome(false, "", -1, List.of(), "", ex.toString(), List.of(), true,
					(processCpu() - cpu) / 1e6);
		}
	}

	/** Whether an outcome is what the variant should get; the reason when it is not. */
	static Optional<String> judge(PhotoVariants.Variant variant, Outcome outcome) {
		PhotoVariants.Expect expect = variant.expect();
		if (outcome.crashed()) {
			return Optional.of("defect (a stack trace, an exit code other than 2, a message over several lines, "
					+ "a measurement without its error or an unlabelled general menu)");
		}
		switch (expect.kind()) {
			case ACCEPT -> {
				if (!outcome.accepted()) {
					return Optional.of("false refusal");
				}
				if (!outcome.view().startsWith(expect.view().get().id())) {
					return Optional.of("wrong view");
				}
				return Optional.empty();
			}
			case REFUSE -> {
				if (outcome.accepted()) {
					return Optional.of("accepted, should refuse (" + expect.check() + ")");
				}
				if (outcome.checks().isEmpty() || !outcome.checks().get(0).equals(expect.check())) {
					return Optional.of("wrong reason first (" + String.join(",", outcome.checks()) + ")");
				}
				if (!outcome.refusal().contains(expect.words())) {
					return Optional.of("reason lacks \"" + expect.words() + "\"");
				}
				// A framing, pixel or camera problem must not also be called a posture, a
				// raised arm or a view the person does not show.
				if (!expect.check().equals("posture")) {
					for (String misleading : List.of("posture", "arms", "view")) {
						if (!expect.check().equals(misleading) && outcome.checks().contains(misleading)) {
							return Optional.of("also says " + misleading);
						}
					}
				}
				return Optional.empty();
			}
			default -> {
				List<String> allowed = List.of(expect.check().split("\\|"));
				if (!outcome.accepted() && (outcome.checks().isEmpty() || !allowed.contains(outcome.checks().get(0)))) {
					return Optional.of("refused for another reason (" + String.join(",", outcome.checks()) + ")");
				}
				return Optional.empty();
			}
		}
	}

	private static long processCpu() {
		return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	@Test
	void sweep() throws IOException {
		Path target = Path.of("target");
		Path dir = Files.createDirectories(target.resolve("capture-sweep"));
		String only = System.getProperty("sweep.only", "");
		// -Dsweep.paths=upload: the upload path only (a fraction of the CPU; the same
		// capture check, without the command line's reduced JPEG decoding, measurements
		// and findings).
		boolean uploadOnly = "upload".equals(System.getProperty("sweep.paths", "both"));
		// -Dsweep.cli=REGEX: the command line only for the variants whose name matches
		// (it opens the model afresh for every photo, several times the upload path's
		// CPU).
		Pattern cliFilter = Pattern.compile(System.getProperty("sweep.cli", ".*"));
		Pattern filter = Pattern.compile(only.isEmpty() ? ".*" : only);
		List<PhotoVariants.Variant> variants = PhotoVariants.all()
			.stream()
			.filter((v) -> filter.matcher(v.name()).find())
			.toList();
		StringBuilder table = new StringBuilder();
		table.append("| photo | given | should | command line | upload path | verdict | CPU ms (cli, upload) |\n");
		table.append("| --- | --- | --- | --- | --- | --- | --- |\n");
		Map<String, int[]> groups = new LinkedHashMap<>();
		List<String> wrong = new ArrayList<>();
		int standingWithFindings = 0;
		int standingAccepted = 0;
		ImageLoader loader = new ImageLoader();
		try (PoseEstimator estimator = PoseEstimator.open(ModelStore.fromEnvironment().ensureAvailable(PoseModel.FULL),
				1)) {
			for (PhotoVariants.Variant variant : variants) {
				Path file = variant.write(dir);
				boolean noCli = uploadOnly || !cliFilter.matcher(variant.name()).find();
				Outcome cli = noCli ? NOT_RUN : viaCommandLine(variant, file);
				Outcome upload = viaUpload(variant, estimator, loader);
				Optional<String> cliWrong = noCli ? Optional.empty() : judge(variant, cli);
				Optional<String> uploadWrong = judge(variant, upload);
				// Findings on a standing photo accepted as the front: healthy standing
				// people rarely get findings, so each is listed.
				boolean standingFindings = variant.expect().kind() == PhotoVariants.Kind.ACCEPT && cli.accepted()
						&& !cli.findings().isEmpty();
				if (variant.expect().kind() == PhotoVariants.Kind.ACCEPT && cli.accepted()) {
					standingAccepted++;
				}
				if (standingFindings) {
					standingWithFindings++;
				}
				String verdict;
				if (cliWrong.isEmpty() && uploadWrong.isEmpty()) {
					verdict = (variant.expect().kind() == PhotoVariants.Kind.EITHER) ? "either: ok"
							: standingFindings ? "ok (findings)" : "ok";
				}
				else {
					verdict = "**" + cliWrong.map((w) -> "cli: " + w).orElse("")
							+ (cliWrong.isPresent() && uploadWrong.isPresent() ? "; " : "")
							+ uploadWrong.map((w) -> "upload: " + w).orElse("") + "**";
					wrong.add(variant.name() + " — " + verdict + " — cli: " + cli.describe() + " | upload: "
							+ upload.describe());
				}
				int[] counts = groups.computeIfAbsent(variant.group(), (g) -> new int[3]);
				if (cliWrong.isPresent() || uploadWrong.isPresent()) {
					counts[1]++;
				}
				else if (variant.expect().kind() == PhotoVariants.Kind.EITHER) {
					counts[2]++;
				}
				else {
					counts[0]++;
				}
				table.append(String.format(Locale.ROOT, "| %s.%s | %s | %s | %s | %s | %s | %.0f, %.0f |%n",
						variant.name(), variant.extension(), variant.given().map(View::id).orElse("-"),
						variant.expect().describe(), cell(cli.describe()), cell(upload.describe()), verdict,
						cli.cpuMillis(), upload.cpuMillis()));
				System.out.println(variant.name() + ": " + verdict + " | cli: " + cli.describe() + " | upload: "
						+ upload.describe());
			}
		}
		StringBuilder summary = new StringBuilder();
		summary.append("| group | right | wrong | either, and not wrong |\n| --- | --- | --- | --- |\n");
		int right = 0;
		int bad = 0;
		for (Map.Entry<String, int[]> group : groups.entrySet()) {
			summary.append(String.format(Locale.ROOT, "| %s | %d | %d | %d |%n", group.getKey(), group.getValue()[0],
					group.getValue()[1], group.getValue()[2]));
			right += group.getValue()[0];
			bad += group.getValue()[1];
		}
		summary.append(String.format(Locale.ROOT, "| **all** | **%d** | **%d** | |%n", right, bad));
		summary.append(String.format(Locale.ROOT,
				"%nStanding photos accepted by the command line: %d; with any finding: %d.%n", standingAccepted,
				standingWithFindings));
		String report = "## Summary\n\n" + summary + "\n## Wrong outcomes\n\n"
				+ (wrong.isEmpty() ? "none\n" : "- " + String.join("\n- ", wrong) + "\n") + "\n## Every photo\n\n"
				+ table;
		Files.writeString(target.resolve("capture-sweep.md"), report);
		System.out.println(report.substring(0, report.indexOf("## Every photo")));
	}

	private static String cell(String text) {
		return text.replace("|", "/");
	}

}
