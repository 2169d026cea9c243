package org.realign.pose;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.realign.core.assessment.Assessment;
import org.realign.core.assessment.AssessmentReport;
import org.realign.core.assessment.Assessor;
import org.realign.core.capture.CaptureCheck;
import org.realign.core.capture.CaptureProblem;
import org.realign.core.capture.CaptureReport;
import org.realign.core.finding.Finding;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.landmark.EstimatedAnatomy;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.LandmarkSource;
import org.realign.core.landmark.View;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.MeasurementDefinition;
import org.realign.core.measure.Measurer;
import org.realign.core.program.Advice;
import org.realign.core.program.Advisor;
import org.realign.core.program.MenuGenerator;
import org.realign.core.program.SuggestedItem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photo-only assessment on real photos of a standing person, through the same steps as
 * the app and the command line: the pose with its test-time augmentation, the capture
 * check with the detector's head count, the estimated anatomy, the measurements with
 * their errors, the findings, the hypotheses and the menu.
 * <p>
 * The reference photos hold one standing person seen from the front (the first frame of
 * the squat video, the woman turned slightly to her left) and its mirror image (turned to
 * her right): the front view is the only one tested on real photos here. No real photo of
 * a standing person from the side or the back is among them, and a side or back view
 * cannot honestly be made from a front photo (a mirror image of the front is still the
 * front); those views are tested on renders of standing figures ({@link RenderedViewsIT})
 * and on simulated keypoints in realign-core ({@code EstimatedErrorSimulationTest}).
 */
class PhotoOnlyAssessmentIT {

	private static PoseEstimator estimator;

	private static final Assessor ASSESSOR = Assessor.shipped();

	@BeforeAll
	static void open() {
		estimator = PoseEstimator.open(TestData.modelStore().ensureAvailable(PoseModel.FULL), 2);
	}

	@AfterAll
	static void close() {
		estimator.close();
	}

	private static Map<String, BufferedImage> standingFrontPhotos() throws IOException {
		BufferedImage standing = ImageIO.read(TestData.reference("pose_squats_frames/frame_000.jpg").toFile());
		return Map.of("frame_000", standing, "frame_000 mirrored", CaptureCheckPhotosIT.flip(standing));
	}

	@Test
	void standingFrontPhotos_acceptedAsTheFront_refusedAsAnyOtherViewNamingTheFront() throws IOException {
		for (Map.Entry<String, BufferedImage> photo : standingFrontPhotos().entrySet()) {
			PoseResult pose = estimator.estimateAugmented(PosePhoto.of(photo.getValue())).orElseThrow().pose();
			assertThat(check(pose, View.ANTERIOR).problems()).as(photo.getKey()).isEmpty();
			assertThat(check(pose, null).detectedView()).as(photo.getKey()).contains(View.ANTERIOR);
			for (View other : List.of(View.POSTERIOR, View.LEFT_LATERAL, View.RIGHT_LATERAL)) {
				CaptureReport refused = check(pose, other);
				assertThat(refused.problems()).as(photo.getKey() + " as " + other)
					.extracting(CaptureProblem::check)
					.containsExactly(CaptureProblem.Check.VIEW);
				assertThat(refused.summary()).as(photo.getKey() + " as " + other)
					.isEqualTo("shows the front, not " + CaptureReport.viewName(other));
			}
		}
	}

	@Test
	void photoOnlyAssessment_measuresWithErrors_findsOnlyPastCutOffPlusError_andTheMenuFollowsOrSaysGeneral()
			throws IOException {
		for (Map.Entry<String, BufferedImage> photo : standingFrontPhotos().entrySet()) {
			String name = photo.getKey();
			AugmentedPose augmented = estimator.estimateAugmented(PosePhoto.of(photo.getValue())).orElseThrow();
			assertThat(check(augmented.pose(), null).accepted()).as(name).isTrue();
			assertPhotoOnlyAssessment(name, augmented, 9);
		}
	}

