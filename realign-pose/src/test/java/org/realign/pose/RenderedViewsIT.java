package org.realign.pose;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The capture check's view detection and the photo-only assessment on all four views of a
 * standing person. No real photo of a whole standing person from the side or the back
 * could be had here, so these are RENDERS, not photographs: two textured 3D figures
 * (Reallusion, CC BY 3.0 US, from Debian's sweethome3d-furniture) rendered from the
 * front, the back and both sides with the capture protocol's camera (3 m away, hip high,
 * level); see {@code testdata/renders/SOURCE.txt}. A man in a suit, arms hanging, and a
 * young man in a jacket and jeans, one hand at the jacket; both stand with their feet
 * apart, so that side-on the farther foot appears higher on the photo than the nearer
 * one.
 */
class RenderedViewsIT {

	private static final Map<String, View> VIEWS = Map.of("front", View.ANTERIOR, "back", View.POSTERIOR, "left",
			View.LEFT_LATERAL, "right", View.RIGHT_LATERAL);

	private static final List<String> FIGURES = List.of("male02", "male01");

	private static final Assessor ASSESSOR = Assessor.shipped();

	private static PoseEstimator estimator;

	/**
	 * Each render's pose as the app and the command line take it: the augmented passes.
	 */
	private static final Map<String, AugmentedPose> POSES = new LinkedHashMap<>();

	@BeforeAll
	static void open() throws IOException {
		estimator = PoseEstimator.open(TestData.modelStore().ensureAvailable(PoseModel.FULL), 2);
		for (String figure : FIGURES) {
			for (String view : VIEWS.keySet()) {
				String name = figure + "_" + view;
				BufferedImage image = read(name);
				POSES.put(name, estimator.estimateAugmented(PosePhoto.of(image)).orElseThrow());
				POSES.put(name + " mirrored",
						estimator.estimateAugmented(PosePhoto.of(CaptureCheckPhotosIT.flip(image))).orElseThrow());
			}
		}
	}

	@AfterAll
	static void close() {
		estimator.close();
	}

