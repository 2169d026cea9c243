/**
 * Outcome measures taken at intake and at each re-assessment: the numeric pain rating
 * scale (NPRS), the Patient-Specific Functional Scale (PSFS), the optional STarT Back
 * tool (free for non-commercial use only; a commercial practice must contact Keele) and
 * functional tests such as the fingertip-to-floor distance. Units, ranges, the minimal
 * clinically important difference and the licence belong to the measure's definition, not
 * to each record.
 */
package org.realign.core.feedback.outcome;
