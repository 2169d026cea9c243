package org.realign.pose.marker;

import java.util.List;

import org.realign.pose.PoseKeypoint;
import org.realign.pose.PoseLandmark;
import org.realign.pose.RgbImage;

/**
 * A photo's pixels around the person, reduced so that the largest marker a practice uses
 * is no larger than the candidate scan's largest scale. Markers are sized against the
 * body, not the photo: a phone's 12-megapixel photo of a person filling the frame shows a
 * 25 mm dot 50-60 px across, beyond the scan's scales (6-42 px), where it would not be
 * found at all, and its pixels cost fifteen times a small photo's. Reduced, the same dot
 * is found as on a photo taken from further away, and its centre and error are scaled
 * back.
 * <p>
 * Each reduced pixel is the average of the area of the photo it covers, as a camera's
 * pixel integrates the light that falls on its area, so that a marker keeps its soft edge
 * and its colour, and the photo's noise and JPEG blocks average out. In continuous
 * coordinates (pixel {@code i} covers {@code [i, i + 1)}), a point {@code x} of the
 * reduced image is {@code left + factor * x} of the photo.
 *
 * @param image the reduced pixels
 * @param left the photo's column where the reduced image starts
 * @param top the photo's row where it starts
 * @param factor how many photo pixels one reduced pixel spans, each way
 */
record ReducedPhoto(RgbImage image, int left, int top, double factor) {

	/**
	 * The largest a marker can be across on this body, against the trunk (mid-shoulder to
	 * mid-hip): 25 mm dots, the largest of the 10-25 mm a practice sticks, on a 450 mm
	 * trunk (the short end of adults'), measured up to 1.15 times their size (blur's
	 * halo, a marker nearer the camera than the trunk's keypoints).
	 */
	static final double MAX_OF_TRUNK = 25 / 450.0 * 1.15;

	/**
	 * The largest marker the candidate scan answers to at its own scale, pixels: its
	 * largest ring is for 42 px, and a marker a little larger still answers it.
	 */
	static final double LARGEST_SCANNED = 42;

	/**
	 * How much a photo of this body is to be reduced: 1 (not at all) unless the largest
	 * marker on it could be larger than the detector finds ({@code MAX_DIAMETER}, 46 px),
	 * then until it is no larger than {@link #LARGEST_SCANNED}. The smallest marker then
	 * comes to {@code MarkerDetector.MIN_OF_TRUNK / MAX_OF_TRUNK} of that, 8 px. A photo
	 * whose markers are all found as it is stays as it is: a slight reduction gains no
	 * marker and blurs each a little (on the drawn scenes, reducing by 1.03 lost two 27
	 * px markers of 2,337).
	 */
	static double factorFor(List<PoseLandmark> keypoints) {
		if (keypoints.size() < PoseKeypoint.COUNT) {
			return 1;
		}
		double largest = MAX_OF_TRUNK * MarkerDetector.trunk(keypoints);
		return (largest > MarkerDetector.MAX_DIAMETER) ? largest / LARGEST_SCANNED : 1;
	}

	/**
	 * The pixels {@code [left, right) × [top, bottom)} of a photo, reduced by a factor of
	 * at least 1 by averaging the area each new pixel covers (separably: each row's runs,
	 * then each column's).
	 */
	static ReducedPhoto of(RgbImage photo, int left, int top, int right, int bottom, double factor) {
		int width = Math.max(1, (int) Math.floor((right - left) / factor));
		int height = Math.max(1, (int) Math.floor((bottom - top) / factor));
		int rows = bottom - top;
		Spans across = Spans.of(left, width, factor, photo.width());
		Spans down = Spans.of(top, height, factor, photo.height());
		// Rows first: each of the photo's rows in the box, averaged over each new
		// column's span.
		float[] wide = new float[3 * width * rows];
		for (int y = 0; y < rows; y++) {
			int row = (top + y) * photo.width();
			for (int x = 0; x < width; x++) {
				float r = 0;
				float g = 0;
				float b = 0;
				for (int k = across.start[x]; k < across.start[x + 1]; k++) {
					int p = photo.rgb(row + across.index[k]);
					float w = across.weight[k];
					r += w * ((p >> 16) & 0xFF);
					g += w * ((p >> 8) & 0xFF);
					b += w * (p & 0xFF);
				}
				int at = 3 * (y * width + x);
				wide[at] = r;
				wide[at + 1] = g;
				wide[at + 2] = b;
			}
		}
		int[] packed = new int[width * height];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				float r = 0;
				float g = 0;
				float b = 0;
				for (int k = down.start[y]; k < down.start[y + 1]; k++) {
					int at = 3 * ((down.index[k] - top) * width + x);
					float w = down.weight[k];
					r += w * wide[at];
					g += w * wide[at + 1];
					b += w * wide[at + 2];
				}
				packed[y * width + x] = (channel(r) << 16) | (channel(g) << 8) | channel(b);
			}
		}
		return new ReducedPhoto(new RgbImage(width, height, packed, null, 0, 0, 0), left, top, factor);
	}

	private static int channel(float value) {
		return Math.max(0, Math.min(255, Math.round(value)));
	}

	/** A keypoint of the photo, in the reduced image's pixels. */
	PoseLandmark reduce(PoseLandmark p) {
		return new PoseLandmark(p.keypoint(), (p.x() - this.left) / this.factor, (p.y() - this.top) / this.factor,
				p.z() / this.factor, p.visibility(), p.presence());
	}

	/** A marker found on the reduced image, in the photo's pixels. */
	Marker restore(Marker m) {
		return new Marker(this.left + m.x() * this.factor, this.top + m.y() * this.factor, m.diameter() * this.factor,
				m.confidence(), m.uncertainty() * this.factor, m.rgb());
	}

	/**
	 * For each new pixel along one axis, the photo's pixels its span covers and the share
	 * of the span each covers (summing to 1): new pixel {@code n} spans
	 * {@code [origin + n * factor, origin + (n + 1) * factor)}, its pixels are
	 * {@code index[start[n]] .. index[start[n + 1] - 1]}.
	 */
	private record Spans(int[] start, int[] index, float[] weight) {

		static Spans of(int origin, int count, double factor, int limit) {
			int most = count * ((int) Math.ceil(factor) + 1);
			int[] start = new int[count + 1];
			int[] index = new int[most];
			float[] weight = new float[most];
			int k = 0;
			for (int n = 0; n < count; n++) {
				start[n] = k;
				double from = origin + n * factor;
				double to = Math.min(limit, from + factor);
				double span = to - from;
				for (int i = (int) Math.floor(from); i < to; i++) {
					double covered = Math.min(i + 1, to) - Math.max(i, from);
					if (covered > 0) {
						index[k] = i;
						weight[k] = (float) (covered / span);
						k++;
					}
				}
			}
			start[count] = k;
			return new Spans(start, index, weight);
		}

	}

}
