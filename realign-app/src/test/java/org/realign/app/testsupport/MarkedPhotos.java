package org.realign.app.testsupport;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;

import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.View;
import org.realign.pose.ModelStore;
import org.realign.pose.PoseEstimator;
import org.realign.pose.PoseLandmark;
import org.realign.pose.PoseModel;
import org.realign.pose.marker.MarkerSites;

/**
 * Reference photos with skin markers drawn at a view's marker sites, for the app's tests:
 * the pose model places the keypoints, {@link MarkerSites} says where the view's markers
 * sit, and each marker is drawn there as a flat, anti-aliased dot (8 × 8 sub-samples per
 * pixel, so its edge is soft and its centre sub-pixel), then the photo is saved as a
 * JPEG. The drawn centres are the truth (pixel {@code i} covers {@code [i, i + 1)}). The
 * detector's own acceptance test draws far harder scenes (blur, noise, shade, partly
 * hidden markers); these only need to be real photos with markers where a practitioner
 * sticks them.
 */
public final class MarkedPhotos {

	/** A drawn marker: the point it marks and its centre. */
	public record Drawn(LandmarkId id, double x, double y) {
	}

	/**
	 * The photo written, its markers at the view's sites, and the extra markers (at
	 * keypoints, off the view's marker set: to be left unnamed).
	 */
	public record Marked(Path file, List<Drawn> drawn, List<double[]> extra) {

		public Drawn of(LandmarkId id) {
			return this.drawn.stream().filter((d) -> d.id() == id).findFirst().orElseThrow();
		}

	}

	private MarkedPhotos() {
	}

	/**
	 * @param reference a reference photo's name ({@link CommandRun#reference})
	 * @param view the view whose marker set is drawn
	 * @param diameter the markers' diameter, pixels
	 * @param rgb their colour
	 * @param target the JPEG written
	 * @param extraAt keypoint indices (BlazePose order) where one more marker is drawn
	 */
	public static Marked draw(String reference, View view, double diameter, int rgb, Path target, int... extraAt) {
		return draw(reference, 1, view, diameter, rgb, target, extraAt);
	}

	/**
	 * As {@link #draw(String, View, double, int, Path, int...)}, the photo first enlarged
	 * (bicubic) by a whole factor, as a phone's larger photo.
	 */
	public static Marked draw(String reference, int scale, View view, double diameter, int rgb, Path target,
			int... extraAt) {
		try {
			BufferedImage photo = ImageIO.read(CommandRun.reference(reference).toFile());
			BufferedImage image = new BufferedImage(photo.getWidth() * scale, photo.getHeight() * scale,
					BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.drawImage(photo, 0, 0, image.getWidth(), image.getHeight(), null);
			g.dispose();
			List<PoseLandmark> keypoints;
			try (PoseEstimator estimator = PoseEstimator
				.open(ModelStore.fromEnvironment().ensureAvailable(PoseModel.FULL), 1)) {
				keypoints = estimator.estimate(image).orElseThrow().landmarks();
			}
			List<Drawn> drawn = new ArrayList<>();
			for (MarkerSites.Site site : MarkerSites.predict(view, keypoints)) {
				boolean crowded = drawn.stream()
					.anyMatch((d) -> Math.hypot(d.x() - site.x(), d.y() - site.y()) < 2 * diameter);
				if (!crowded && site.x() > diameter && site.y() > diameter && site.x() < image.getWidth() - diameter
						&& site.y() < image.getHeight() - diameter) {
					disc(image, site.x(), site.y(), diameter, rgb);
					drawn.add(new Drawn(site.id(), site.x(), site.y()));
				}
			}
			List<double[]> extra = new ArrayList<>();
			for (int keypoint : extraAt) {
				PoseLandmark at = keypoints.get(keypoint);
				disc(image, at.x(), at.y(), diameter, rgb);
				extra.add(new double[] { at.x(), at.y() });
			}
			jpeg(image, target);
			return new Marked(target, drawn, extra);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A flat dot, each pixel blended by the share of its 8 × 8 sub-samples it covers. */
	static void disc(BufferedImage image, double cx, double cy, double diameter, int rgb) {
		double r = diameter / 2;
		int sub = 8;
		for (int y = (int) Math.floor(cy - r - 1); y <= Math.ceil(cy + r + 1); y++) {
			for (int x = (int) Math.floor(cx - r - 1); x <= Math.ceil(cx + r + 1); x++) {
				int covered = 0;
				for (int sy = 0; sy < sub; sy++) {
					for (int sx = 0; sx < sub; sx++) {
						double dx = x + (sx + 0.5) / sub - cx;
						double dy = y + (sy + 0.5) / sub - cy;
						covered += (dx * dx + dy * dy <= r * r) ? 1 : 0;
					}
				}
				double a = covered / (double) (sub * sub);
				int p = image.getRGB(x, y);
				image.setRGB(x, y,
						(blend(p >> 16, rgb >> 16, a) << 16) | (blend(p >> 8, rgb >> 8, a) << 8) | blend(p, rgb, a));
			}
		}
	}

	private static int blend(int under, int over, double a) {
		return (int) Math.round((under & 0xFF) * (1 - a) + (over & 0xFF) * a);
	}

	private static void jpeg(BufferedImage image, Path target) throws IOException {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
		ImageWriter writer = writers.next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(0.92f);
		try (FileImageOutputStream out = new FileImageOutputStream(target.toFile())) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
	}

}
