package org.realign.app.assess;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.realign.app.BadInputException;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;

/**
 * The extension point for {@code realign assess --photo VIEW=IMAGE}: places landmarks on
 * photos. The command line uses the pose model
 * ({@link org.realign.app.pose.PoseAssessLandmarker}); {@link #UNAVAILABLE} is for
 * contexts without one.
 */
@FunctionalInterface
public interface PhotoLandmarker {

	/** Used while no pose model is wired in. */
	PhotoLandmarker UNAVAILABLE = (photos) -> {
		throw new BadInputException(
				"--photo needs the pose model, which is not available here; use --landmarks FILE.json");
	};

	/**
	 * The landmarks of each photo, one set per view.
	 * @throws BadInputException when an image cannot be read
	 */
	List<LandmarkSet> landmarks(Map<View, Path> photos);

}
