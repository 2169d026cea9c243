package org.realign.pose;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.realign.core.capture.CaptureCheck;
import org.realign.core.capture.CaptureProblem;
import org.realign.core.capture.CaptureReport;
import org.realign.core.landmark.View;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capture check on real photos and variations made from them: the first frame of the
 * squat video (a woman standing, facing the camera), its mirror image, crops, a rotation,
 * a smaller copy, a deep-squat frame and the warrior-pose photo. No real side or back
 * photo of a standing person is among the reference photos; those views are checked on
 * simulated keypoints in realign-core.
 */
class CaptureCheckPhotosIT {

	private static PoseEstimator estimator;

	@BeforeAll
	static void open() {
		estimator = PoseEstimator.open(TestData.modelStore().ensureAvailable(PoseModel.FULL), 1);
	}

	@AfterAll
	static void close() {
		estimator.close();
	}

	private static BufferedImage read(String name) throws IOException {
		return ImageIO.read(TestData.reference(name).toFile());
	}

	private static CaptureReport check(BufferedImage image, View given) {
		PoseResult pose = estimator.estimate(image).orElseThrow();
		return CaptureCheck.check(PoseLandmarkSets.all(pose, View.ANTERIOR), Optional.ofNullable(given), pose.people());
	}

	@Test
	void standingFrontPhoto_acceptedAsTheFront_andTakesTheFrontWithoutAView() throws IOException {
		BufferedImage standing = read("pose_squats_frames/frame_000.jpg");
		CaptureReport given = check(standing, View.ANTERIOR);
		assertThat(given.problems()).isEmpty();
		CaptureReport none = check(standing, null);
		assertThat(none.accepted()).isTrue();
		assertThat(none.detectedView()).contains(View.ANTERIOR);
		assertThat(none.pitchDegrees()).isPresent();
	}

	@Test
	void twoPeopleSideBySide_refusedAsMoreThanOnePerson() throws IOException {
		BufferedImage standing = read("pose_squats_frames/frame_000.jpg");
		CaptureReport twins = check(sideBySide(standing, standing), View.ANTERIOR);
		assertThat(twins.problems()).extracting(CaptureProblem::check).contains(CaptureProblem.Check.PERSON);
		assertThat(twins.summary()).contains("more than one person in the photo (2 found)");
		// Two people facing each other, and two warrior poses: the same.
		assertThat(check(sideBySide(standing, flip(standing)), View.ANTERIOR).summary())
			.contains("more than one person in the photo (2 found)");
		BufferedImage warrior = read("pose.jpg");
		assertThat(estimator.estimate(sideBySide(warrior, warrior)).orElseThrow().people()).isEqualTo(2);
	}

	@Test
	void singlePersonPhotos_countOnePerson() throws IOException {
		// Every frame of the squat video (standing to deep squat), the warrior pose and
		// its mirror image: the detector's overlapping boxes for one body are one person.
		for (int i = 0; i < 65; i += 4) {
			String name = String.format(java.util.Locale.ROOT, "pose_squats_frames/frame_%03d.jpg", i);
			assertThat(estimator.estimate(read(name)).orElseThrow().people()).as(name).isEqualTo(1);
		}
		BufferedImage warrior = read("pose.jpg");
		assertThat(estimator.estimate(warrior).orElseThrow().people()).isEqualTo(1);
		assertThat(estimator.estimate(flip(warrior)).orElseThrow().people()).isEqualTo(1);
		assertThat(check(read("pose_squats_frames/frame_000.jpg"), View.ANTERIOR).problems())
			.extracting(CaptureProblem::check)
			.doesNotContain(CaptureProblem.Check.PERSON);
	}

	@Test
	void mirroredStandingPhoto_stillTheFront() throws IOException {
		CaptureReport report = check(flip(read("pose_squats_frames/frame_000.jpg")), View.ANTERIOR);
		assertThat(report.problems()).isEmpty();
	}

	@Test
	void frontPhotoGivenAsLeftSide_refusedNamingTheViewItShows() throws IOException {
		CaptureReport report = check(read("pose_squats_frames/frame_000.jpg"), View.LEFT_LATERAL);
		assertThat(report.summary()).isEqualTo("shows the front, not the left side");
		assertThat(report.problems()).extracting(CaptureProblem::check).containsExactly(CaptureProblem.Check.VIEW);
	}

	@Test
	void photoCutAtTheKnees_refusedNamingTheFraming() throws IOException {
		BufferedImage standing = read("pose_squats_frames/frame_000.jpg");
		// The knees lie near row 775 of 1280: keep the photo down to just below them.
		CaptureReport report = check(standing.getSubimage(0, 0, standing.getWidth(), 810), View.ANTERIOR);
		assertThat(report.problems()).extracting(CaptureProblem::check).contains(CaptureProblem.Check.FRAMING);
		assertThat(report.summary()).contains("whole body not in the photo").contains("feet cut off");
	}

	@Test
	void photoCutAtTheNeck_namesTheHead() throws IOException {
		BufferedImage standing = read("pose_squats_frames/frame_000.jpg");
		CaptureReport report = check(standing.getSubimage(0, 260, standing.getWidth(), 1020), View.ANTERIOR);
		assertThat(report.summary()).contains("head");
	}

	@Test
	void deepSquat_refusedNamingThePosture() throws IOException {
		CaptureReport report = check(read("pose_squats_frames/frame_010.jpg"), View.ANTERIOR);
		assertThat(report.problems()).extracting(CaptureProblem::check).contains(CaptureProblem.Check.POSTURE);
		assertThat(report.summary()).contains("not standing: squatting");
	}

