package org.realign.pose.marker;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.realign.pose.RgbImage;

/**
 * Draws markers on photos the way a camera would see them: anti-aliased by 8 × 8
 * sub-samples per pixel (soft edges), flat dots or shaded balls, optionally with part of
 * the marker hidden; then the photo is lit unevenly, blurred, given sensor noise and
 * JPEG-compressed. The drawn centres are the truth the detector is held to, in the
 * continuous convention (pixel {@code i} covers {@code [i, i + 1)}).
 */
final class MarkerPainter {

	private MarkerPainter() {
	}

	/**
	 * Towards the light that shades a ball unless told otherwise, in image axes: from the
	 * upper left, as every scene set has drawn it.
	 */
	static final double UPPER_LEFT_X = -0.4;

	/** See {@link #UPPER_LEFT_X}. */
	static final double UPPER_LEFT_Y = -0.5;

	/**
	 * Draws a marker.
	 * @param image drawn on in place
	 * @param cx centre x
	 * @param cy centre y
	 * @param diameter pixels
	 * @param rgb the marker's colour in full light
	 * @param ball shaded as a sphere lit from the upper left, else a flat dot
	 * @param hiddenFrom when finite, the marker is hidden beyond the line through the
	 * point at this signed distance from the centre along {@code hiddenAngle} (hair, a
	 * waistband), drawn over in {@code hiddenRgb}
	 * @param hiddenAngle direction of the hiding edge's normal, radians
	 * @param hiddenRgb the colour of what hides it
	 */
	static void draw(BufferedImage image, double cx, double cy, double diameter, int rgb, boolean ball,
			double hiddenFrom, double hiddenAngle, int hiddenRgb) {
		draw(image, cx, cy, diameter, rgb, ball, hiddenFrom, hiddenAngle, hiddenRgb, UPPER_LEFT_X, UPPER_LEFT_Y);
	}

	/**
	 * As
	 * {@link #draw(BufferedImage, double, double, double, int, boolean, double, double, int)},
	 * a ball lit from the direction {@code (lightX, lightY, 0.77)} (towards the light, in
	 * image axes; {@code (-0.4, -0.5)}: from the upper left, as the scenes draw it).
	 */
	static void draw(BufferedImage image, double cx, double cy, double diameter, int rgb, boolean ball,
			double hiddenFrom, double hiddenAngle, int hiddenRgb, double lightX, double lightY) {
		double r = diameter / 2;
		int x0 = Math.max(0, (int) Math.floor(cx - r - 1));
		int x1 = Math.min(image.getWidth() - 1, (int) Math.ceil(cx + r + 1));
		int y0 = Math.max(0, (int) Math.floor(cy - r - 1));
		int y1 = Math.min(image.getHeight() - 1, (int) Math.ceil(cy + r + 1));
		double nx = Math.cos(hiddenAngle);
		double ny = Math.sin(hiddenAngle);
		int sub = 8;
		for (int y = y0; y <= y1; y++) {
			for (int x = x0; x <= x1; x++) {
				double cr = 0;
				double cg = 0;
				double cb = 0;
				int covered = 0;
				double hr = 0;
				double hg = 0;
				double hb = 0;
				int hidden = 0;
				for (int sy = 0; sy < sub; sy++) {
					for (int sx = 0; sx < sub; sx++) {
						double px = x + (sx + 0.5) / sub;
						double py = y + (sy + 0.5) / sub;
						double dx = px - cx;
						double dy = py - cy;
						if (Double.isFinite(hiddenFrom) && dx * nx + dy * ny > hiddenFrom) {
							// The occluder is a strip a marker-width deep past the edge.
							if (dx * nx + dy * ny < hiddenFrom + diameter) {
								hr += (hiddenRgb >> 16) & 0xFF;
								hg += (hiddenRgb >> 8) & 0xFF;
								hb += hiddenRgb & 0xFF;
								hidden++;
							}
							continue;
						}
						double d2 = dx * dx + dy * dy;
						if (d2 > r * r) {
							continue;
						}
						double shade = 1;
						if (ball) {
							double nz = Math.sqrt(Math.max(0, 1 - d2 / (r * r)));
							// Light from the upper left and the camera: Lambert, with
							// ambient.
							double lambert = (lightX * dx / r + lightY * dy / r + 0.77 * nz);
							shade = 0.62 + 0.38 * Math.max(0, lambert);
						}
						cr += shade * ((rgb >> 16) & 0xFF);
						cg += shade * ((rgb >> 8) & 0xFF);
						cb += shade * (rgb & 0xFF);
						covered++;
					}
				}
				if (covered == 0 && hidden == 0) {
					continue;
				}
				int p = image.getRGB(x, y);
				double total = sub * sub;
				double keep = (total - covered - hidden) / total;
				double r2 = keep * ((p >> 16) & 0xFF) + (cr + hr) / total;
				double g2 = keep * ((p >> 8) & 0xFF) + (cg + hg) / total;
				double b2 = keep * (p & 0xFF) + (cb + hb) / total;
				image.setRGB(x, y, pack(r2, g2, b2));
			}
		}
	}

