package org.realign.pose;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Variations of a reference photo that a practitioner's camera produces: the person
 * cropped tightly so that they fill the frame, the camera tilted by 15 degrees either
 * way, an underexposed shot. Made in the test from the reference photos and their
 * reference landmarks (for the person's extent), so none is checked in; each carries the
 * transform from the reference photo's pixels to its own, to check where the landmarks
 * land.
 */
final class PhotoVariations {

	/**
	 * A variation of a photo.
	 *
	 * @param name what it is
	 * @param image its pixels
	 * @param fromReference maps the reference photo's pixels to this image's
	 */
	record Variation(String name, BufferedImage image, AffineTransform fromReference) {

		/** The reference landmarks (x0, y0, x1, ...) in this image's pixels. */
		double[] map(double[] landmarks) {
			double[] mapped = new double[landmarks.length];
			this.fromReference.transform(landmarks, 0, mapped, 0, landmarks.length / 2);
			return mapped;
		}

	}

	private PhotoVariations() {
	}

	/**
	 * @param photoName the name used in the variations' names
	 * @param photo the reference photo
	 * @param landmarks the person's 33 reference landmarks, x0, y0, x1, y1, ...
	 */
	static List<Variation> of(String photoName, BufferedImage photo, double[] landmarks) {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (int i = 0; i < 33; i++) {
			minX = Math.min(minX, landmarks[2 * i]);
			maxX = Math.max(maxX, landmarks[2 * i]);
			minY = Math.min(minY, landmarks[2 * i + 1]);
			maxY = Math.max(maxY, landmarks[2 * i + 1]);
		}
		double height = maxY - minY;
		// The landmarks stop at the eyes: the top of the head is about a sixth of the
		// eye-to-foot height above them.
		double top = minY - height / 6;
		List<Variation> variations = new ArrayList<>();
		Variation tight = null;
		for (double margin : new double[] { 0.03, 0.0 }) {
			double mx = (maxX - minX) * margin;
			double my = (maxY - top) * margin;
			Variation crop = crop(
					String.format(Locale.ROOT, "%s cropped to the person, margin %.0f%%", photoName, margin * 100),
					photo, minX - mx, top - my, maxX + mx, maxY + my);
			variations.add(crop);
			tight = crop;
		}
		for (double inside : new double[] { 0, 0.05, 0.1 }) {
			double ix = (maxX - minX) * inside;
			double iy = (maxY - minY) * inside;
			variations.add(crop(String.format(Locale.ROOT, "%s cropped %.0f%% inside the eyes-to-feet box", photoName,
					inside * 100), photo, minX + ix, minY + iy, maxX - ix, maxY - iy));
		}
		for (double degrees : new double[] { -15, 15 }) {
			variations.add(rotate(String.format(Locale.ROOT, "%s rotated %+.0f deg", photoName, degrees),
					new Variation(photoName, photo, new AffineTransform()), Math.toRadians(degrees)));
			variations.add(rotate(
					String.format(Locale.ROOT, "%s cropped to the person, rotated %+.0f deg", photoName, degrees),
					tight, Math.toRadians(degrees)));
		}
		for (double exposure : new double[] { 0.2, 0.05, 0.02 }) {
			variations.add(darker(String.format(Locale.ROOT, "%s underexposed x%.2f", photoName, exposure),
					new Variation(photoName, photo, new AffineTransform()), exposure));
		}
		variations.add(darker(photoName + " cropped to the person, underexposed x0.05", tight, 0.05));
		return variations;
	}

	static Variation crop(String name, BufferedImage photo, double x0, double y0, double x1, double y1) {
		int left = (int) Math.max(0, Math.floor(x0));
		int top = (int) Math.max(0, Math.floor(y0));
		int right = (int) Math.min(photo.getWidth(), Math.ceil(x1));
		int bottom = (int) Math.min(photo.getHeight(), Math.ceil(y1));
		BufferedImage out = new BufferedImage(right - left, bottom - top, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.drawImage(photo, -left, -top, null);
		g.dispose();
		return new Variation(name, out, AffineTransform.getTranslateInstance(-left, -top));
	}

	/**
	 * Rotated about the centre on a canvas of the same size (corners cut, as a tilted
	 * camera).
	 */
	static Variation rotate(String name, Variation source, double radians) {
		BufferedImage photo = source.image();
		BufferedImage out = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
		AffineTransform rotation = AffineTransform.getRotateInstance(radians, photo.getWidth() / 2.0,
				photo.getHeight() / 2.0);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(photo, rotation, null);
		g.dispose();
		AffineTransform transform = new AffineTransform(rotation);
		transform.concatenate(source.fromReference());
		return new Variation(name, out, transform);
	}

	/**
	 * Underexposed: linear light scaled by {@code exposure} (sRGB taken as gamma 2.2), as
	 * a shot with too short an exposure.
	 */
	static Variation darker(String name, Variation source, double exposure) {
		BufferedImage photo = source.image();
		int[] table = new int[256];
		for (int v = 0; v < 256; v++) {
			table[v] = (int) Math.round(255 * Math.pow(Math.pow(v / 255.0, 2.2) * exposure, 1 / 2.2));
		}
		int w = photo.getWidth();
		int h = photo.getHeight();
		int[] pixels = photo.getRGB(0, 0, w, h, null, 0, w);
		for (int i = 0; i < pixels.length; i++) {
			int rgb = pixels[i];
			pixels[i] = (table[(rgb >> 16) & 0xFF] << 16) | (table[(rgb >> 8) & 0xFF] << 8) | table[rgb & 0xFF];
		}
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		out.setRGB(0, 0, w, h, pixels, 0, w);
		return new Variation(name, out, source.fromReference());
	}

	static Point2D point(double[] xy, int index) {
		return new Point2D.Double(xy[2 * index], xy[2 * index + 1]);
	}

}
