/**
 * Automatic landmarks: MediaPipe's BlazePose models run on the CPU through TensorFlow
 * Lite, with the pre- and post-processing of MediaPipe's graphs ported to Java.
 * <p>
 * Entry points: {@link org.realign.pose.PoseEstimator#open} runs the models,
 * {@link org.realign.pose.ModelStore} fetches, verifies and caches them,
 * {@link org.realign.pose.ImageLoader} decodes photos safely (and, with
 * {@link org.realign.pose.ImageLoader#loadForPose}, fast and at the scale the models
 * need), {@link org.realign.pose.PoseEstimator#estimateAugmented} gives a photo's
 * landmarks with their repeatability. Everything that touches JavaCPP stays
 * package-private, in {@code TfLitePoseEstimator} and {@code TurboJpeg}.
 */
package org.realign.pose;
