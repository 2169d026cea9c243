package org.realign.app.assess;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.realign.app.BadInputException;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;

/**
 * The extension point for {@code realign assess --photo VIEW=IMAGE}: places landmarks on
 * photos. The pose feature supplies the implementation (a pose model over each image);
 * until then {@link #UNAVAILABLE} answers that photos cannot be read yet.
 */
@FunctionalInterface
public interface PhotoLandmarker {

	/** Used while no pose model is wired in. */
	PhotoLandmarker UNAVAILABLE = (photos) -> {
		throw new BadInputException(
				"--photo needs the pose model, which this build does not include yet; " + "use --landmarks FILE.json");
	};

	/**
	 * The landmarks of each photo, one set per view.
	 * @throws BadInputException when an image cannot be read
	 */
	List<LandmarkSet> landmarks(Map<View, Path> photos);

}
