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

	/**
	 * pose.jpg enlarged 1.5 times and pasted into a 3200x2400 photo: decoded at 1/4 for
	 * the detector, the person's region would span fewer than 256 pixels, so the photo is
	 * decoded again at 1/2 for the landmark model; the landmarks come out in the big
	 * photo's pixels where the full-scale decode puts them.
	 */
	@Test
	void estimate_smallPersonInLargeJpeg_reducedDecodeLandsWhereFullDecodeDoes() throws IOException {
		BufferedImage person = ImageIO.read(TestData.reference("pose.jpg").toFile());
		BufferedImage large = new BufferedImage(3200, 2400, BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = large.createGraphics();
		g.setColor(java.awt.Color.LIGHT_GRAY);
		g.fillRect(0, 0, 3200, 2400);
		g.drawImage(person, 1100, 900, 1500, 1000, null);
		g.dispose();
		byte[] jpeg = TestImages.encode(large, "jpeg");
		ImageLoader loader = new ImageLoader();
		PosePhoto reduced = loader.decodeForPose("large.jpg", jpeg);
		assertThat(reduced.reduction()).isEqualTo(4);
		ModelFiles files = TestData.modelStore().ensureAvailable(PoseModel.FULL);
		try (PoseEstimator estimator = PoseEstimator.open(files, 1)) {
			PoseResult fromReduced = estimator.estimate(reduced).orElseThrow();
			PoseResult fromFull = estimator.estimate(loader.decode("large.jpg", jpeg)).orElseThrow();
			assertThat(fromReduced.imageWidth()).isEqualTo(3200);
			double worst = 0;
			for (int i = 0; i < PoseKeypoint.COUNT; i++) {
				PoseLandmark a = fromReduced.landmarks().get(i);
				PoseLandmark b = fromFull.landmarks().get(i);
				worst = Math.max(worst, Math.hypot(a.x() - b.x(), a.y() - b.y()));
			}
			System.out.printf("pose.jpg x1.5 in 3200x2400: reduced vs full decode, worst landmark %.2f px%n", worst);
			// The person is about 540 px tall from eyes to feet: 12 px is about 2% of
			// that.
			assertThat(worst).isLessThan(12);
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
