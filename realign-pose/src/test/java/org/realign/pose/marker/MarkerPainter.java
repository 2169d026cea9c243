package org.realign.pose.marker;

import java.awt.image.BufferedImage;
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
		draw(image, cx, cy, diameter, rgb, ball, hiddenFrom, hiddenAngle, hiddenRgb, -0.4, -0.5);
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
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < w; x++) {
				double gain = 1 - falloff * x / (double) w;
				double s = 1 / (1 + Math.exp(-(x - shadowX) / 12.0));
				gain *= 1 - (1 - shadowLevel) * s;
				int p = image.getRGB(x, y);
				image.setRGB(x, y, pack(gain * ((p >> 16) & 0xFF), gain * ((p >> 8) & 0xFF), gain * (p & 0xFF)));
			}
		}
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
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int p = image.getRGB(x, y);
				image.setRGB(x, y, pack(red * ((p >> 16) & 0xFF), green * ((p >> 8) & 0xFF), blue * (p & 0xFF)));
			}
		}
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
		int[] src = image.getRGB(0, 0, w, h, null, 0, w);
		double[][] tmp = new double[3][w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				double r = 0;
				double g = 0;
				double b = 0;
				for (int k = -radius; k <= radius; k++) {
					int p = src[y * w + Math.max(0, Math.min(w - 1, x + k))];
					double c = kernel[k + radius];
					r += c * ((p >> 16) & 0xFF);
					g += c * ((p >> 8) & 0xFF);
					b += c * (p & 0xFF);
				}
				tmp[0][y * w + x] = r;
				tmp[1][y * w + x] = g;
				tmp[2][y * w + x] = b;
			}
		}
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		int[] dst = new int[w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				double r = 0;
				double g = 0;
				double b = 0;
				for (int k = -radius; k <= radius; k++) {
					int q = Math.max(0, Math.min(h - 1, y + k)) * w + x;
					double c = kernel[k + radius];
					r += c * tmp[0][q];
					g += c * tmp[1][q];
					b += c * tmp[2][q];
				}
				dst[y * w + x] = pack(r, g, b);
			}
		}
		out.setRGB(0, 0, w, h, dst, 0, w);
		return out;
	}

	/** Gaussian sensor noise, sigma in grey levels, per channel. */
	static void noise(BufferedImage image, double sigma, Random random) {
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int p = image.getRGB(x, y);
				image.setRGB(x, y, pack(((p >> 16) & 0xFF) + sigma * random.nextGaussian(),
						((p >> 8) & 0xFF) + sigma * random.nextGaussian(), (p & 0xFF) + sigma * random.nextGaussian()));
			}
		}
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
