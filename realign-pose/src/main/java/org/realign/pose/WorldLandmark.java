package org.realign.pose;

/**
 * One keypoint in 3D, in metres, with the origin between the hips (MediaPipe's world
 * landmarks): x to the image's right, y down, z away from the camera.
 *
 * @param keypoint which keypoint
 * @param x metres
 * @param y metres
 * @param z metres
 */
public record WorldLandmark(PoseKeypoint keypoint, double x, double y, double z) {
}
