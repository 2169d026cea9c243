package org.realign.pose.marker;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.realign.pose.RgbImage;
import org.realign.pose.marker.MarkerDetector.Candidate;
import org.realign.pose.marker.MarkerDetector.Region;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate search's fast path (an integral image over the body mask's reach only,
 * reused buffers, means without a division) finds exactly the candidates of the plain
 * search it replaced: the same cells, in the same order, with the same strength to the
 * last bit. The plain search is written out below: one integral image over the whole
 * image, each cell's means as {@code sum / area} in float, and cells near the region's
 * edges filtered with their boxes read beyond it.
 */
class MarkerScanTest {

	private static final double[] RADII = { 3, 4.5, 6.5, 9, 12.5, 17, 21 };

	private static final float[] FLOOR = { 22, 18, 18 };

	@Test
	void theCandidatesAreThoseOfThePlainSearchOnTexturedImagesWithMarkers() {
		Random random = new Random(19);
		int compared = 0;
		for (int trial = 0; trial < 12; trial++) {
			int width = 180 + random.nextInt(160);
			int height = 180 + random.nextInt(160);
			boolean bytes = trial % 2 == 0;
			RgbImage image = image(random, width, height, bytes);
			int left = random.nextInt(30);
			int top = random.nextInt(30);
			int right = width - random.nextInt(30);
			int bottom = height - random.nextInt(30);
			// A body mask of a few rectangles of blocks (the limbs), near the region's
			// edges too, so that the fast path's integral image is clipped on every side;
			// no mask (the whole region) in every fourth trial.
			boolean[] mask = (trial % 4 == 3) ? null : mask(random, right - left, bottom - top);
			Region region = new Region(left, top, right, bottom, mask);
			for (Optional<MarkerColour> colour : List.of(Optional.<MarkerColour>empty(), MarkerColour.parse("white"),
					MarkerColour.parse("blue"))) {
				List<Candidate> expected = plainResponses(image, region, colour);
				List<Candidate> found = MarkerDetector.responses(image, region, colour);
				assertThat(found).as("trial %d, colour %s", trial, colour).isEqualTo(expected);
				compared += expected.size();
			}
		}
		// The images answer: the comparison is not of empty lists.
		assertThat(compared).isGreaterThan(2000);
	}

	@Test
	void aPhotoAloneInFlightFindsTheSameCandidatesOnEveryThread() {
		Random random = new Random(5);
		RgbImage image = image(random, 300, 260, false);
		Region region = new Region(10, 12, 290, 250, mask(random, 280, 238));
		List<Candidate> expected = plainResponses(image, region, Optional.empty());
		assertThat(MarkerDetector.candidates(image, region, Optional.empty()))
			.isEqualTo(MarkerDetector.suppress(new ArrayList<>(expected), region));
	}

	@Test
	void aPhotoTooLargeForTheKeptBuffersIsSearchedAlikeAndSoIsTheNext() {
		Random random = new Random(11);
		// A person region over the entries kept from photo to photo (2.8 megapixels),
		// then a small one on the same thread.
		RgbImage large = image(random, 2000, 1500, true);
		Region whole = new Region(0, 0, 2000, 1500);
		assertThat(3L * 2001 * 1501).isGreaterThan(MarkerDetector.Scratch.KEEP);
		assertThat(1000L * 750).isGreaterThan(MarkerDetector.Scratch.KEEP / 12);
		assertThat(MarkerDetector.responses(large, whole, Optional.empty()))
			.isEqualTo(plainResponses(large, whole, Optional.empty()));
		RgbImage small = image(random, 200, 180, false);
		Region region = new Region(5, 5, 195, 175, mask(random, 190, 170));
		assertThat(MarkerDetector.responses(small, region, Optional.empty()))
			.isEqualTo(plainResponses(small, region, Optional.empty()));
	}

	@Test
	void aMaskAllowingNothingFindsNothing() {
		RgbImage image = image(new Random(3), 120, 120, true);
		Region region = new Region(0, 0, 120, 120,
				new boolean[(120 / MarkerDetector.BLOCK + 1) * (120 / MarkerDetector.BLOCK + 1)]);
		assertThat(MarkerDetector.responses(image, region, Optional.empty())).isEmpty();
		assertThat(plainResponses(image, region, Optional.empty())).isEmpty();
	}

