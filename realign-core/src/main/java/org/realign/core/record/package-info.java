/**
 * Results kept as recorded: an assessment's measurements, findings, hypotheses and menu
 * with the knowledge-base version that made them, and what a re-run would change.
 */
package org.realign.core.record;
