/**
 * The capture check: whether a photo can be measured (one person, the whole body in the
 * frame, standing upright with the arms relaxed, enough pixels, the camera level) and
 * which view it shows, each problem named in the words a practitioner uses.
 */
package org.realign.core.capture;
