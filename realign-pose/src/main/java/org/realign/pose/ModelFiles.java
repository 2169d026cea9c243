package org.realign.pose;

import java.nio.file.Path;

/**
 * The two model files a pose estimator needs.
 *
 * @param detector {@code pose_detection.tflite}
 * @param landmarks one of {@code pose_landmark_lite|full|heavy.tflite}
 * @param model which landmark model {@code landmarks} is
 */
public record ModelFiles(Path detector, Path landmarks, PoseModel model) {
}
