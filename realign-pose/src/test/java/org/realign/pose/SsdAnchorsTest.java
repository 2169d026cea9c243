package org.realign.pose;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SsdAnchorsTest {

	@Test
	void poseDetection_has2254AnchorsOneDetectorRowEach() {
		assertThat(SsdAnchors.poseDetection()).hasSize(DetectionDecoder.NUM_BOXES);
	}

	@Test
	void poseDetection_layoutFollowsStrides() {
		List<SsdAnchors.Anchor> anchors = SsdAnchors.poseDetection();
		// Stride 8: 28x28 cells, 2 anchors each; first cell centre (0.5/28, 0.5/28).
		assertThat(anchors.get(0).xCenter()).isCloseTo(0.5 / 28, within(1e-12));
		assertThat(anchors.get(1)).isEqualTo(anchors.get(0));
		assertThat(anchors.get(2).xCenter()).isCloseTo(1.5 / 28, within(1e-12));
		assertThat(anchors.get(28 * 28 * 2 - 1).yCenter()).isCloseTo(27.5 / 28, within(1e-12));
		// Stride 16: 14x14 cells, 2 anchors each.
		assertThat(anchors.get(1568).xCenter()).isCloseTo(0.5 / 14, within(1e-12));
		// Three stride-32 layers merge: 7x7 cells, 6 anchors each.
		int last = 1568 + 392;
		assertThat(anchors.get(last).xCenter()).isCloseTo(0.5 / 7, within(1e-12));
		assertThat(anchors.get(last + 5)).isEqualTo(anchors.get(last));
		assertThat(anchors.get(last + 6).xCenter()).isCloseTo(1.5 / 7, within(1e-12));
		assertThat(anchors.get(2253).yCenter()).isCloseTo(6.5 / 7, within(1e-12));
	}

}
