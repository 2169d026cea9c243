package org.realign.pose;

import java.nio.FloatBuffer;

/**
 * The crop sampler as first written, in double arithmetic: the reference that
 * {@link CropSampler}'s integer version must match bit for bit.
 */
final class ReferenceCropSampler {

	private ReferenceCropSampler() {
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
		double cos = Math.cos(rotation);
		double sin = Math.sin(rotation);
		float scale = (max - min) / 255f;
		int w = image.width();
		int h = image.height();
		float[] row = new float[size * 3];
		for (int v = 0; v < size; v++) {
			double ly = ((double) v / size - 0.5) * height;
			for (int u = 0; u < size; u++) {
				double lx = ((double) u / size - 0.5) * width;
				double sx = centerX + cos * lx - sin * ly;
				double sy = centerY + sin * lx + cos * ly;
				int x0 = (int) Math.floor(sx);
				int y0 = (int) Math.floor(sy);
				double fx = Math.round((sx - x0) * 32) / 32.0;
				double fy = Math.round((sy - y0) * 32) / 32.0;
				double r = 0;
				double g = 0;
				double b = 0;
				for (int dy = 0; dy < 2; dy++) {
					double wy = (dy == 0) ? 1 - fy : fy;
					if (wy == 0) {
						continue;
					}
					int yy = y0 + dy;
					for (int dx = 0; dx < 2; dx++) {
						double wx = (dx == 0) ? 1 - fx : fx;
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
						double weight = wx * wy;
						r += ((p >> 16) & 0xFF) * weight;
						g += ((p >> 8) & 0xFF) * weight;
						b += (p & 0xFF) * weight;
					}
				}
				int i = u * 3;
				row[i] = Math.round(r) * scale + min;
				row[i + 1] = Math.round(g) * scale + min;
				row[i + 2] = Math.round(b) * scale + min;
			}
			out.put(v * size * 3, row);
		}
	}

}
