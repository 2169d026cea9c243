/**
 * Points on posture photos: the four standard views, the landmark ids (pose-model
 * keypoints and the SAPO anatomical points), the landmarks of one photo with their
 * provenance, and the landmark file format.
 * <p>
 * Coordinates are image pixels, origin top-left, y down. Sides are always the person's
 * own.
 */
package org.realign.core.landmark;