	/** {@code testdata/renders} of the repository, found from the module directory up. */
	static Path rendersDir() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve("testdata/renders");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("testdata/renders not found above " + Path.of("").toAbsolutePath());
	}

	private static BufferedImage read(String name) throws IOException {
		return ImageIO.read(rendersDir().resolve(name + ".jpg").toFile());
	}

	/**
	 * The view a photo shows; its mirror image shows the other side, or the same front or
	 * back.
	 */
	private static View shown(String name) {
		String base = name.replace(" mirrored", "");
		View view = VIEWS.get(base.substring(base.indexOf('_') + 1));
		if (!name.endsWith(" mirrored")) {
			return view;
		}
		return switch (view) {
			case LEFT_LATERAL -> View.RIGHT_LATERAL;
			case RIGHT_LATERAL -> View.LEFT_LATERAL;
			default -> view;
		};
	}

	private static CaptureReport check(String name, View given) {
		PoseResult pose = POSES.get(name).pose();
		return CaptureCheck.check(PoseLandmarkSets.all(pose, View.ANTERIOR), Optional.ofNullable(given), pose.people());
	}

	@Test
	void eachView_andItsMirrorImage_detectedAsTheViewItShows_andAcceptedForIt() {
		for (String name : POSES.keySet()) {
			View view = shown(name);
			CaptureReport detected = check(name, null);
			assertThat(detected.detectedView()).as(name).contains(view);
			assertThat(detected.problems()).as(name).isEmpty();
			assertThat(check(name, view).problems()).as(name + " given as " + view).isEmpty();
		}
	}

	@Test
	void eachView_givenAsAnotherView_refusedNamingTheViewItShows() {
		for (String name : POSES.keySet()) {
			View view = shown(name);
			for (View other : View.values()) {
				if (other == view) {
					continue;
				}
				CaptureReport refused = check(name, other);
				assertThat(refused.problems()).as(name + " given as " + other)
					.extracting(CaptureProblem::check)
					.containsExactly(CaptureProblem.Check.VIEW);
				assertThat(refused.summary()).as(name + " given as " + other)
					.isEqualTo("shows " + CaptureReport.viewName(view) + ", not " + CaptureReport.viewName(other));
			}
		}
	}

	/**
	 * Seen 20 degrees off straight behind, some of the model's augmented passes read the
	 * young man as facing the camera and others as facing away. Averaged as they came,
	 * each shoulder met the other in the middle and the photo was refused as "turned
	 * between the front and the side"; each pass now takes the photo's own pass's left
	 * and right, so the averaged shoulders stay as far apart as in that pass.
	 */
	@Test
	void backTurned20Degrees_passesAveragedWithOneReadingOfLeftAndRight_acceptedAsTheBack() throws IOException {
		BufferedImage image = read("male01_back_turned20");
		AugmentedPose augmented = estimator.estimateAugmented(PosePhoto.of(image)).orElseThrow();
		PoseResult own = estimator.estimate(image).orElseThrow();
		double ownWidth = Math
			.abs(own.landmark(PoseKeypoint.LEFT_SHOULDER).x() - own.landmark(PoseKeypoint.RIGHT_SHOULDER).x());
		double averagedWidth = Math.abs(augmented.pose().landmark(PoseKeypoint.LEFT_SHOULDER).x()
				- augmented.pose().landmark(PoseKeypoint.RIGHT_SHOULDER).x());
		assertThat(averagedWidth).isGreaterThan(0.8 * ownWidth);
		assertThat(augmented.spread(PoseKeypoint.LEFT_SHOULDER).sdX()).isLessThan(0.2 * ownWidth);
		CaptureReport report = CaptureCheck.check(PoseLandmarkSets.all(augmented.pose(), View.ANTERIOR),
				Optional.of(View.POSTERIOR), augmented.pose().people());
		assertThat(report.problems()).isEmpty();
		assertThat(report.detectedView()).contains(View.POSTERIOR);
	}

	@Test
	void fourViewPhotoOnlyAssessment_measuresWithErrors_findsOnlyPastCutOffPlusError_menuFollowsOrSaysGeneral() {
		for (String figure : FIGURES) {
			List<LandmarkSet> views = new ArrayList<>();
			for (Map.Entry<String, View> view : VIEWS.entrySet()) {
				views.add(EstimatedAnatomy
					.addTo(PoseLandmarkSets.inside(POSES.get(figure + "_" + view.getKey()), view.getValue())));
			}
			AssessmentReport report = ASSESSOR.assess(Assessment.of(views));

			Map<View, Integer> measuredPerView = new LinkedHashMap<>();
			for (Measurement m : report.measurements()) {
				if (m instanceof Measurement.Measured measured) {
					String what = figure + " " + m.view() + " " + m.id();
					assertThat(measured.basis()).as(what).isEqualTo(Measurement.Basis.ESTIMATED);
					assertThat(measured.value()).as(what).isFinite();
					assertThat(measured.error()).as(what).isPresent();
					assertThat(measured.error().getAsDouble()).as(what).isFinite().isPositive();
					measuredPerView.merge(m.view(), 1, Integer::sum);
				}
			}
			assertThat(measuredPerView.values().stream().mapToInt(Integer::intValue).sum()).as(figure)
				.isGreaterThanOrEqualTo(12);
			// Every view contributes: the sides their plumb line and joint angles, the
			// back its shoulder and hip lines.
			assertThat(measuredPerView.keySet()).as(figure).containsExactlyInAnyOrder(View.values());
			assertThat(measuredPerView.get(View.LEFT_LATERAL)).as(figure).isGreaterThanOrEqualTo(8);
			assertThat(measuredPerView.get(View.RIGHT_LATERAL)).as(figure).isGreaterThanOrEqualTo(8);
			assertThat(measuredPerView.get(View.POSTERIOR)).as(figure).isGreaterThanOrEqualTo(2);

			for (Finding finding : report.findings()) {
				boolean past = false;
				for (String id : finding.because()) {
					MeasurementDefinition definition = ASSESSOR.catalog().get(id);
					MeasurementDefinition.Concern concern = definition.concernFor(finding.id()).orElseThrow();
					for (Measurement m : report.measurements()) {
						if (m instanceof Measurement.Measured reading && reading.id().equals(id) && !reading.proxy()
								&& concern.exceeds(reading.value(), reading.errorOr(definition.error().value()))) {
							past = true;
						}
					}
				}
				assertThat(past).as(figure + ": " + finding + " fired without a reading past cut-off plus error")
					.isTrue();
			}

			Advice advice = Advisor.standard().advise(report.findings(), ClientConstraints.minutes(20));
			if (advice.hypotheses().items().isEmpty()) {
				assertThat(advice.menu().basis()).as(figure).isEqualTo("general");
				assertThat(advice.menu().notices()).as(figure).contains(MenuGenerator.GENERAL_NOTICE);
			}
			else {
				assertThat(advice.menu().basis()).as(figure).isEqualTo("assessment");
				assertThat(advice.menu().items()).as(figure).isNotEmpty();
				for (SuggestedItem item : advice.menu().items()) {
					assertThat(item.because()).as(figure + " " + item.exerciseId()).isNotEmpty();
				}
			}
		}
	}

}
