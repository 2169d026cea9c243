package org.realign.pose;

import java.awt.image.BufferedImage;
import java.util.function.IntFunction;

/**
 * A photo decoded for the pose model, possibly at a reduced scale.
 * <p>
 * The models see a 224-pixel view of the whole photo and a 256-pixel crop around the
 * person, so {@link ImageLoader#decodeForPose} decodes a large JPEG at 1/2, 1/4 or 1/8 of
 * its size (in the DCT domain, which is where most of the decoding time goes). When the
 * person turns out to be so small in the photo that the reduced crop would have fewer
 * than 256 pixels across, the estimator asks for a sharper decode of the same bytes, so
 * that the landmark model never sees a crop upsampled from a reduced image. Landmarks are
 * always reported in the pixels of the full, upright photo.
 */
public final class PosePhoto {

	private final String name;

	private final int width;

	private final int height;

	private final BufferedImage pixels;

	private final int reduction;

	private final IntFunction<BufferedImage> redecoder;

	PosePhoto(String name, int width, int height, BufferedImage pixels, int reduction,
			IntFunction<BufferedImage> redecoder) {
		this.name = name;
		this.width = width;
		this.height = height;
		this.pixels = pixels;
		this.reduction = reduction;
		this.redecoder = redecoder;
	}

	/** An already decoded, upright image at full scale. */
	public static PosePhoto of(BufferedImage image) {
		return new PosePhoto("image", image.getWidth(), image.getHeight(), image, 1, null);
	}

	/** The name used in messages (the file name). */
	public String name() {
		return this.name;
	}

	/** Width of the full, upright photo in pixels. */
	public int width() {
		return this.width;
	}

	/** Height of the full, upright photo in pixels. */
	public int height() {
		return this.height;
	}

	/** The decoded pixels: the upright photo at 1/{@link #reduction()} of its size. */
	public BufferedImage pixels() {
		return this.pixels;
	}

	/** 1 when decoded at full size, else 2, 4 or 8. */
	public int reduction() {
		return this.reduction;
	}

	/**
	 * The same photo decoded at a smaller reduction, or this photo when it cannot be
	 * decoded sharper.
	 */
	PosePhoto sharper(int newReduction) {
		if (this.redecoder == null || newReduction >= this.reduction) {
			return this;
		}
		BufferedImage image = this.redecoder.apply(newReduction);
		if (image == null) {
			return this;
		}
		return new PosePhoto(this.name, this.width, this.height, image, newReduction, this.redecoder);
	}

}
