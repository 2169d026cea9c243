package org.realign.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.realign.app.BadInputException;
import org.realign.app.assessment.SkinMarkers;
import org.realign.core.capture.CaptureCheck;
import org.realign.core.capture.CaptureReport;
import org.realign.core.landmark.EstimatedAnatomy;
import org.realign.core.landmark.LandmarkFile;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.pose.ImageRejectedException;
import org.realign.pose.PoseLandmarkSets;
import org.realign.pose.PoseModel;
import org.realign.pose.PoseResult;
import org.realign.pose.marker.MarkerAssignment;
import org.realign.pose.marker.MarkerColour;

/**
 * {@code realign assess --photo [VIEW=]IMAGE}: the pose model places the keypoints, the
 * capture check decides whether the photo can be measured (and which view it shows), and
 * the anatomical points are estimated from the keypoints with their uncertainty. The
 * landmarks then go through the same landmark-file parser as hand-placed ones, so photos
 * and files are checked by one set of rules.
 */
public final class PoseLandmarkPlacer implements LandmarkPlacer {

	private final PhotoLandmarker photos;

	private final PoseModel model;

	public PoseLandmarkPlacer(PhotoLandmarker photos, PoseModel model) {
		this.photos = photos;
		this.model = model;
	}

	public static PoseLandmarkPlacer withDefaults() {
		return new PoseLandmarkPlacer(PhotoLandmarker.withDefaults(), PoseModel.FULL);
	}

	@Override
	public List<Placed> place(List<Request> requests, boolean acceptCapture) {
		return place(requests, acceptCapture, Optional.empty());
	}

	@Override
	public List<Placed> place(List<Request> requests, boolean acceptCapture, Optional<MarkerColour> markerColour) {
		List<PhotoLandmarker.Photo> request = new ArrayList<>();
		// The view is decided after the check; the landmarker only needs the file.
		requests.forEach((r) -> request.add(new PhotoLandmarker.Photo(r.view().orElse(View.ANTERIOR), r.file())));
		List<PhotoLandmarker.Located> located;
		try {
			located = this.photos.locateAugmented(request, this.model);
		}
		catch (ImageRejectedException ex) {
			throw new BadInputException(ex.getMessage(), ex);
		}
		List<Placed> placed = new ArrayList<>();
		for (int i = 0; i < located.size(); i++) {
			Request asked = requests.get(i);
			String name = asked.file().getFileName().toString();
			PoseResult found = located.get(i)
				.pose()
				.orElseThrow(() -> new BadInputException(name + ": " + CaptureReport.NO_PERSON));
			CaptureReport report = CaptureCheck.check(PoseLandmarkSets.all(found, View.ANTERIOR), asked.view(),
					found.people());
			if (!report.accepted() && !acceptCapture) {
				throw new BadInputException(
						name + ": " + report.summary() + " (retake the photo, or keep it with --accept-capture)");
			}
			View view = asked.view()
				.or(report::detectedView)
				.orElseThrow(() -> new BadInputException(
						name + ": cannot tell which view the photo shows; give it as VIEW=" + name));
			// Kept as the back (or front) the practitioner took, though the model read it
			// the other way round: its left and right follow the view they kept.
			boolean swap = report.facesTheOtherWay(view);
			PoseResult pose = swap ? found.withSidesSwapped() : found;
			// The keypoints averaged over the augmented passes, each with its spread.
			LandmarkSet keypoints = located.get(i)
				.augmented()
				.map((a) -> swap ? a.withSidesSwapped() : a)
				.map((a) -> PoseLandmarkSets.inside(a, view))
				.orElseGet(() -> PoseLandmarkSets.inside(pose, view));
			// Markers before the estimates: an anatomical point a marker shows is not
			// estimated.
			MarkerAssignment markers = SkinMarkers.find(
					this.photos.fullScale(asked.file(), located.get(i).image(), pose.imageWidth()), pose.imageWidth(),
					pose.landmarks(), view, markerColour);
			LandmarkSet landmarks = EstimatedAnatomy.addTo(SkinMarkers.merge(keypoints, markers));
			placed.add(new Placed(asked.file(), LandmarkFile.parse(LandmarkFile.write(List.of(landmarks))).get(0),
					report.problems()));
		}
		return placed;
	}

}
