package org.realign.app.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realign.app.testsupport.CommandRun;

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

}
