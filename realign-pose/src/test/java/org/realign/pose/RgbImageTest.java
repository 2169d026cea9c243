package org.realign.pose;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RgbImageTest {

	@Test
	void of_eachImageType_samePixelsAsGetRgb() {
		BufferedImage marked = TestImages.marked();
		int[] types = { BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB,
				BufferedImage.TYPE_INT_BGR, BufferedImage.TYPE_BYTE_GRAY };
		for (int type : types) {
			BufferedImage image = new BufferedImage(marked.getWidth(), marked.getHeight(), type);
			image.getGraphics().drawImage(marked, 0, 0, null);
			int[] expected = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
			RgbImage actual = RgbImage.of(image);
			for (int i = 0; i < expected.length; i++) {
				assertThat(actual.rgb(i) & 0xFFFFFF).as("type %d pixel %d", type, i).isEqualTo(expected[i] & 0xFFFFFF);
			}
		}
	}

	@Test
	void of_subimage_usesItsOwnPixels() {
		BufferedImage sub = TestImages.marked().getSubimage(20, 0, 20, 20);
		assertThat(RgbImage.of(sub).rgb(0) & 0xFFFFFF).isEqualTo(0x0000FF);
	}

}
