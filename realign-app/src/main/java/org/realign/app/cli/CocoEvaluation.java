package org.realign.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.realign.app.BadInputException;
import org.realign.core.json.JsonLimits;
import org.realign.pose.PoseKeypoint;
import org.realign.pose.PoseLandmark;
import org.realign.pose.PoseResult;

/**
 * Scores placed landmarks against keypoint annotations in the COCO format, the format of
 * the COCO keypoint challenge and of most annotation tools (CVAT, Label Studio, ...):
 * {@code images} ({@code id}, {@code file_name}), {@code annotations} ({@code image_id},
 * {@code keypoints} as x, y, v triples, v = 0 not labelled, 1 labelled but hidden, 2
 * visible) and {@code categories} ({@code keypoints}: the names of the triples in order).
 * <p>
 * Keypoint names are matched to the BlazePose keypoints by name ({@code left_shoulder}
 * and {@code left-shoulder} alike), so COCO's 17 points and any subset of the 33 work;
 * other names are ignored. Every labelled keypoint (v 1 or 2) is scored.
 * <p>
 * The measure: PCK@0.2 of the torso, the share of labelled keypoints placed within 0.2
 * torso sizes of the annotation, the torso size being the mean of the two diagonals (left
 * shoulder to right hip, right shoulder to left hip) of the annotated person (one
 * diagonal when only one is labelled); a person annotated without a shoulder and the
 * opposite hip cannot be scored and is left out, and said so. A photo where no person was
 * found counts every one of its labelled keypoints as missed. When a photo has several
 * annotated people, the one whose torso is nearest the placed one is scored.
 */
final class CocoEvaluation {

	/** The PCK threshold, as a fraction of the torso size. */
	static final double PCK_THRESHOLD = 0.2;

	/** An annotated photo: its file and the annotated people's keypoints. */
	record AnnotatedImage(String fileName, List<double[]> people) {
	}

	/**
	 * The parsed annotations: keypoint per triple index (null when not BlazePose),
	 * images.
	 */
	record Annotations(PoseKeypoint[] keypoints, List<AnnotatedImage> images) {
	}

	/** How one keypoint did over all photos. */
	record JointScore(PoseKeypoint keypoint, int labelled, int correct, double meanErrorPx, double meanErrorTorso) {

		double pck() {
			return (this.labelled == 0) ? Double.NaN : (double) this.correct / this.labelled;
		}

	}

	/** The evaluation's result. */
	record Result(int photos, int labelled, int correct, List<JointScore> joints, List<String> noPerson,
			List<String> unscorable, List<String> problems) {

		double pck() {
			return (this.labelled == 0) ? Double.NaN : (double) this.correct / this.labelled;
		}

	}

	private CocoEvaluation() {
	}