	/**
	 * Uneven light: a linear falloff across the photo and a soft-edged shadow over one
	 * side, each pixel multiplied by the light reaching it.
	 */
	static void light(BufferedImage image, double falloff, double shadowLevel, double shadowX) {
		int w = image.getWidth();
		// The light depends on the column alone: worked out once per column.
		double[] gains = new double[w];
		for (int x = 0; x < w; x++) {
			double gain = 1 - falloff * x / (double) w;
			double s = 1 / (1 + Math.exp(-(x - shadowX) / 12.0));
			gains[x] = gain * (1 - (1 - shadowLevel) * s);
		}
		Pixels pixels = Pixels.of(image);
		int[] rgb = pixels.rgb();
		for (int y = 0, k = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < w; x++, k++) {
				double gain = gains[x];
				int p = rgb[k];
				rgb[k] = pack(gain * ((p >> 16) & 0xFF), gain * ((p >> 8) & 0xFF), gain * (p & 0xFF));
			}
		}
		pixels.store();
	}

	/** A square photo of one plain colour, {@code size} pixels each way, to draw on. */
	static BufferedImage plain(int size, int rgb) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		int[] row = new int[size];
		Arrays.fill(row, rgb & 0xFFFFFF);
		for (int y = 0; y < size; y++) {
			image.setRGB(0, y, size, 1, row, 0, size);
		}
		return image;
	}

	/**
	 * A colour cast: the light's colour, which the camera's white balance left in the
	 * photo (warm under indoor bulbs, cool in shade or under daylight lamps), scales each
	 * channel of everything in the photo alike, markers included.
	 */
	static void cast(BufferedImage image, double red, double green, double blue) {
		Pixels pixels = Pixels.of(image);
		int[] rgb = pixels.rgb();
		for (int k = 0; k < rgb.length; k++) {
			int p = rgb[k];
			rgb[k] = pack(red * ((p >> 16) & 0xFF), green * ((p >> 8) & 0xFF), blue * (p & 0xFF));
		}
		pixels.store();
	}

	/** Separable Gaussian blur (defocus, motion shake), sigma in pixels. */
	static BufferedImage blur(BufferedImage image, double sigma) {
		if (sigma <= 0) {
			return image;
		}
		int radius = (int) Math.ceil(3 * sigma);
		double[] kernel = new double[2 * radius + 1];
		double sum = 0;
		for (int k = -radius; k <= radius; k++) {
			kernel[k + radius] = Math.exp(-k * k / (2 * sigma * sigma));
			sum += kernel[k + radius];
		}
		for (int k = 0; k < kernel.length; k++) {
			kernel[k] /= sum;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		int[] src = Pixels.of(image).rgb();
		// Each pixel's sums take the kernel's taps in the same order as a loop over the
		// taps per pixel would, so the blurred photo is the same to the last bit; the
		// loops are arranged for speed only: a tap at a time over a whole row (a loop the
		// compiler can vectorise), and each row padded with its edge pixels as far as
		// the kernel reaches past it, which is what clamping the index read.
		double[][] tmp = new double[3][w * h];
		double[] padded = new double[w + 2 * radius];
		for (int c = 0; c < 3; c++) {
			int shift = 16 - 8 * c;
			double[] out = tmp[c];
			for (int y = 0; y < h; y++) {
				int row = y * w;
				for (int i = 0; i < padded.length; i++) {
					padded[i] = (src[row + Math.max(0, Math.min(w - 1, i - radius))] >> shift) & 0xFF;
				}
				Arrays.fill(out, row, row + w, 0);
				for (int k = 0; k < kernel.length; k++) {
					double weight = kernel[k];
					for (int x = 0; x < w; x++) {
						out[row + x] += weight * padded[x + k];
					}
				}
			}
		}
		double[][] sums = new double[3][w];
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		int[] dst = Pixels.of(out).rgb();
		for (int y = 0; y < h; y++) {
			for (int c = 0; c < 3; c++) {
				double[] acc = sums[c];
				double[] in = tmp[c];
				Arrays.fill(acc, 0);
				for (int k = -radius; k <= radius; k++) {
					double weight = kernel[k + radius];
					int from = Math.max(0, Math.min(h - 1, y + k)) * w;
					for (int x = 0; x < w; x++) {
						acc[x] += weight * in[from + x];
					}
				}
			}
			for (int x = 0; x < w; x++) {
				dst[y * w + x] = pack(sums[0][x], sums[1][x], sums[2][x]);
			}
		}
		return out;
	}

	/** Gaussian sensor noise, sigma in grey levels, per channel. */
	static void noise(BufferedImage image, double sigma, Random random) {
		Pixels pixels = Pixels.of(image);
		int[] rgb = pixels.rgb();
		for (int k = 0; k < rgb.length; k++) {
			int p = rgb[k];
			rgb[k] = pack(((p >> 16) & 0xFF) + sigma * random.nextGaussian(),
					((p >> 8) & 0xFF) + sigma * random.nextGaussian(), (p & 0xFF) + sigma * random.nextGaussian());
		}
		pixels.store();
	}

	/**
	 * A photo's pixels as packed RGB, row by row, to change in place: the image's own
	 * buffer when it is a plain one of packed RGB ints (every photo the scenes draw),
	 * else a copy that {@link #store} writes back. Reading and writing a pixel at a time
	 * through {@code getRGB} and {@code setRGB} cost more than the change itself, and the
	 * scenes' photos run to 8 million pixels.
	 */
	private record Pixels(BufferedImage image, int[] rgb, boolean copied) {

		static Pixels of(BufferedImage image) {
			int w = image.getWidth();
			int h = image.getHeight();
			WritableRaster raster = image.getRaster();
			if (image.getType() == BufferedImage.TYPE_INT_RGB && raster.getParent() == null
					&& raster.getSampleModel() instanceof SinglePixelPackedSampleModel model
					&& model.getScanlineStride() == w && raster.getDataBuffer() instanceof DataBufferInt buffer
					&& buffer.getNumBanks() == 1 && buffer.getOffset() == 0 && buffer.getData().length == w * h) {
				return new Pixels(image, buffer.getData(), false);
			}
			return new Pixels(image, image.getRGB(0, 0, w, h, null, 0, w), true);
		}

		void store() {
			if (this.copied) {
				this.image.setRGB(0, 0, this.image.getWidth(), this.image.getHeight(), this.rgb, 0,
						this.image.getWidth());
			}
		}

	}

	/**
	 * The photo as a camera gives it: blurred by {@code blur} px, sensor noise of 2.5
	 * grey levels, then a JPEG round trip at {@code jpeg}.
	 */
	static RgbImage camera(BufferedImage image, double blur, float jpeg, Random random) {
		BufferedImage out = blur(image, blur);
		noise(out, 2.5, random);
		return RgbImage.of(jpeg(out, jpeg));
	}

	/** The photo after a JPEG round trip at the given quality (0-1). */
	static BufferedImage jpeg(BufferedImage image, float quality) {
		try {
			ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
				writer.setOutput(out);
				ImageWriteParam param = writer.getDefaultWriteParam();
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(quality);
				writer.write(null, new IIOImage(image, null, null), param);
			}
			finally {
				writer.dispose();
			}
			BufferedImage read = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
			BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
			rgb.getGraphics().drawImage(read, 0, 0, null);
			return rgb;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BufferedImage copy(BufferedImage image) {
		BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		copy.getGraphics().drawImage(image, 0, 0, null);
		return copy;
	}

	/** A colour from its channels, each rounded and held to 0-255. */
	static int pack(double r, double g, double b) {
		return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
	}

	private static int clamp(double value) {
		return (int) Math.max(0, Math.min(255, Math.round(value)));
	}

}