	/**
	 * Skin-like noise and gradients, with dots of several colours and sizes (6-40 px),
	 * some of them near the image's and the mask's edges.
	 */
	private static RgbImage image(Random random, int width, int height, boolean bytes) {
		BufferedImage image = new BufferedImage(width, height,
				bytes ? BufferedImage.TYPE_3BYTE_BGR : BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int r = clamp(190 + 30 * Math.sin(x / 37.0) + random.nextGaussian() * 9);
				int g = clamp(140 + 25 * Math.cos(y / 23.0) + random.nextGaussian() * 9);
				int b = clamp(120 + random.nextGaussian() * 9);
				image.setRGB(x, y, (r << 16) | (g << 8) | b);
			}
		}
		int[] colours = { 0xF4F4F2, 0x1FB84A, 0x2255DD, 0xF2DC28, 0x22C8D8, 0x202020 };
		int dots = 25 + random.nextInt(20);
		for (int d = 0; d < dots; d++) {
			double cx = random.nextDouble() * width;
			double cy = random.nextDouble() * height;
			double radius = 3 + random.nextDouble() * 17;
			int c = colours[random.nextInt(colours.length)];
			for (int y = Math.max(0, (int) (cy - radius)); y < Math.min(height, cy + radius + 1); y++) {
				for (int x = Math.max(0, (int) (cx - radius)); x < Math.min(width, cx + radius + 1); x++) {
					if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) < radius) {
						int r = clamp(((c >> 16) & 0xFF) + random.nextGaussian() * 5);
						int g = clamp(((c >> 8) & 0xFF) + random.nextGaussian() * 5);
						int b = clamp((c & 0xFF) + random.nextGaussian() * 5);
						image.setRGB(x, y, (r << 16) | (g << 8) | b);
					}
				}
			}
		}
		RgbImage rgb = RgbImage.of(image);
		assertThat(rgb.bytes() != null).isEqualTo(bytes);
		return rgb;
	}

	private static boolean[] mask(Random random, int w, int h) {
		int bw = w / MarkerDetector.BLOCK + 1;
		int bh = h / MarkerDetector.BLOCK + 1;
		boolean[] mask = new boolean[bw * bh];
		for (int k = 0; k < 3; k++) {
			int x0 = random.nextInt(bw);
			int y0 = random.nextInt(bh);
			int x1 = Math.min(bw, x0 + 3 + random.nextInt(bw / 2));
			int y1 = Math.min(bh, y0 + 3 + random.nextInt(bh / 2));
			for (int y = y0; y < y1; y++) {
				for (int x = x0; x < x1; x++) {
					mask[y * bw + x] = true;
				}
			}
		}
		return mask;
	}

	private static int clamp(double v) {
		return (int) Math.max(0, Math.min(255, Math.round(v)));
	}

	/**
	 * The search written out plainly: the whole image's integral image, float divisions;
	 * a cell every {@code step} pixels from {@code outer} inside the region's edges, and
	 * before them as far as the region and the image allow (a marker near the region's
	 * edge answers with its ring read outside the region).
	 */
	static List<Candidate> plainResponses(RgbImage image, Region region, Optional<MarkerColour> colour) {
		int w = image.width();
		int h = image.height();
		int stride = w + 1;
		int[] integral = new int[3 * stride * (h + 1)];
		for (int y = 0; y < h; y++) {
			int rowW = 0;
			int rowA = 0;
			int rowB = 0;
			int base = y * image.width();
			int above = 3 * (y * stride + 1);
			int at = above + 3 * stride;
			for (int x = 0; x < w; x++) {
				int p = image.rgb(base + x);
				int r = (p >> 16) & 0xFF;
				int g = (p >> 8) & 0xFF;
				int b = p & 0xFF;
				rowW += Math.min(r, Math.min(g, b));
				rowA += r - g;
				rowB += ((r + g) >> 1) - b;
				int k = 3 * x;
				integral[at + k] = integral[above + k] + rowW;
				integral[at + k + 1] = integral[above + k + 1] + rowA;
				integral[at + k + 2] = integral[above + k + 2] + rowB;
			}
		}
		boolean white = colour.map(MarkerColour::isWhite).orElse(true);
		boolean hued = colour.map((c) -> !c.isWhite()).orElse(true);
		List<Candidate> all = new ArrayList<>();
		for (double radius : RADII) {
			plainScan(integral, white, hued, w, h, radius, region, all);
		}
		return all;
	}

	private static void plainScan(int[] integral, boolean white, boolean hued, int w, int h, double radius,
			Region region, List<Candidate> into) {
		int inner = Math.max(1, (int) Math.round(0.6 * radius));
		int gap = (int) Math.round(1.3 * radius);
		int outer = (int) Math.round(2.0 * radius);
		int step = Math.max(2, (int) Math.round(radius / 2.5));
		// Cells in region coordinates: inside the region, their boxes inside the image.
		int x0 = outer;
		while (x0 - step >= 0 && region.left() + x0 - step - outer >= 0) {
			x0 -= step;
		}
		int y0 = outer;
		while (y0 - step >= 0 && region.top() + y0 - step - outer >= 0) {
			y0 -= step;
		}
		int gw = 0;
		while (x0 + gw * step < region.width() && region.left() + x0 + gw * step + outer + 1 <= w) {
			gw++;
		}
		int gh = 0;
		while (y0 + gh * step < region.height() && region.top() + y0 + gh * step + outer + 1 <= h) {
			gh++;
		}
		if (gw < 3 || gh < 3) {
			return;
		}
		float innerArea = (2 * inner + 1) * (2 * inner + 1);
		float gapArea = (2 * gap + 1) * (2 * gap + 1);
		float ringArea = (2 * outer + 1) * (2 * outer + 1) - gapArea;
		float[][] response = new float[3][gw * gh];
		int first = hued ? (white ? 0 : 1) : 0;
		int last = hued ? 2 : 0;
		for (int gy = 0; gy < gh; gy++) {
			int y = y0 + gy * step;
			for (int gx = 0; gx < gw; gx++) {
				int x = x0 + gx * step;
				if (!region.allows(x, y)) {
					continue;
				}
				for (int c = first; c <= last; c++) {
					int ix = region.left() + x;
					int iy = region.top() + y;
					int core = box(integral, w, ix, iy, inner, c);
					int all = box(integral, w, ix, iy, outer, c);
					int mid = box(integral, w, ix, iy, gap, c);
					response[c][gy * gw + gx] = core / innerArea - (all - mid) / ringArea;
				}
			}
		}
		for (int c = first; c <= last; c++) {
			for (int gy = 1; gy < gh - 1; gy++) {
				for (int gx = 1; gx < gw - 1; gx++) {
					float value = response[c][gy * gw + gx];
					float magnitude = (c > 0) ? Math.abs(value) : value;
					if (magnitude < FLOOR[c]) {
						continue;
					}
					boolean peak = true;
					for (int dy = -1; dy <= 1; dy++) {
						for (int dx = -1; dx <= 1; dx++) {
							float other = response[c][(gy + dy) * gw + gx + dx];
							if ((dx != 0 || dy != 0) && ((c > 0) ? Math.abs(other) : other) > magnitude) {
								peak = false;
							}
						}
					}
					if (peak) {
						int ix = region.left() + x0 + gx * step;
						int iy = region.top() + y0 + gy * step;
						// Whether the core differs from each side of the ring by half
						// the response, in its sign.
						double core = mean(integral, w, ix - inner, ix + inner, iy - inner, iy + inner, c);
						double need = 0.5 * Math.abs(value);
						double sign = Math.signum(value);
						boolean clear = magnitude / FLOOR[c] >= MarkerDetector.RETRY_STRENGTH
								&& 2 * radius <= RADII[RADII.length - 1]
								&& sign * (core
										- mean(integral, w, ix - outer, ix - gap - 1, iy - gap, iy + gap, c)) >= need
								&& sign * (core
										- mean(integral, w, ix + gap + 1, ix + outer, iy - gap, iy + gap, c)) >= need
								&& sign * (core
										- mean(integral, w, ix - gap, ix + gap, iy - outer, iy - gap - 1, c)) >= need
								&& sign * (core
										- mean(integral, w, ix - gap, ix + gap, iy + gap + 1, iy + outer, c)) >= need;
						into.add(new Candidate(ix + 0.5, iy + 0.5, radius, magnitude / FLOOR[c], clear));
					}
				}
			}
		}
	}

	/** The mean of channel c over the pixels [x0, x1] × [y0, y1]. */
	private static double mean(int[] integral, int w, int x0, int x1, int y0, int y1, int c) {
		int stride = 3 * (w + 1);
		int sum = integral[(y1 + 1) * stride + 3 * (x1 + 1) + c] - integral[y0 * stride + 3 * (x1 + 1) + c]
				- integral[(y1 + 1) * stride + 3 * x0 + c] + integral[y0 * stride + 3 * x0 + c];
		return (double) sum / ((x1 - x0 + 1) * (y1 - y0 + 1));
	}

	/** The sum of channel c over the pixels within {@code half} of (x, y). */
	private static int box(int[] integral, int w, int x, int y, int half, int c) {
		int stride = 3 * (w + 1);
		return integral[(y + half + 1) * stride + 3 * (x + half + 1) + c]
				- integral[(y - half) * stride + 3 * (x + half + 1) + c]
				- integral[(y + half + 1) * stride + 3 * (x - half) + c]
				+ integral[(y - half) * stride + 3 * (x - half) + c];
	}

}
