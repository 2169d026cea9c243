/**
 * Spasm episodes: what set the spasm off, how bad it was, what helped, what it stopped
 * the client doing. A spasm is read as protection (guarding), not damage; avoiding the
 * movement keeps the guard up, so the system links the trigger to the posture findings,
 * explains the protection to the client in plain words and proposes a graded re-exposure
 * plan that re-teaches the movement, along with the {@code after-back-spasm} starter menu
 * once red flags are ruled out.
 */
package org.realign.core.feedback.spasm;
