package org.realign.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.realign.app.BadInputException;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;

/**
 * The extension point for {@code realign assess --photo VIEW=IMAGE}: places landmarks on
 * photos. The command line uses the pose model
 * ({@link org.realign.app.cli.PoseLandmarkPlacer}).
 */
@FunctionalInterface
public interface LandmarkPlacer {

	/**
	 * The landmarks of each photo, one set per view.
	 * @throws BadInputException when an image cannot be read
	 */
	List<LandmarkSet> landmarks(Map<View, Path> photos);

}
