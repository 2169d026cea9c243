/**
 * The method's feedback loop: what a client reports after each session of their menu
 * (done or skipped, hold time or reps, cramp, pain, spasm), how a cramp is read (a
 * wake-up cramp in a dormant target muscle is progress, pain is not), and the named
 * progression rules that turn the reports into suggestions for the practitioner.
 * <p>
 * Everything here returns outcomes and never mutates: a session log is append-only (a
 * correction is a new {@link org.realign.core.feedback.SessionLog version} that points to
 * the one it replaces), validation returns named field errors, rules return proposals and
 * alerts, and time comes from an injected {@link java.time.Clock}.
 * <p>
 * "Chase the cramp" is practitioner lore with no published evidence base; it is
 * implemented as a practice-configurable heuristic behind hard guardrails (field research
 * §5.3): any pain, an open red flag or a cramp that needs medical review stops the
 * chasing. Nothing here diagnoses; client-facing wording sends people to a doctor or to
 * urgent care instead.
 */
package org.realign.core.feedback;