	static Annotations read(Path file) {
		String name = String.valueOf(file.getFileName());
		JsonNode root;
		try {
			root = JsonLimits.mapperBuilder().build().readTree(Files.readString(file));
		}
		catch (IOException ex) {
			throw new BadInputException(name + ": cannot read the file (" + ex.getMessage() + ")", ex);
		}
		catch (JacksonException ex) {
			throw new BadInputException(name + ": not valid JSON (" + firstLine(ex.getOriginalMessage()) + ")", ex);
		}
		if (root == null || !root.isObject() || !root.path("images").isArray() || !root.path("annotations").isArray()
				|| !root.path("categories").isArray()) {
			throw new BadInputException(
					name + ": not COCO keypoint annotations (expected \"images\", \"annotations\" and \"categories\")");
		}
		JsonNode names = null;
		for (JsonNode category : root.get("categories")) {
			if (category.path("keypoints").isArray() && !category.path("keypoints").isEmpty()) {
				names = category.get("keypoints");
				break;
			}
		}
		if (names == null) {
			throw new BadInputException(name + ": no category names its \"keypoints\"");
		}
		PoseKeypoint[] keypoints = new PoseKeypoint[names.size()];
		boolean any = false;
		for (int i = 0; i < names.size(); i++) {
			keypoints[i] = keypoint(names.get(i).asString("")).orElse(null);
			any |= keypoints[i] != null;
		}
		if (!any) {
			throw new BadInputException(
					name + ": none of the keypoint names is a BlazePose keypoint (e.g. left_shoulder)");
		}
		Map<Long, String> files = new LinkedHashMap<>();
		for (JsonNode image : root.get("images")) {
			if (wholeNumber(image.path("id")) == null || !image.path("file_name").isString()) {
				throw new BadInputException(name + ": an image without a whole-number \"id\" and a \"file_name\"");
			}
			files.put(wholeNumber(image.get("id")), image.get("file_name").asString());
		}
		Map<Long, List<double[]>> people = new HashMap<>();
		for (JsonNode annotation : root.get("annotations")) {
			Long imageId = wholeNumber(annotation.path("image_id"));
			if (imageId == null) {
				throw new BadInputException(name + ": an annotation without a whole-number \"image_id\"");
			}
			if (!files.containsKey(imageId)) {
				throw new BadInputException(name + ": an annotation of image " + imageId + ", which is not listed");
			}
			JsonNode values = annotation.path("keypoints");
			if (!values.isArray() || values.size() != 3 * keypoints.length) {
				throw new BadInputException(
						name + ": an annotation of image " + imageId + " has " + (values.isArray() ? values.size() : 0)
								+ " keypoint values, expected " + 3 * keypoints.length);
			}
			double[] person = new double[3 * keypoints.length];
			for (int i = 0; i < person.length; i++) {
				double value = JsonLimits.doubleOf(values.get(i));
				if (!Double.isFinite(value)) {
					throw new BadInputException(
							name + ": a keypoint value of image " + imageId + " is not a number of a usable size");
				}
				person[i] = value;
			}
			people.computeIfAbsent(imageId, (id) -> new ArrayList<>()).add(person);
		}
		List<AnnotatedImage> images = new ArrayList<>();
		files.forEach((id, fileName) -> images.add(new AnnotatedImage(fileName, people.getOrDefault(id, List.of()))));
		return new Annotations(keypoints, images);
	}

	/** An id: a JSON integer that fits a long (not 1.5, not 400 digits), else null. */
	private static Long wholeNumber(JsonNode node) {
		return (node.isIntegralNumber() && node.canConvertToLong()) ? node.asLong() : null;
	}

	/** {@code left_shoulder}, {@code left-shoulder} or {@code LEFT_SHOULDER}. */
	static Optional<PoseKeypoint> keypoint(String name) {
		String id = name.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
		return Arrays.stream(PoseKeypoint.values()).filter((keypoint) -> keypoint.id().equals(id)).findFirst();
	}

	/** Accumulates the scores photo by photo. */
	static final class Scorer {

		private final PoseKeypoint[] keypoints;

		private final int[] labelled;

		private final int[] correct;

		private final double[] errorPx;

		private final double[] errorTorso;

		private final int[] placed;

		private final List<String> noPerson = new ArrayList<>();

		private final List<String> unscorable = new ArrayList<>();

		private final List<String> problems = new ArrayList<>();

		private int photos;

		Scorer(PoseKeypoint[] keypoints) {
			this.keypoints = keypoints;
			int n = PoseKeypoint.COUNT;
			this.labelled = new int[n];
			this.correct = new int[n];
			this.errorPx = new double[n];
			this.errorTorso = new double[n];
			this.placed = new int[n];
		}

		/**
		 * A photo that could not be read: reported, and its keypoints counted as missed.
		 */
		void unreadable(AnnotatedImage image, String reason) {
			this.problems.add(reason);
			score(image, null);
		}

		/**
		 * @param pose the placed pose, or null when no person was found
		 */
		void score(AnnotatedImage image, PoseResult pose) {
			this.photos++;
			if (image.people().isEmpty()) {
				return;
			}
			if (pose == null && this.problems.stream().noneMatch((p) -> p.startsWith(image.fileName() + ":"))) {
				this.noPerson.add(image.fileName());
			}
			double[] person = nearest(image.people(), pose);
			double torso = torsoSize(person);
			if (!(torso > 0)) {
				this.unscorable.add(image.fileName());
				return;
			}
			for (int i = 0; i < this.keypoints.length; i++) {
				PoseKeypoint keypoint = this.keypoints[i];
				if (keypoint == null || person[3 * i + 2] <= 0) {
					continue;
				}
				int k = keypoint.ordinal();
				this.labelled[k]++;
				if (pose == null) {
					continue;
				}
				PoseLandmark landmark = pose.landmark(keypoint);
				double error = Math.hypot(landmark.x() - person[3 * i], landmark.y() - person[3 * i + 1]);
				this.placed[k]++;
				this.errorPx[k] += error;
				this.errorTorso[k] += error / torso;
				if (error <= PCK_THRESHOLD * torso) {
					this.correct[k]++;
				}
			}
		}

