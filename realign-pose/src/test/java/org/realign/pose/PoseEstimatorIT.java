package org.realign.pose;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The estimator's contract with the real models: empty without a person, the same answer
 * from every pooled interpreter, closed means closed.
 */
class PoseEstimatorIT {

	@Test
	void estimate_blankImage_noPerson() {
		ModelFiles files = TestData.modelStore().ensureAvailable(PoseModel.LITE);
		try (PoseEstimator estimator = PoseEstimator.open(files, 1)) {
			assertThat(estimator.estimate(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB))).isEmpty();
		}
	}

	@Test
	void estimate_tinyAndExtremeImages_noPersonNoCrash() {
		ModelFiles files = TestData.modelStore().ensureAvailable(PoseModel.LITE);
		try (PoseEstimator estimator = PoseEstimator.open(files, 1)) {
			for (int[] size : new int[][] { { 1, 1 }, { 1, 3000 }, { 3000, 1 }, { 2, 2 } }) {
				assertThat(estimator.estimate(new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB)))
					.as("%dx%d", size[0], size[1])
					.isEmpty();
			}
		}
	}

	@Test
	void estimate_concurrentCallsOnPool_sameResultAsSequential() throws Exception {
		BufferedImage image = ImageIO.read(TestData.reference("pose.jpg").toFile());
		ModelFiles files = TestData.modelStore().ensureAvailable(PoseModel.LITE);
		try (PoseEstimator estimator = PoseEstimator.open(files, 2)) {
			PoseResult expected = estimator.estimate(image).orElseThrow();
			ExecutorService executor = Executors.newFixedThreadPool(4);
			try {
				List<Future<PoseResult>> futures = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					futures.add(executor.submit(() -> estimator.estimate(image).orElseThrow()));
				}
				for (Future<PoseResult> future : futures) {
					assertThat(future.get().landmarks()).isEqualTo(expected.landmarks());
				}
			}
			finally {
				executor.shutdownNow();
			}
		}
	}

	@Test
	void estimate_afterClose_refused() throws IOException {
		ModelFiles files = TestData.modelStore().ensureAvailable(PoseModel.LITE);
		PoseEstimator estimator = PoseEstimator.open(files, 1);
		estimator.close();
		assertThatThrownBy(() -> estimator.estimate(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB)))
			.isInstanceOf(IllegalStateException.class);
	}

}
