/**
 * Red-flag screening for low back pain: the intake questionnaire (cauda equina, cancer,
 * infection, fracture, inflammatory and neurological signs, field research §5.1) as data
 * in {@code kb/feedback/red-flags.json}, the screening that turns answers into a
 * {@link org.realign.core.feedback.SafetyStatus}, and the policy that asks for a
 * re-screen when a session log reports new or worse symptoms.
 * <p>
 * A cauda-equina answer gives an immediate "seek urgent medical care" message and pauses
 * the programme; any other flag alerts the practitioner. The questionnaire does not
 * diagnose and is not a validated instrument: IFOMPT notes there is little evidence for
 * the diagnostic accuracy of single red flags, so it prompts clinical reasoning, nothing
 * more.
 */
package org.realign.core.feedback.safety;
