/**
 * Corrective exercise programs: the exercise catalogue ({@code kb/exercises.json}), the
 * starter menus, the menu generator that turns muscle hypotheses and the client's
 * constraints into an ordered daily menu, and the practitioner's overrides. A suggestion
 * ({@link org.realign.core.program.MenuSuggestion}) is made of the one prescribed-item
 * model, {@link org.realign.core.prescription.PrescribedItem}, each annotated with why it
 * was chosen ({@link org.realign.core.program.SuggestedItem}); publishing it is
 * {@code MenuSuggestion#prescribe}, with nothing converted.
 * <p>
 * Menus follow the order of the Egoscue menus as described in field research section 3.1:
 * unloaded positions first, then floor and quadruped work, then loaded standing work; and
 * "straighten before you strengthen": a muscle held short is released before its long,
 * inhibited partner is woken up.
 * <p>
 * {@link org.realign.core.program.Advisor} is the facade the {@code assess} command
 * calls.
 */
package org.realign.core.program;
