package org.realign.core.capture;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.realign.core.landmark.View;

/**
 * What the capture check found on one photo.
 *
 * @param detectedView the view the pose shows, when it can be told
 * @param problems every check that failed, in check order; empty when the photo can be
 * measured
 * @param statureInPixels the person's estimated stature in pixels (0 when unknown)
 * @param bodyLineDegrees how far the line from the ankles to the shoulders leans from the
 * photo's vertical, the estimate of camera roll (a standing person's own lean is a few
 * degrees); empty when the points are missing
 * @param pitchDegrees the camera's depression angle at the feet, estimated on a front
 * photo from the feet's foreshortening; empty elsewhere
 */
public record CaptureReport(Optional<View> detectedView, List<CaptureProblem> problems, double statureInPixels,
		OptionalDouble bodyLineDegrees, OptionalDouble pitchDegrees) {

	public CaptureReport {
		Objects.requireNonNull(detectedView, "detectedView");
		problems = List.copyOf(problems);
		Objects.requireNonNull(bodyLineDegrees, "bodyLineDegrees");
		Objects.requireNonNull(pitchDegrees, "pitchDegrees");
	}

	/**
	 * Why a photo in which the pose model finds no one cannot be assessed, with what a
	 * posture photo needs: a person far from the camera, small in the frame, is the usual
	 * reason on photos that do show one.
	 */
	/**
	 * Whether the pose faces the other way from the front or back view the photo was
	 * given as: a back view read as the front, or a front read as the back. The model
	 * tells front from back only by which side it calls left, so the person's left and
	 * right are then the other way round from what the pose says; a practitioner who
	 * keeps such a photo as the view they took means the sides of that view.
	 */
	public boolean facesTheOtherWay(View given) {
		return switch (given) {
			case ANTERIOR -> this.detectedView.equals(Optional.of(View.POSTERIOR));
			case POSTERIOR -> this.detectedView.equals(Optional.of(View.ANTERIOR));
			default -> false;
		};
	}

	public static final String NO_PERSON = "no person found (a posture photo shows one person, head to feet, filling most of its height: step closer if they are small in the photo)";

	/** Whether every check passed. */
	public boolean accepted() {
		return this.problems.isEmpty();
	}

	/** The problems in one line, e.g. "not standing: squatting; arms not relaxed". */
	public String summary() {
		return this.problems.stream().map(CaptureProblem::message).collect(Collectors.joining("; "));
	}

	/** The practitioner's name for a view: "the front", "the left side". */
	public static String viewName(View view) {
		return switch (view) {
			case ANTERIOR -> "the front";
			case POSTERIOR -> "the back";
			case LEFT_LATERAL -> "the left side";
			case RIGHT_LATERAL -> "the right side";
		};
	}

}
