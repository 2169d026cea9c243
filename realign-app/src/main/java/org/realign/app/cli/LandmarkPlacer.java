package org.realign.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.realign.app.BadInputException;
import org.realign.core.capture.CaptureProblem;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.pose.marker.MarkerColour;

/**
 * The extension point for {@code realign assess --photo [VIEW=]IMAGE}: checks photos and
 * places landmarks on them. The command line uses the pose model
 * ({@link org.realign.app.cli.PoseLandmarkPlacer}).
 */
@FunctionalInterface
public interface LandmarkPlacer {

	/** A photo as given: its file and the view it was given for, if any. */
	record Request(Optional<View> view, Path file) {
	}

	/**
	 * A photo's landmarks, with the capture problems the practitioner chose to keep it
	 * despite.
	 */
	record Placed(Path file, LandmarkSet landmarks, List<CaptureProblem> overridden) {

		public Placed {
			overridden = List.copyOf(overridden);
		}

	}

	/**
	 * The landmarks of each photo, in order.
	 * @param acceptCapture keep photos that fail the capture check, with the problems
	 * recorded
	 * @throws BadInputException when an image cannot be read, shows no person, or fails
	 * the capture check (and the check is not overridden): one line naming the photo and
	 * the problem
	 */
	List<Placed> place(List<Request> photos, boolean acceptCapture);

	/**
	 * As {@link #place(List, boolean)}, with the skin markers' colour; a placer that
	 * finds no markers ignores it.
	 * @param markerColour the markers' colour, empty to detect it on each photo
	 */
	default List<Placed> place(List<Request> photos, boolean acceptCapture, Optional<MarkerColour> markerColour) {
		return place(photos, acceptCapture);
	}

}
