package org.realign.pose;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NonMaxSuppressionTest {

	private static PoseDetection box(double score, double x, double y, double size) {
		return new PoseDetection(score, x, y, size, size, new double[] { x, y, x + size, y + size, 0, 0, 0, 0 });
	}

	@Test
	void weighted_overlappingBoxes_mergeIntoScoreWeightedMeanKeepingBestScore() {
		PoseDetection best = box(0.9, 0.10, 0.10, 0.20);
		PoseDetection near = box(0.3, 0.12, 0.10, 0.20);
		List<PoseDetection> result = NonMaxSuppression.weighted(List.of(near, best), 0.3);
		assertThat(result).hasSize(1);
		PoseDetection merged = result.get(0);
		assertThat(merged.score()).isEqualTo(0.9);
		assertThat(merged.xMin()).isCloseTo((0.9 * 0.10 + 0.3 * 0.12) / 1.2, within(1e-12));
		assertThat(merged.width()).isCloseTo(0.20, within(1e-12));
		assertThat(merged.keypointX(0)).isCloseTo((0.9 * 0.10 + 0.3 * 0.12) / 1.2, within(1e-12));
	}

	@Test
	void weighted_separateBoxes_keptInScoreOrder() {
		PoseDetection left = box(0.6, 0.0, 0.0, 0.2);
		PoseDetection right = box(0.8, 0.5, 0.5, 0.2);
		List<PoseDetection> result = NonMaxSuppression.weighted(List.of(left, right), 0.3);
		assertThat(result).extracting(PoseDetection::score).containsExactly(0.8, 0.6);
	}

	@Test
	void weighted_overlapAtThreshold_notMerged() {
		// IoU of two 0.2 boxes shifted by a third of their width: 0.5 -> merged at 0.3,
		// kept apart at 0.6.
		PoseDetection a = box(0.9, 0.0, 0.0, 0.3);
		PoseDetection b = box(0.5, 0.1, 0.0, 0.3);
		assertThat(NonMaxSuppression.intersectionOverUnion(a, b)).isCloseTo(0.5, within(1e-12));
		assertThat(NonMaxSuppression.weighted(List.of(a, b), 0.3)).hasSize(1);
		assertThat(NonMaxSuppression.weighted(List.of(a, b), 0.6)).hasSize(2);
	}

	@Test
	void weighted_nothing_nothing() {
		assertThat(NonMaxSuppression.weighted(List.of(), 0.3)).isEmpty();
	}

}
