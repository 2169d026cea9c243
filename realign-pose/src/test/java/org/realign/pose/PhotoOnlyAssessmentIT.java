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
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.MeasurementDefinition;
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
 * front); those views are tested on simulated keypoints in realign-core
 * ({@code EstimatedErrorSimulationTest}).
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
