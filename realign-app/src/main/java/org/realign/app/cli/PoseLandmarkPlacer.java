package org.realign.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.realign.app.BadInputException;
import org.realign.app.assessment.LandmarkJson;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.pose.ImageRejectedException;
import org.realign.pose.PoseModel;

/**
 * {@code realign assess --photo VIEW=IMAGE}: the pose model places the landmarks, which
 * then go through the same landmark-file parser as hand-placed ones, so photos and files
 * are checked by one set of rules.
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
	public List<LandmarkSet> landmarks(Map<View, Path> byView) {
		List<PhotoLandmarker.Photo> request = new ArrayList<>();
		byView.forEach((view, file) -> request.add(new PhotoLandmarker.Photo(view, file)));
		List<PhotoLandmarker.Located> located;
		try {
			located = this.photos.locate(request, this.model);
		}
		catch (ImageRejectedException ex) {
			throw new BadInputException(ex.getMessage(), ex);
		}
		List<LandmarkJson.ViewPose> poses = new ArrayList<>();
		for (PhotoLandmarker.Located photo : located) {
			poses.add(photo.viewPose()
				.orElseThrow(() -> new BadInputException(
						photo.photo().file().getFileName() + ": no person found (" + photo.photo().view().id() + ")")));
		}
		return LandmarkJson.toLandmarkSets(poses);
	}

}
