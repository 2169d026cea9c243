package org.realign.app.cli;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realign.app.testsupport.CommandRun;
import org.realign.core.capture.CaptureProblem;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code realign assess --photo [VIEW=]IMAGE} with the real model: each photo is checked
 * before it is measured; a photo that fails is refused with exit code 2 and one line
 * naming it and the problem, or kept with {@code --accept-capture} and the warning on its
 * measurements. An accepted photo gives estimated anatomical points and measurements with
 * their basis and error.
 */
class AssessPhotoIT {

	@TempDir
	Path dir;

	private static final String STANDING = "pose_squats_frames/frame_000.jpg";

	@Test
	void standingFrontPhoto_measuredFromEstimatedPointsWithErrors() {
		CommandRun run = CommandRun.of("assess", "--json", "--photo", "anterior=" + CommandRun.reference(STANDING));

		assertThat(run.exitCode()).as(run.err()).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(run.out());
		JsonNode shoulders = measurement(report, "shoulder-height-asymmetry");
		assertThat(shoulders.get("status").asString()).isEqualTo("measured");
		assertThat(shoulders.get("basis").asString()).isEqualTo("estimated");
		assertThat(shoulders.get("error").asDouble()).isGreaterThan(2.7);
		// The pelvis has no honest estimate from the model's hip joint centres: a gap.
		assertThat(measurement(report, "pelvic-obliquity").get("status").asString()).isEqualTo("gap");
		assertThat(report.get("capture").get(0).get("passed").asBoolean()).isTrue();
		assertThat(report.has("hypotheses")).isTrue();
		assertThat(report.has("menu")).isTrue();
	}

	@Test
	void photoWithoutAView_takesTheViewItShows() {
		CommandRun run = CommandRun.of("assess", "--json", "--photo", CommandRun.reference(STANDING).toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(run.out());
		assertThat(report.get("capture").get(0).get("view").asString()).isEqualTo("anterior");
	}

	@Test
	void frontPhotoGivenAsTheLeftSide_refusedNamingTheViewItShows() {
		CommandRun run = CommandRun.of("assess", "--photo", "left-lateral=" + CommandRun.reference(STANDING));

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err().strip()).doesNotContain("\n")
			.contains("frame_000.jpg: shows the front, not the left side");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void frontPhotoKeptAsTheBack_takesTheSidesOfTheBack() {
		PoseLandmarkPlacer placer = PoseLandmarkPlacer.withDefaults();
		Path standing = CommandRun.reference(STANDING);
		LandmarkSet front = placer
			.place(List.of(new LandmarkPlacer.Request(Optional.of(View.ANTERIOR), standing)), false)
			.get(0)
			.landmarks();
		LandmarkPlacer.Placed kept = placer
			.place(List.of(new LandmarkPlacer.Request(Optional.of(View.POSTERIOR), standing)), true)
			.get(0);

		// Refused as the back without --accept-capture (shown above for a side); kept,
		// the photo is the back the practitioner says it is: the person's left is on its
		// left.
		assertThat(kept.overridden()).extracting(CaptureProblem::check).contains(CaptureProblem.Check.VIEW);
		LandmarkSet back = kept.landmarks();
		assertThat(back.view()).isEqualTo(View.POSTERIOR);
		for (LandmarkId[] pair : new LandmarkId[][] { { LandmarkId.LEFT_SHOULDER, LandmarkId.RIGHT_SHOULDER },
				{ LandmarkId.LEFT_HIP, LandmarkId.RIGHT_HIP }, { LandmarkId.LEFT_ANKLE, LandmarkId.RIGHT_ANKLE } }) {
			double frontLeft = front.find(pair[0]).orElseThrow().x();
			double frontRight = front.find(pair[1]).orElseThrow().x();
			assertThat(frontLeft).as(pair[0].id()).isGreaterThan(frontRight);
			assertThat(back.find(pair[0]).orElseThrow().x()).as(pair[0].id()).isCloseTo(frontRight, within(0.5));
			assertThat(back.find(pair[1]).orElseThrow().x()).as(pair[1].id()).isCloseTo(frontLeft, within(0.5));
		}
	}

	@Test
	void warriorLunge_refusedNamingThePosture_orKeptWithTheWarning() {
		CommandRun refused = CommandRun.of("assess", "--photo", "anterior=" + CommandRun.reference("pose.jpg"));
		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.err().strip()).doesNotContain("\n").contains("pose.jpg: not standing: lunging");

		CommandRun kept = CommandRun.of("assess", "--json", "--accept-capture", "--photo",
				"anterior=" + CommandRun.reference("pose.jpg"));
		assertThat(kept.exitCode()).as(kept.err()).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(kept.out());
		assertThat(report.get("capture").get(0).get("overridden").get(0).get("check").asString()).isEqualTo("posture");
		for (JsonNode m : report.get("measurements")) {
			assertThat(m.get("warning").asString()).contains("capture check overridden for pose.jpg");
		}
	}

