package org.realign.pose;

import java.nio.FloatBuffer;

/**
 * Fills an RGB float tensor from a rotated rectangle of an image, with bilinear sampling.
 * <p>
 * Mirrors the OpenCV path of MediaPipe's {@code ImageToTensorCalculator} [1]: the
 * rectangle's corners map to the tensor's corners ({@code warpPerspective} with
 * {@code INTER_LINEAR}, pixel centres at integer coordinates), then values are scaled
 * from 0..255 to the model's range. Outside the image the border is either black
 * (detector, {@code BORDER_ZERO}) or the nearest edge pixel (landmark model, the default
 * {@code BORDER_REPLICATE}).
 * <p>
 * [1] mediapipe/calculators/tensor/image_to_tensor_converter_opencv.cc
 */
final class CropSampler {

	private CropSampler() {
	}

	/**
	 * @param image source pixels
	 * @param centerX rectangle centre, pixels
	 * @param centerY rectangle centre, pixels
	 * @param width rectangle width, pixels
	 * @param height rectangle height, pixels
	 * @param rotation rectangle rotation, radians
	 * @param out the tensor, NHWC, {@code size * size * 3} floats
	 * @param size tensor width and height
	 * @param min value of a black pixel
	 * @param max value of a white pixel
	 * @param replicateBorder whether outside pixels repeat the edge, else they are black
	 */
	static void sample(RgbImage image, double centerX, double centerY, double width, double height, double rotation,
			FloatBuffer out, int size, float min, float max, boolean replicateBorder) {
		sample(image, centerX, centerY, width, height, rotation, out, size, min, max, replicateBorder, false);
	}

	/**
	 * As above; {@code mirror} samples the rectangle mirrored along its own x axis (the
	 * horizontal flip of test-time augmentation).
	 */
	static void sample(RgbImage image, double centerX, double centerY, double width, double height, double rotation,
			FloatBuffer out, int size, float min, float max, boolean replicateBorder, boolean mirror) {
		double cos = Math.cos(rotation);
		double sin = Math.sin(rotation);
		float scale = (max - min) / 255f;
		int w = image.width();
		int h = image.height();
		float[] row = new float[size * 3];
		// The tensor value of each 8-bit level, computed as the reference does.
		float[] levels = new float[256];
		for (int level = 0; level < 256; level++) {
			levels[level] = level * scale + min;
		}
		// The source position is (centerX + cos * lx) - sin * ly, (centerY + sin * lx) +
		// cos * ly: the first sums are the same on every row, so they are computed once,
		// in the same order of operations (the same doubles as computing them per pixel).
		double[] ax = new double[size];
		double[] ay = new double[size];
		for (int u = 0; u < size; u++) {
			double lx = ((double) u / size - 0.5) * (mirror ? -width : width);
			ax[u] = centerX + cos * lx;
			ay[u] = centerY + sin * lx;
		}
		int[] packed = image.packed();
		byte[] bytes = image.bytes();
		int red = image.red();
		int green = image.green();
		int blue = image.blue();
		for (int v = 0; v < size; v++) {
			double ly = ((double) v / size - 0.5) * height;
			double sinLy = sin * ly;
			double cosLy = cos * ly;
			for (int u = 0; u < size; u++) {
				double sx = ax[u] - sinLy;
				double sy = ay[u] + cosLy;
				// Math.floor, without the call (exact for the range of int).
				int x0 = (int) sx;
				if (x0 > sx) {
					x0--;
				}
				int y0 = (int) sy;
				if (y0 > sy) {
					y0--;
				}
				// Sub-pixel positions in 1/32 px, as OpenCV's fixed-point warp: the
				// weights are whole multiples of 1/1024, so integer sums give exactly
				// what the double arithmetic gave. The fractions are in [0, 32), where
				// adding one half and truncating is Math.round.
				int kx = (int) ((sx - x0) * 32 + 0.5);
				int ky = (int) ((sy - y0) * 32 + 0.5);
				int r;
				int g;
				int b;
				if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h) {
					int top = y0 * w + x0;
					int w00 = (32 - kx) * (32 - ky);
					int w01 = kx * (32 - ky);
					int w10 = (32 - kx) * ky;
					int w11 = kx * ky;
					if (packed != null) {
						int p00 = packed[top];
						int p01 = packed[top + 1];
						int p10 = packed[top + w];
						int p11 = packed[top + w + 1];
						r = ((p00 >> 16) & 0xFF) * w00 + ((p01 >> 16) & 0xFF) * w01 + ((p10 >> 16) & 0xFF) * w10
								+ ((p11 >> 16) & 0xFF) * w11;
						g = ((p00 >> 8) & 0xFF) * w00 + ((p01 >> 8) & 0xFF) * w01 + ((p10 >> 8) & 0xFF) * w10
								+ ((p11 >> 8) & 0xFF) * w11;
						b = (p00 & 0xFF) * w00 + (p01 & 0xFF) * w01 + (p10 & 0xFF) * w10 + (p11 & 0xFF) * w11;
					}
					else {
						int q00 = 3 * top;
						int q01 = q00 + 3;
						int q10 = q00 + 3 * w;
						int q11 = q10 + 3;
						r = (bytes[q00 + red] & 0xFF) * w00 + (bytes[q01 + red] & 0xFF) * w01
								+ (bytes[q10 + red] & 0xFF) * w10 + (bytes[q11 + red] & 0xFF) * w11;
						g = (bytes[q00 + green] & 0xFF) * w00 + (bytes[q01 + green] & 0xFF) * w01
								+ (bytes[q10 + green] & 0xFF) * w10 + (bytes[q11 + green] & 0xFF) * w11;
						b = (bytes[q00 + blue] & 0xFF) * w00 + (bytes[q01 + blue] & 0xFF) * w01
								+ (bytes[q10 + blue] & 0xFF) * w10 + (bytes[q11 + blue] & 0xFF) * w11;
					}
				}
				else if (!replicateBorder && (x0 + 1 < 0 || y0 + 1 < 0 || x0 >= w || y0 >= h)) {
					// All four neighbours outside, on a black border (the detector's
					// letterbox bands).
					r = 0;
					g = 0;
					b = 0;
				}
				else {
					r = 0;
					g = 0;
					b = 0;
					for (int dy = 0; dy < 2; dy++) {
						int wy = (dy == 0) ? 32 - ky : ky;
						if (wy == 0) {
							continue;
						}
						int yy = y0 + dy;
						for (int dx = 0; dx < 2; dx++) {
							int wx = (dx == 0) ? 32 - kx : kx;
							if (wx == 0) {
								continue;
							}
							int xx = x0 + dx;
							int p;
							if (xx < 0 || yy < 0 || xx >= w || yy >= h) {
								if (!replicateBorder) {
									continue;
								}
								p = image.rgb(Math.min(h - 1, Math.max(0, yy)) * w + Math.min(w - 1, Math.max(0, xx)));
							}
							else {
								p = image.rgb(yy * w + xx);
							}
							int weight = wx * wy;
							r += ((p >> 16) & 0xFF) * weight;
							g += ((p >> 8) & 0xFF) * weight;
							b += (p & 0xFF) * weight;
						}
					}
				}
				int i = u * 3;
				// Math.round(r / 1024.0) for the non-negative sums, in integers.
				row[i] = levels[(r + 512) >> 10];
				row[i + 1] = levels[(g + 512) >> 10];
				row[i + 2] = levels[(b + 512) >> 10];
			}
			out.put(v * size * 3, row);
		}
	}

}
