package org.realign.pose;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Read access to an image's RGB pixels, row by row, for the tensor builders.
 * <p>
 * JPEG decoders produce 3-byte BGR rasters and most other images are packed ints: those
 * are read in place, since {@code BufferedImage.getRGB} converts pixel by pixel through
 * the colour model and copying a 12-megapixel photo would cost as much as a model call.
 * Other layouts are converted once. The image must not change while in use.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param packed 0xRRGGBB per pixel, or null when {@code bytes} holds the pixels
 * @param bytes 3 bytes per pixel, or null
 * @param red offset of red within a pixel's 3 bytes
 * @param green offset of green
 * @param blue offset of blue
 */
public record RgbImage(int width, int height, int[] packed, byte[] bytes, int red, int green, int blue) {

	public static RgbImage of(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		Raster raster = image.getRaster();
		boolean untranslated = raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
				&& raster.getDataBuffer().getNumBanks() == 1 && raster.getDataBuffer().getOffset() == 0;
		if (untranslated && image.getType() == BufferedImage.TYPE_3BYTE_BGR
				&& raster.getSampleModel() instanceof ComponentSampleModel model && model.getPixelStride() == 3
				&& model.getScanlineStride() == 3 * width) {
			int[] offsets = model.getBandOffsets();
			return new RgbImage(width, height, null, ((DataBufferByte) raster.getDataBuffer()).getData(), offsets[0],
					offsets[1], offsets[2]);
		}
		if (untranslated
				&& (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB)
				&& raster.getSampleModel() instanceof SinglePixelPackedSampleModel model
				&& model.getScanlineStride() == width) {
			return new RgbImage(width, height, ((DataBufferInt) raster.getDataBuffer()).getData(), null, 0, 0, 0);
		}
		return new RgbImage(width, height, image.getRGB(0, 0, width, height, null, 0, width), null, 0, 0, 0);
	}

	/** The pixel at {@code y * width + x} as 0xRRGGBB (higher bits undefined). */
	public int rgb(int index) {
		if (this.bytes != null) {
			int p = 3 * index;
			return ((this.bytes[p + this.red] & 0xFF) << 16) | ((this.bytes[p + this.green] & 0xFF) << 8)
					| (this.bytes[p + this.blue] & 0xFF);
		}
		return this.packed[index];
	}

}