		private double[] nearest(List<double[]> people, PoseResult pose) {
			if (people.size() == 1 || pose == null) {
				return people.get(0);
			}
			double[] best = people.get(0);
			double bestDistance = Double.MAX_VALUE;
			for (double[] person : people) {
				double[] centre = torsoCentre(person);
				if (centre == null) {
					continue;
				}
				double x = (pose.landmark(PoseKeypoint.LEFT_SHOULDER).x()
						+ pose.landmark(PoseKeypoint.RIGHT_SHOULDER).x() + pose.landmark(PoseKeypoint.LEFT_HIP).x()
						+ pose.landmark(PoseKeypoint.RIGHT_HIP).x()) / 4;
				double y = (pose.landmark(PoseKeypoint.LEFT_SHOULDER).y()
						+ pose.landmark(PoseKeypoint.RIGHT_SHOULDER).y() + pose.landmark(PoseKeypoint.LEFT_HIP).y()
						+ pose.landmark(PoseKeypoint.RIGHT_HIP).y()) / 4;
				double distance = Math.hypot(centre[0] - x, centre[1] - y);
				if (distance < bestDistance) {
					bestDistance = distance;
					best = person;
				}
			}
			return best;
		}

		private double[] point(double[] person, PoseKeypoint keypoint) {
			for (int i = 0; i < this.keypoints.length; i++) {
				if (this.keypoints[i] == keypoint && person[3 * i + 2] > 0) {
					return new double[] { person[3 * i], person[3 * i + 1] };
				}
			}
			return null;
		}

		/** Mean of the labelled torso diagonals, or NaN. */
		double torsoSize(double[] person) {
			double sum = 0;
			int count = 0;
			for (PoseKeypoint[] diagonal : new PoseKeypoint[][] {
					{ PoseKeypoint.LEFT_SHOULDER, PoseKeypoint.RIGHT_HIP },
					{ PoseKeypoint.RIGHT_SHOULDER, PoseKeypoint.LEFT_HIP } }) {
				double[] a = point(person, diagonal[0]);
				double[] b = point(person, diagonal[1]);
				if (a != null && b != null) {
					sum += Math.hypot(a[0] - b[0], a[1] - b[1]);
					count++;
				}
			}
			return (count == 0) ? Double.NaN : sum / count;
		}

		private double[] torsoCentre(double[] person) {
			double x = 0;
			double y = 0;
			int count = 0;
			for (PoseKeypoint keypoint : new PoseKeypoint[] { PoseKeypoint.LEFT_SHOULDER, PoseKeypoint.RIGHT_SHOULDER,
					PoseKeypoint.LEFT_HIP, PoseKeypoint.RIGHT_HIP }) {
				double[] p = point(person, keypoint);
				if (p != null) {
					x += p[0];
					y += p[1];
					count++;
				}
			}
			return (count == 0) ? null : new double[] { x / count, y / count };
		}

		Result result() {
			List<JointScore> joints = new ArrayList<>();
			int labelledAll = 0;
			int correctAll = 0;
			for (PoseKeypoint keypoint : PoseKeypoint.values()) {
				int k = keypoint.ordinal();
				if (this.labelled[k] == 0) {
					continue;
				}
				labelledAll += this.labelled[k];
				correctAll += this.correct[k];
				joints.add(new JointScore(keypoint, this.labelled[k], this.correct[k],
						(this.placed[k] == 0) ? Double.NaN : this.errorPx[k] / this.placed[k],
						(this.placed[k] == 0) ? Double.NaN : this.errorTorso[k] / this.placed[k]));
			}
			return new Result(this.photos, labelledAll, correctAll, joints, List.copyOf(this.noPerson),
					List.copyOf(this.unscorable), List.copyOf(this.problems));
		}

	}

	private static String firstLine(String message) {
		return (message == null) ? "" : message.lines().findFirst().orElse("").strip();
	}

}
