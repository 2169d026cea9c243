package org.realign.core.landmark;

/**
 * The pixel size of the photo the landmarks were placed on.
 *
 * @param width pixels, positive
 * @param height pixels, positive
 */
public record ImageSize(double width, double height) {

	public ImageSize {
		if (!(width > 0 && height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
			throw new IllegalArgumentException("image size must be positive, was " + width + "x" + height);
		}
	}

	public boolean contains(double x, double y) {
		return x >= 0 && x <= this.width && y >= 0 && y <= this.height;
	}

}