	@Test
	void warriorPose_refusedAsALungeWithArmsRaised() throws IOException {
		CaptureReport report = check(read("pose.jpg"), View.ANTERIOR);
		assertThat(report.summary()).contains("not standing: lunging").contains("arms not relaxed");
		CaptureReport mirrored = check(flip(read("pose.jpg")), null);
		assertThat(mirrored.summary()).contains("not standing: lunging");
	}

	@Test
	void tiltedCamera_refusedNamingTheTilt() throws IOException {
		CaptureReport report = check(rotate(read("pose_squats_frames/frame_000.jpg"), 15), View.ANTERIOR);
		assertThat(report.summary()).contains("camera tilted");
	}

	@Test
	void stronglyTiltedCamera_namedAsTheCameraAlone_notAsALiftedFootOrRaisedArm() throws IOException {
		// Turned 20 and 30 degrees both ways on a canvas that holds the whole photo: the
		// posture and arms are read in the body's frame, so only the camera is named.
		BufferedImage standing = read("pose_squats_frames/frame_000.jpg");
		for (int degrees : new int[] { -30, -20, 20, 30 }) {
			CaptureReport report = check(rotateWhole(standing, degrees), View.ANTERIOR);
			assertThat(report.problems()).as(degrees + ": " + report.summary())
				.extracting(CaptureProblem::check)
				.containsExactly(CaptureProblem.Check.CAMERA);
			assertThat(report.summary()).startsWith("camera tilted");
		}
	}

	@Test
	void photoOnItsSide_namedAsSuch() throws IOException {
		CaptureReport report = check(rotateWhole(read("pose_squats_frames/frame_000.jpg"), -90), View.ANTERIOR);
		assertThat(report.summary()).startsWith("photo on its side");
		assertThat(report.problems()).extracting(CaptureProblem::check).containsExactly(CaptureProblem.Check.CAMERA);
	}

	@Test
	void squatOnATiltedPhoto_stillRefusedAsASquat() throws IOException {
		CaptureReport report = check(rotateWhole(read("pose_squats_frames/frame_034.jpg"), 10), View.ANTERIOR);
		assertThat(report.summary()).startsWith("not standing: squatting");
	}

	@Test
	void photoCutThroughTheBody_namesOnlyTheFraming() throws IOException {
		BufferedImage standing = read("pose_squats_frames/frame_000.jpg");
		// From the middle of the shoulders (about x 340) to the right edge: the person's
		// right half is outside.
		CaptureReport half = check(standing.getSubimage(340, 0, standing.getWidth() - 340, standing.getHeight()),
				View.ANTERIOR);
		assertThat(half.problems()).as(half.summary())
			.extracting(CaptureProblem::check)
			.containsExactly(CaptureProblem.Check.FRAMING);
		// Cut across the chest: the head and trunk, and no view read from guessed
		// shoulders.
		CaptureReport chest = check(standing.getSubimage(0, 460, standing.getWidth(), 820), View.ANTERIOR);
		assertThat(chest.problems()).as(chest.summary())
			.extracting(CaptureProblem::check)
			.containsExactly(CaptureProblem.Check.FRAMING);
	}

	@Test
	void smallPerson_refusedForTooFewPixels() throws IOException {
		CaptureReport report = check(scale(read("pose_squats_frames/frame_000.jpg"), 0.4), View.ANTERIOR);
		assertThat(report.summary()).startsWith("too few pixels");
	}

	/**
	 * Two photos next to each other on one canvas, as two people standing side by side.
	 */
	static BufferedImage sideBySide(BufferedImage left, BufferedImage right) {
		BufferedImage out = new BufferedImage(left.getWidth() + right.getWidth(),
				Math.max(left.getHeight(), right.getHeight()), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, out.getWidth(), out.getHeight());
		g.drawImage(left, 0, 0, null);
		g.drawImage(right, left.getWidth(), 0, null);
		g.dispose();
		return out;
	}

	static BufferedImage flip(BufferedImage image) {
		BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.drawImage(image, image.getWidth(), 0, -image.getWidth(), image.getHeight(), null);
		g.dispose();
		return out;
	}

	static BufferedImage rotate(BufferedImage image, double degrees) {
		BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, out.getWidth(), out.getHeight());
		g.drawImage(image, AffineTransform.getRotateInstance(Math.toRadians(degrees), image.getWidth() / 2.0,
				image.getHeight() / 2.0), null);
		g.dispose();
		return out;
	}

	/** Turned about its centre on a canvas grown to hold the whole photo. */
	static BufferedImage rotateWhole(BufferedImage image, double degrees) {
		double r = Math.toRadians(degrees);
		int w = image.getWidth();
		int h = image.getHeight();
		int cw = (int) Math.ceil(Math.abs(w * Math.cos(r)) + Math.abs(h * Math.sin(r)));
		int ch = (int) Math.ceil(Math.abs(w * Math.sin(r)) + Math.abs(h * Math.cos(r)));
		BufferedImage out = new BufferedImage(cw, ch, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setColor(new java.awt.Color(0xD8, 0xD8, 0xD8));
		g.fillRect(0, 0, cw, ch);
		AffineTransform t = new AffineTransform();
		t.translate(cw / 2.0, ch / 2.0);
		t.rotate(r);
		t.translate(-w / 2.0, -h / 2.0);
		g.drawImage(image, t, null);
		g.dispose();
		return out;
	}

	static BufferedImage scale(BufferedImage image, double factor) {
		int w = (int) Math.round(image.getWidth() * factor);
		int h = (int) Math.round(image.getHeight() * factor);
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, 0, 0, w, h, null);
		g.dispose();
		return out;
	}

}
