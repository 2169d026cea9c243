package org.realign.app.assessment;

import java.awt.image.BufferedImage;
import java.util.Optional;

import jakarta.annotation.PreDestroy;

import org.realign.pose.AugmentedPose;
import org.realign.pose.ModelStore;
import org.realign.pose.PoseEstimator;
import org.realign.pose.PoseModel;
import org.realign.pose.PosePhoto;
import org.realign.pose.PoseResult;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The pose model for the web app: opened on first use (fetching the models if they are
 * not cached yet) and shared by all requests. The estimator's pool bounds how many photos
 * are processed at once.
 */
@Service
class PoseService {

	private final int threads;

	private volatile PoseEstimator estimator;

	PoseService(@Value("${realign.pose.threads:2}") int threads) {
		this.threads = threads;
	}

	/**
	 * @throws org.realign.pose.PoseModelException when the models are not available and
	 * cannot be fetched; its message says why automatic placement is off
	 */
	Optional<PoseResult> estimate(BufferedImage image) {
		return estimator().estimate(image);
	}

	/**
	 * The pose averaged over test-time augmented passes, with each keypoint's spread.
	 * @throws org.realign.pose.PoseModelException as {@link #estimate}
	 */
	Optional<AugmentedPose> estimateAugmented(BufferedImage image) {
		return estimator().estimateAugmented(PosePhoto.of(image));
	}

	private PoseEstimator estimator() {
		PoseEstimator current = this.estimator;
		if (current == null) {
			synchronized (this) {
				current = this.estimator;
				if (current == null) {
					current = PoseEstimator.open(ModelStore.fromEnvironment().ensureAvailable(PoseModel.FULL),
							this.threads);
					this.estimator = current;
				}
			}
		}
		return current;
	}

	@PreDestroy
	void close() {
		PoseEstimator current = this.estimator;
		if (current != null) {
			current.close();
		}
	}

}
