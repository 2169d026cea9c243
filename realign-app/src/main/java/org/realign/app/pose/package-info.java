/**
 * The command line of automatic landmarks: {@code realign landmarks} places the 33
 * BlazePose keypoints on photos and writes them in the landmark file format;
 * {@code realign models} manages the model cache.
 */
package org.realign.app.pose;