	/**
	 * The stated errors on the real front photo, with the keypoints' systematic error and
	 * the shared part of the anatomical offsets shared by each bilateral pair, against
	 * the same points' errors taken as independent: left-right differences, of the
	 * keypoints and of the estimated tragi and acromions, lose the shared part. (Measured
	 * on frame_000: estimated shoulder line 6.7 deg against 26.3 when the offsets were
	 * drawn per side; head tilt 16.0 against 43.9.)
	 */
	@Test
	void realFrontPhoto_leftRightDifferencesStateSmallerErrorsThanIndependentPoints() throws IOException {
		BufferedImage standing = standingFrontPhotos().get("frame_000");
		LandmarkSet set = EstimatedAnatomy.addTo(PoseLandmarkSets
			.inside(estimator.estimateAugmented(PosePhoto.of(standing)).orElseThrow(), View.ANTERIOR));
		LandmarkSet independent = LandmarkSet.of(set.view(), set.image(),
				set.landmarks()
					.stream()
					.map((l) -> new Landmark(l.id(), l.x(), l.y(), LandmarkSource.MARKER, l.confidence(),
							l.visibility(), l.presence(), l.uncertainty()))
					.toList());
		Measurer measurer = Measurer.shipped();
		System.out.printf("SCALE %s px/mm%n", org.realign.core.landmark.BodyScale.pixelsPerMillimetre(set));
		for (Landmark l : set.landmarks()) {
			System.out.printf("POINT %s (%.0f,%.0f) %s %s%n", l.id().id(), l.x(), l.y(), l.uncertainty(),
					EstimatedAnatomy.errorShare(set, l));
		}
		List<String> failures = new ArrayList<>();
		for (Measurement m : measurer.measure(set)) {
			if (!(m instanceof Measurement.Measured shared) || shared.error().isEmpty()) {
				continue;
			}
			Measurement other = measurer.measure(measurer.catalog().get(m.id()), independent);
			double before = ((Measurement.Measured) other).error().orElse(Double.NaN);
			System.out.printf("ERRORS %s value %.1f shared %.1f independent %.1f budget %s%n", m.id(), shared.value(),
					shared.error().getAsDouble(), before, measurer.budget(measurer.catalog().get(m.id()), set));
			if (List
				.of("shoulder-height-asymmetry-proxy", "hip-height-asymmetry-proxy", "head-tilt-proxy",
						"shoulder-height-asymmetry", "head-tilt")
				.contains(m.id())) {
				if (!(shared.error().getAsDouble() < 0.75 * before)) {
					failures.add(m.id());
				}
			}
		}
		assertThat(failures).as("left-right differences not below 0.75 of the independent error").isEmpty();
	}

	/**
	 * The real photo turned in the image plane tilts the shoulder line by a known angle:
	 * the shoulder keypoints' height difference follows the turn within its stated error,
	 * the upright photo does not read past the elevated-shoulder cut-off plus its error,
	 * and a turn of 25 deg towards the side the person already leans reads past it.
	 * Measured on frame_000 (upright -4.4 +/- 7.6 deg): turned +15 -19.5 +/- 13.5, -15
	 * 10.4 +/- 9.9, +20 -24.2 +/- 14.9, -20 15.3 +/- 11.9, +25 -29.7 +/- 16.0, -25 20.8
	 * +/- 14.3 (with the sampling factor 1.3 they were 8.6 upright and 17.0-19.6 turned).
	 * The error grows with the tilt, because the shoulder keypoints' shared systematic
	 * error, mirrored horizontally, changes the slope of a tilted line; the finding
	 * itself uses the estimated acromions, which add their own independent offsets.
	 */
	@Test
	void realFrontPhotoTurnedInTheImagePlane_followsTheTurnWithinItsError_uprightNotPastCutOff() throws IOException {
		BufferedImage standing = standingFrontPhotos().get("frame_000");
		double cutOff = ASSESSOR.catalog()
			.get("shoulder-height-asymmetry")
			.concernFor("elevated-shoulder")
			.orElseThrow()
			.cutoff();
		Measurement.Measured upright = shoulders(standing);
		assertThat(Math.abs(upright.value())).as("upright").isLessThanOrEqualTo(cutOff + upright.error().getAsDouble());
		for (double degrees : new double[] { 15, -15, 20, -20, 25, -25 }) {
			Measurement.Measured turned = shoulders(CaptureCheckPhotosIT.rotate(standing, degrees));
			assertThat(Math.abs(turned.value() - (upright.value() - degrees))).as("turned %s deg", degrees)
				.isLessThanOrEqualTo(turned.error().getAsDouble());
			if (degrees == 25) {
				assertThat(Math.abs(turned.value())).as("turned %s deg", degrees)
					.isGreaterThan(cutOff + turned.error().getAsDouble());
			}
		}
	}

