package org.realign.pose;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * An image as packed RGB pixels, row by row, the form the tensor builders read.
 */
record RgbImage(int width, int height, int[] pixels) {

	/**
	 * Copies the pixels. JPEG decoders produce 3-byte BGR and most other images are
	 * packed ints; those two are copied straight from the raster, since
	 * {@code BufferedImage.getRGB} converts pixel by pixel through the colour model and
	 * would cost as much as a model call.
	 */
	static RgbImage of(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		Raster raster = image.getRaster();
		boolean untranslated = raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
				&& raster.getDataBuffer().getNumBanks() == 1;
		if (untranslated && image.getType() == BufferedImage.TYPE_3BYTE_BGR
				&& raster.getSampleModel() instanceof ComponentSampleModel model && model.getPixelStride() == 3
				&& model.getScanlineStride() == 3 * width) {
			byte[] data = ((DataBufferByte) raster.getDataBuffer()).getData();
			int[] offsets = model.getBandOffsets();
			int[] pixels = new int[width * height];
			for (int i = 0, p = 0; i < pixels.length; i++, p += 3) {
				pixels[i] = ((data[p + offsets[0]] & 0xFF) << 16) | ((data[p + offsets[1]] & 0xFF) << 8)
						| (data[p + offsets[2]] & 0xFF);
			}
			return new RgbImage(width, height, pixels);
		}
		if (untranslated
				&& (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB)
				&& raster.getSampleModel() instanceof SinglePixelPackedSampleModel model
				&& model.getScanlineStride() == width) {
			int[] data = ((DataBufferInt) raster.getDataBuffer()).getData();
			int[] pixels = new int[width * height];
			System.arraycopy(data, 0, pixels, 0, pixels.length);
			return new RgbImage(width, height, pixels);
		}
		return new RgbImage(width, height, image.getRGB(0, 0, width, height, null, 0, width));
	}

}
