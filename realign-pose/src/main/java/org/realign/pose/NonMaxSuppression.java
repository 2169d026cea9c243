package org.realign.pose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Weighted non-maximum suppression of overlapping detections.
 * <p>
 * A port of the {@code WEIGHTED} algorithm of MediaPipe's
 * {@code NonMaxSuppressionCalculator} [1] with the options of
 * {@code pose_detection_cpu.pbtxt} [2] (intersection over union, threshold 0.3): the best
 * remaining detection absorbs every detection overlapping it by more than the threshold
 * (itself included); its box and keypoints become the score-weighted mean of the absorbed
 * ones, its score stays its own.
 * <p>
 * [1] mediapipe/calculators/util/non_max_suppression_calculator.cc<br>
 * [2] mediapipe/modules/pose_detection/pose_detection_cpu.pbtxt
 */
final class NonMaxSuppression {

	static final double MIN_SUPPRESSION_THRESHOLD = 0.3;

	private NonMaxSuppression() {
	}

	static List<PoseDetection> weighted(List<PoseDetection> detections, double threshold) {
		List<PoseDetection> remaining = new ArrayList<>(detections);
		// A stable sort keeps the anchor order among equal scores, as std::stable_sort
		// does.
		remaining.sort(Comparator.comparingDouble(PoseDetection::score).reversed());
		List<PoseDetection> output = new ArrayList<>();
		while (!remaining.isEmpty()) {
			PoseDetection best = remaining.get(0);
			List<PoseDetection> candidates = new ArrayList<>();
			List<PoseDetection> rest = new ArrayList<>();
			for (PoseDetection other : remaining) {
				if (intersectionOverUnion(best, other) > threshold) {
					candidates.add(other);
				}
				else {
					rest.add(other);
				}
			}
			output.add(weightedMean(best, candidates));
			remaining = rest;
		}
		return output;
	}

	private static PoseDetection weightedMean(PoseDetection best, List<PoseDetection> candidates) {
		if (candidates.isEmpty()) {
			return best;
		}
		double total = 0;
		double xMin = 0;
		double yMin = 0;
		double xMax = 0;
		double yMax = 0;
		double[] keypoints = new double[best.keypoints().length];
		for (PoseDetection candidate : candidates) {
			double score = candidate.score();
			total += score;
			xMin += candidate.xMin() * score;
			yMin += candidate.yMin() * score;
			xMax += candidate.xMax() * score;
			yMax += candidate.yMax() * score;
			double[] kp = candidate.keypoints();
			for (int i = 0; i < kp.length; i++) {
				keypoints[i] += kp[i] * score;
			}
		}
		for (int i = 0; i < keypoints.length; i++) {
			keypoints[i] /= total;
		}
		xMin /= total;
		yMin /= total;
		xMax /= total;
		yMax /= total;
		return new PoseDetection(best.score(), xMin, yMin, xMax - xMin, yMax - yMin, keypoints);
	}

	static double intersectionOverUnion(PoseDetection a, PoseDetection b) {
		double left = Math.max(a.xMin(), b.xMin());
		double top = Math.max(a.yMin(), b.yMin());
		double right = Math.min(a.xMax(), b.xMax());
		double bottom = Math.min(a.yMax(), b.yMax());
		if (right <= left || bottom <= top) {
			return 0;
		}
		double intersection = (right - left) * (bottom - top);
		double union = a.area() + b.area() - intersection;
		return union > 0 ? intersection / union : 0;
	}

}