	private static Measurement.Measured shoulders(BufferedImage photo) {
		LandmarkSet set = EstimatedAnatomy.addTo(
				PoseLandmarkSets.inside(estimator.estimateAugmented(PosePhoto.of(photo)).orElseThrow(), View.ANTERIOR));
		Measurement.Measured reading = (Measurement.Measured) Measurer.shipped()
			.measure(ASSESSOR.catalog().get("shoulder-height-asymmetry-proxy"), set);
		System.out.printf("SHOULDERS %.1f +/- %.1f%n", reading.value(), reading.error().getAsDouble());
		return reading;
	}

	private static AssessmentReport assertPhotoOnlyAssessment(String name, AugmentedPose augmented,
			int atLeastMeasured) {
		{
			LandmarkSet landmarks = EstimatedAnatomy.addTo(PoseLandmarkSets.inside(augmented, View.ANTERIOR));
			AssessmentReport report = ASSESSOR.assess(Assessment.of(List.of(landmarks)));

			List<Measurement.Measured> withError = new ArrayList<>();
			for (Measurement m : report.measurements()) {
				if (m instanceof Measurement.Measured measured && measured.error().isPresent()) {
					assertThat(measured.basis()).as(name + " " + m.id()).isEqualTo(Measurement.Basis.ESTIMATED);
					assertThat(measured.value()).as(name + " " + m.id()).isFinite();
					assertThat(measured.error().getAsDouble()).as(name + " " + m.id()).isFinite().isPositive();
					withError.add(measured);
				}
			}
			assertThat(withError).as(name).hasSizeGreaterThanOrEqualTo(atLeastMeasured);

			for (Finding finding : report.findings()) {
				boolean past = false;
				for (String id : finding.because()) {
					MeasurementDefinition definition = ASSESSOR.catalog().get(id);
					MeasurementDefinition.Concern concern = definition.concernFor(finding.id()).orElseThrow();
					Optional<Measurement.Measured> reading = report.measured(id, View.ANTERIOR);
					if (reading.isPresent() && !reading.get().proxy() && concern.exceeds(reading.get().value(),
							reading.get().errorOr(definition.error().value()))) {
						past = true;
					}
				}
				assertThat(past).as(name + ": " + finding + " fired without a reading past cut-off plus error")
					.isTrue();
			}

			Advice advice = Advisor.standard().advise(report.findings(), ClientConstraints.minutes(20));
			if (advice.hypotheses().items().isEmpty()) {
				assertThat(advice.menu().basis()).as(name).isEqualTo("general");
				assertThat(advice.menu().notices()).as(name).contains(MenuGenerator.GENERAL_NOTICE);
			}
			else {
				assertThat(advice.menu().basis()).as(name).isEqualTo("assessment");
				assertThat(advice.menu().items()).as(name).isNotEmpty();
				for (SuggestedItem item : advice.menu().items()) {
					assertThat(item.because()).as(name + " " + item.exerciseId()).isNotEmpty();
				}
			}
			return report;
		}
	}

	private static CaptureReport check(PoseResult pose, View given) {
		return CaptureCheck.check(PoseLandmarkSets.all(pose, View.ANTERIOR), Optional.ofNullable(given), pose.people());
	}

}
