package org.realign.app.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realign.app.testsupport.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code realign evaluate} on annotations made here in the COCO format from Google's
 * expected landmarks of {@code pose.jpg} (MediaPipe's pose_test.py): the photo itself, a
 * copy whose annotated left wrist was moved 200 px, a grey photo without a person, and a
 * file that does not exist.
 */
class EvaluateCommandIT {

	/** COCO's 17 keypoints and their BlazePose indices. */
	private static final String[] COCO_NAMES = { "nose", "left_eye", "right_eye", "left_ear", "right_ear",
			"left_shoulder", "right_shoulder", "left_elbow", "right_elbow", "left_wrist", "right_wrist", "left_hip",
			"right_hip", "left_knee", "right_knee", "left_ankle", "right_ankle" };

	private static final int[] BLAZEPOSE = { 0, 2, 5, 7, 8, 11, 12, 13, 14, 15, 16, 23, 24, 25, 26, 27, 28 };

	@TempDir
	Path dir;

	@Test
	void evaluate_cocoAnnotations_pckPerJointAndNoPersonPhotos() throws IOException {
		double[] expected = expectedLandmarks();
		Files.copy(CommandRun.reference("pose.jpg"), this.dir.resolve("pose.jpg"));
		Files.copy(CommandRun.reference("pose.jpg"), this.dir.resolve("moved-wrist.jpg"));
		ImageIO.write(new BufferedImage(1000, 667, BufferedImage.TYPE_INT_RGB), "png",
				this.dir.resolve("wall.png").toFile());
		double[] moved = expected.clone();
		moved[2 * 15] += 200;
		List<String> images = List.of("pose.jpg", "moved-wrist.jpg", "wall.png", "missing.jpg");
		List<double[]> people = List.of(expected, moved, expected, expected);
		Path annotations = Files.writeString(this.dir.resolve("annotations.json"), coco(images, people));

		CommandRun run = CommandRun.of("evaluate", "--json", annotations.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		JsonNode result = JsonMapper.builder().build().readTree(run.out());
		assertThat(result.get("photos").asInt()).isEqualTo(4);
		assertThat(result.get("labelledKeypoints").asInt()).isEqualTo(4 * 17);
		// pose.jpg: all 17 within 0.2 torso; the moved wrist misses one; the grey photo
		// and the missing file miss all theirs.
		assertThat(result.get("correctKeypoints").asInt()).isEqualTo(17 + 16);
		assertThat(result.get("pck").asDouble()).isCloseTo(33.0 / 68, within(1e-9));
		assertThat(result.get("noPersonFound").get(0).asString()).isEqualTo("wall.png");
		assertThat(result.get("noPersonFound")).hasSize(1);
		assertThat(result.get("unreadable").get(0).asString()).startsWith("missing.jpg: no such file");
		JsonNode wrist = null;
		JsonNode shoulder = null;
		for (JsonNode joint : result.get("joints")) {
			if (joint.get("id").asString().equals("left-wrist")) {
				wrist = joint;
			}
			if (joint.get("id").asString().equals("left-shoulder")) {
				shoulder = joint;
			}
		}
		assertThat(result.get("joints")).hasSize(17);
		assertThat(wrist.get("pck").asDouble()).isEqualTo(0.25);
		assertThat(shoulder.get("pck").asDouble()).isEqualTo(0.5);
		// Over the two photos with a person: within 8 px on pose.jpg, about 200 on the
		// other.
		assertThat(wrist.get("meanErrorPx").asDouble()).isBetween(95.0, 105.0);
		assertThat(shoulder.get("meanErrorPx").asDouble()).isLessThan(8.0);
		assertThat(run.err()).contains("missing.jpg: no such file (its keypoints count as missed)");

		CommandRun table = CommandRun.of("evaluate", annotations.toString());
		assertThat(table.exitCode()).isZero();
		assertThat(table.out()).startsWith("4 photos, blazepose-full: PCK@0.2 of the torso 0.485 (33 of 68")
			.contains("no person found: 1 (wall.png)")
			.containsPattern("left-wrist\\s+4\\s+0\\.250");
	}

	@Test
	void evaluate_notCoco_oneLineRefusalExit2() throws IOException {
		Path file = Files.writeString(this.dir.resolve("labels.json"), "{\"views\":[]}");
		CommandRun run = CommandRun.of("evaluate", file.toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err().strip()).isEqualTo(
				"realign: labels.json: not COCO keypoint annotations (expected \"images\", \"annotations\" and \"categories\")");
	}

	private static double[] expectedLandmarks() throws IOException {
		String json = Files.readString(CommandRun.reference("legacy_solution_pose_test_expected.json"));
		String list = json.substring(json.indexOf("\"pose_landmarks_px\":"),
				json.indexOf("\"pose_landmarks_px_tolerance\""));
		List<Double> values = new ArrayList<>();
		Matcher matcher = Pattern.compile("-?\\d+(?:\\.\\d+)?").matcher(list);
		while (matcher.find()) {
			values.add(Double.parseDouble(matcher.group()));
		}
		assertThat(values).hasSize(66);
		return values.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static String coco(List<String> images, List<double[]> people) {
		StringBuilder json = new StringBuilder("{\"images\":[");
		for (int i = 0; i < images.size(); i++) {
			json.append(i > 0 ? "," : "")
				.append(String.format(Locale.ROOT, "{\"id\":%d,\"file_name\":\"%s\",\"width\":1000,\"height\":667}",
						i + 1, images.get(i)));
		}
		json.append("],\"annotations\":[");
		for (int i = 0; i < people.size(); i++) {
			json.append(i > 0 ? "," : "")
				.append(String.format(Locale.ROOT, "{\"id\":%d,\"image_id\":%d,\"keypoints\":[", i + 1, i + 1));
			for (int k = 0; k < BLAZEPOSE.length; k++) {
				double[] person = people.get(i);
				json.append(k > 0 ? "," : "")
					.append(String.format(Locale.ROOT, "%.1f,%.1f,2", person[2 * BLAZEPOSE[k]],
							person[2 * BLAZEPOSE[k] + 1]));
			}
			json.append("],\"num_keypoints\":17}");
		}
		json.append("],\"categories\":[{\"id\":1,\"name\":\"person\",\"keypoints\":[");
		for (int k = 0; k < COCO_NAMES.length; k++) {
			json.append(k > 0 ? "," : "").append('"').append(COCO_NAMES[k]).append('"');
		}
		return json.append("]}]}").toString();
	}

}
