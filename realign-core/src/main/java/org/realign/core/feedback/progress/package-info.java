/**
 * A client's progress at a glance: the timeline of measurements with their minimal
 * detectable change, posture findings over time, cramps per muscle per week, pain,
 * adherence against the prescribed sessions, milestones, outcome measures against intake,
 * and when the next re-assessment is due (every 10 to 14 days).
 */
package org.realign.core.feedback.progress;
