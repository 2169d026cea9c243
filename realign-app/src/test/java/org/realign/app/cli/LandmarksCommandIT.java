package org.realign.app.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realign.app.testsupport.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code realign landmarks} end to end on the reference photo, with the real models
 * (fetched into the cache on first use like on a user's machine).
 */
class LandmarksCommandIT {

	@TempDir
	Path dir;

	@Test
	void landmarks_json_writesLandmarkFileFormatForEachPhoto() throws IOException {
		Path photo = CommandRun.reference("pose.jpg");
		Path copy = Files.copy(photo, this.dir.resolve("second.jpg"));
		CommandRun run = CommandRun.of("landmarks", "--json", "--view", "left-lateral", "--model", "lite",
				photo.toString(), copy.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		String json = run.out();
		assertThat(json).startsWith("{\"views\":[");
		assertThat(json.split("\"view\":\"left-lateral\"", -1)).hasSize(3);
		assertThat(json).contains("\"image\":{\"width\":1000,\"height\":667}");
		assertThat(json).contains("{\"id\":\"left-shoulder\",\"x\":5");
		assertThat(json).contains("\"source\":\"blazepose-lite\"");
		assertThat(json).contains("\"detectionScore\":0.98");
		assertThat(json.split("\"id\":", -1)).hasSize(2 * 33 + 1);
	}

	@Test
	void landmarks_overlay_writesSkeletonCopy() throws IOException {
		Path out = this.dir.resolve("overlays");
		CommandRun run = CommandRun.of("landmarks", "--overlay", out.toString(),
				CommandRun.reference("pose.jpg").toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("left-shoulder").contains("blazepose-full");
		BufferedImage overlay = ImageIO.read(out.resolve("pose.landmarks.png").toFile());
		assertThat(overlay.getWidth()).isEqualTo(1000);
	}

	@Test
	void landmarks_photoWithoutPerson_noPersonFoundExit2() throws IOException {
		BufferedImage grey = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Path file = this.dir.resolve("wall.png");
		ImageIO.write(grey, "png", file.toFile());
		CommandRun run = CommandRun.of("landmarks", file.toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err().strip()).isEqualTo("realign: wall.png: no person found");
	}

	/**
	 * A batch of good, unreadable and person-less photos: one entry per input in the
	 * order given, each naming its file, with its landmarks or its reason; exit code 2.
	 */
	@Test
	void landmarks_mixedBatch_oneEntryPerPhotoInOrderWithReasonsExit2() throws IOException {
		Path good = CommandRun.reference("pose.jpg");
		Path notes = Files.writeString(this.dir.resolve("notes.jpg"), "not a photo\n");
		Path wall = this.dir.resolve("wall.png");
		ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "png", wall.toFile());
		byte[] jpeg = Files.readAllBytes(good);
		Path cut = Files.write(this.dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
		Path frame = CommandRun.reference("pose_squats_frames/frame_018.jpg");
		CommandRun run = CommandRun.of("landmarks", "--json", good.toString(), notes.toString(), wall.toString(),
				cut.toString(), frame.toString());
		assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
		JsonNode root = JsonMapper.builder().build().readTree(run.out());
		JsonNode photos = root.get("photos");
		assertThat(photos).hasSize(5);
		assertThat(photos.get(0).get("file").asString()).isEqualTo("pose.jpg");
		assertThat(photos.get(0).get("view").asInt()).isZero();
		assertThat(photos.get(1).get("file").asString()).isEqualTo("notes.jpg");
		assertThat(photos.get(1).get("problem").asString()).isEqualTo("unreadable");
		assertThat(photos.get(1).get("reason").asString()).isEqualTo("notes.jpg: not a JPEG or PNG image");
		assertThat(photos.get(2).get("file").asString()).isEqualTo("wall.png");
		assertThat(photos.get(2).get("problem").asString()).isEqualTo("no-person");
		assertThat(photos.get(3).get("file").asString()).isEqualTo("cut.jpg");
		assertThat(photos.get(3).get("problem").asString()).isEqualTo("unreadable");
		assertThat(photos.get(3).get("reason").asString()).startsWith("cut.jpg: truncated");
		assertThat(photos.get(4).get("file").asString()).isEqualTo("frame_018.jpg");
		assertThat(photos.get(4).get("view").asInt()).isEqualTo(1);
		JsonNode views = root.get("views");
		assertThat(views).hasSize(2);
		assertThat(views.get(0).get("file").asString()).isEqualTo("pose.jpg");
		assertThat(views.get(1).get("file").asString()).isEqualTo("frame_018.jpg");
		assertThat(views.get(1).get("image").get("width").asInt()).isEqualTo(720);
		assertThat(run.err()).contains("realign: notes.jpg: not a JPEG or PNG image")
			.contains("realign: wall.png: no person found")
			.contains("realign: cut.jpg: truncated")
			.doesNotContain("landmarks: ");

		CommandRun table = CommandRun.of("landmarks", good.toString(), wall.toString(), notes.toString());
		assertThat(table.exitCode()).isEqualTo(2);
		List<String> headers = table.out().lines().filter((line) -> !line.startsWith(" ")).toList();
		assertThat(headers).hasSize(3);
		assertThat(headers.get(0)).startsWith("pose.jpg: anterior, 1000x667 px");
		assertThat(headers.get(1)).isEqualTo("wall.png: no landmarks (no person found)");
		assertThat(headers.get(2)).isEqualTo("notes.jpg: no landmarks (not a JPEG or PNG image)");
	}

	/**
	 * {@code --one-at-a-time} (each photo on all the cores, one after another) answers
	 * what the batch (one photo per core) answers: the same entries in the same order,
	 * the landmarks within the output's 0.1 px rounding.
	 */
	@Test
	void landmarks_oneAtATime_sameAnswersAsBatch() throws IOException {
		Path wall = this.dir.resolve("wall.png");
		ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "png", wall.toFile());
		String[] photos = { CommandRun.reference("pose.jpg").toString(), wall.toString(),
				CommandRun.reference("pose_squats_frames/frame_040.jpg").toString(),
				CommandRun.reference("pose_squats_frames/frame_018.jpg").toString() };
		CommandRun batch = CommandRun.of(concat(new String[] { "landmarks", "--json" }, photos));
		CommandRun oneAtATime = CommandRun
			.of(concat(new String[] { "landmarks", "--json", "--one-at-a-time" }, photos));
		assertThat(oneAtATime.exitCode()).as(oneAtATime.err()).isEqualTo(2).isEqualTo(batch.exitCode());
		JsonMapper mapper = JsonMapper.builder().build();
		JsonNode expected = mapper.readTree(batch.out());
		JsonNode actual = mapper.readTree(oneAtATime.out());
		assertThat(actual.get("photos")).isEqualTo(expected.get("photos"));
		assertThat(actual.get("views")).hasSize(3);
		for (int v = 0; v < 3; v++) {
			JsonNode e = expected.get("views").get(v);
			JsonNode a = actual.get("views").get(v);
			assertThat(a.get("file")).isEqualTo(e.get("file"));
			assertThat(a.get("landmarks")).hasSize(e.get("landmarks").size()).hasSizeGreaterThan(20);
			for (int i = 0; i < e.get("landmarks").size(); i++) {
				JsonNode el = e.get("landmarks").get(i);
				JsonNode al = a.get("landmarks").get(i);
				assertThat(al.get("id")).isEqualTo(el.get("id"));
				for (String axis : new String[] { "x", "y" }) {
					assertThat(al.get(axis).asDouble()).as("%s %s %s", e.get("file"), el.get("id"), axis)
						.isCloseTo(el.get(axis).asDouble(), Assertions.within(0.11));
				}
			}
		}
	}

	private static String[] concat(String[] head, String[] tail) {
		String[] all = Arrays.copyOf(head, head.length + tail.length);
		System.arraycopy(tail, 0, all, head.length, tail.length);
		return all;
	}

	@Test
	void landmarks_allGood_exitZero() {
		CommandRun run = CommandRun.of("landmarks", "--json", CommandRun.reference("pose.jpg").toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("\"photos\":[").contains("{\"file\":\"pose.jpg\",\"view\":0}");
	}

}
