package org.realign.pose;

import java.awt.image.BufferedImage;

/**
 * An image as packed RGB pixels, row by row, the form the tensor builders read.
 */
record RgbImage(int width, int height, int[] pixels) {

	static RgbImage of(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
		return new RgbImage(width, height, pixels);
	}

}