	@Test
	void photoCutAtTheKnees_refusedNamingTheFraming() throws IOException {
		BufferedImage standing = ImageIO.read(CommandRun.reference(STANDING).toFile());
		Path cut = this.dir.resolve("cut.jpg");
		ImageIO.write(standing.getSubimage(0, 0, standing.getWidth(), 810), "jpg", cut.toFile());

		CommandRun run = CommandRun.of("assess", "--photo", "anterior=" + cut);

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err().strip()).doesNotContain("\n")
			.contains("cut.jpg: whole body not in the photo: feet cut off");
	}

	@Test
	void twoPeopleSideBySide_refusedNamingIt_whileOneOfThemAloneIsAccepted() throws IOException {
		BufferedImage standing = ImageIO.read(CommandRun.reference(STANDING).toFile());
		BufferedImage twoPeople = new BufferedImage(2 * standing.getWidth(), standing.getHeight(),
				BufferedImage.TYPE_INT_RGB);
		Graphics2D g = twoPeople.createGraphics();
		g.drawImage(standing, 0, 0, null);
		g.drawImage(standing, standing.getWidth(), 0, null);
		g.dispose();
		Path two = this.dir.resolve("two.jpg");
		ImageIO.write(twoPeople, "jpg", two.toFile());

		CommandRun run = CommandRun.of("assess", "--photo", "anterior=" + two);

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err().strip()).doesNotContain("\n")
			.contains("two.jpg: more than one person in the photo (2 found)");
		CommandRun one = CommandRun.of("assess", "--photo", "anterior=" + CommandRun.reference(STANDING));
		assertThat(one.exitCode()).as(one.err()).isZero();
	}

	@Test
	void deepSquat_refusedNamingThePosture() {
		CommandRun run = CommandRun.of("assess", "--photo",
				"anterior=" + CommandRun.reference("pose_squats_frames/frame_010.jpg"));

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("frame_010.jpg: not standing: squatting");
	}

	@Test
	void tiltedCamera_refusedNamingTheCameraAlone() throws IOException {
		Path tilted = this.dir.resolve("tilted.jpg");
		ImageIO.write(PhotoVariants.rotate(ImageIO.read(CommandRun.reference(STANDING).toFile()), 30), "jpg",
				tilted.toFile());

		CommandRun run = CommandRun.of("assess", "--photo", "anterior=" + tilted);

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err().strip()).doesNotContain("\n")
			.startsWith("realign: tilted.jpg: camera tilted: the body's line is")
			.doesNotContain("not standing")
			.doesNotContain("arms not relaxed");
	}

	@Test
	void phonePortraitStoredSidewaysWithItsOrientationTag_isAcceptedUpright() throws IOException {
		// A 12-megapixel portrait as a phone stores it: the pixels landscape, the EXIF
		// orientation 6 turning them upright.
		BufferedImage standing = ImageIO.read(CommandRun.reference(STANDING).toFile());
		BufferedImage stored = PhotoVariants.rotateQuarter(PhotoVariants.resize(standing, 3024, 4032, false), -1);
		Path phone = this.dir.resolve("phone.jpg");
		Files.write(phone, PhotoVariants.withExifOrientation(PhotoVariants.jpegBytes(stored, 0.9f), 6));

		CommandRun run = CommandRun.of("assess", "--json", "--photo", phone.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(run.out());
		assertThat(report.get("capture").get(0).get("view").asString()).isEqualTo("anterior");
		assertThat(measurement(report, "shoulder-height-asymmetry").get("status").asString()).isEqualTo("measured");
	}

	@Test
	void photoWithoutAPerson_refusedSayingWhatAPosturePhotoNeeds() throws IOException {
		Path wall = this.dir.resolve("wall.png");
		ImageIO.write(new BufferedImage(720, 1280, BufferedImage.TYPE_INT_RGB), "png", wall.toFile());

		CommandRun run = CommandRun.of("assess", "--photo", "anterior=" + wall);

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err().strip()).doesNotContain("\n")
			.isEqualTo("realign: wall.png: no person found (a posture photo shows one person, head to feet, "
					+ "filling most of its height: step closer if they are small in the photo)");
	}

	@Test
	void assess_photoWithAnUnknownView_isBadInput() {
		CommandRun run = CommandRun.of("assess", "--photo", "sideways=" + CommandRun.reference("pose.jpg"));

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("unknown view \"sideways\"");
	}

	private static JsonNode measurement(JsonNode report, String id) {
		for (JsonNode m : report.get("measurements")) {
			if (m.get("id").asString().equals(id)) {
				return m;
			}
		}
		throw new AssertionError("no measurement " + id + " in " + report);
	}

}
