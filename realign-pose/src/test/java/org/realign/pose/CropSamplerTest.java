package org.realign.pose;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crop sampler's integer arithmetic gives exactly what the double arithmetic gave:
 * the conformance to MediaPipe rests on it. Random photos, centres (inside and off the
 * edge), sizes and rotations.
 */
class CropSamplerTest {

	@Test
	void sample_matchesTheDoubleArithmeticReference_bitForBit() {
		Random random = new Random(7);
		for (int trial = 0; trial < 200; trial++) {
			int width = 20 + random.nextInt(200);
			int height = 20 + random.nextInt(200);
			int type = random.nextBoolean() ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_3BYTE_BGR;
			BufferedImage photo = new BufferedImage(width, height, type);
			for (int y = 0; y < height; y++) {
				for (int x = 0; x < width; x++) {
					photo.setRGB(x, y, random.nextInt(0x1000000));
				}
			}
			RgbImage image = RgbImage.of(photo);
			double cx = -20 + random.nextDouble() * (width + 40);
			double cy = -20 + random.nextDouble() * (height + 40);
			double w = 5 + random.nextDouble() * width * 1.5;
			double h = 5 + random.nextDouble() * height * 1.5;
			double rotation = (random.nextDouble() - 0.5) * 2 * Math.PI;
			boolean replicate = random.nextBoolean();
			int size = 8 + random.nextInt(40);
			FloatBuffer fast = FloatBuffer.allocate(size * size * 3);
			FloatBuffer reference = FloatBuffer.allocate(size * size * 3);

			CropSampler.sample(image, cx, cy, w, h, rotation, fast, size, -1f, 1f, replicate);
			ReferenceCropSampler.sample(image, cx, cy, w, h, rotation, reference, size, -1f, 1f, replicate);

			assertThat(fast.array()).as("trial %d", trial).containsExactly(reference.array());
		}
	}

}
