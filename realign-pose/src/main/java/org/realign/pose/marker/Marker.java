package org.realign.pose.marker;

/**
 * A round skin marker found in a photo.
 *
 * @param x centre, pixels from the left edge (sub-pixel)
 * @param y centre, pixels from the top edge (sub-pixel)
 * @param diameter diameter of the visible marker, pixels
 * @param confidence how sure the detector is that this is a marker, in [0, 1]: contrast
 * against the skin around it relative to the photo's noise, roundness, isolation
 * @param uncertainty standard uncertainty of the centre (one standard deviation, pixels,
 * the same in x and y): image noise propagated through the centroid, a floor for
 * compression and blur, and the shift a partly hidden marker can cause
 * @param rgb the marker's colour as seen in the photo, 0xRRGGBB
 */
public record Marker(double x, double y, double diameter, double confidence, double uncertainty, int rgb) {

	/** The distance from this marker's centre to a point, pixels. */
	public double distanceTo(double px, double py) {
		return Math.hypot(this.x - px, this.y - py);
	}

}
