/**
 * The knowledge base that turns postural findings into muscle hypotheses: the muscle
 * catalogue, the hypothesis rules of the Janda, Kendall, Sahrmann and Egoscue frameworks,
 * the engine that applies them, and the validator that keeps the data files consistent.
 * <p>
 * Every rule is data ({@code kb/hypothesis-rules.json}) and cites its sources. The output
 * is always a set of hypotheses for the practitioner to confirm, never a diagnosis: the
 * evidence that static posture reveals muscle length, or that exercise changes static
 * posture, is weak [1] [2].
 * <p>
 * [1] Hrysomallis C, Goodman C. J Strength Cond Res 2001;15(3):385-390.<br>
 * [2] Schilling, Lim, Lee. Asian J Kinesiol 2022;24(4).
 */
package org.realign.core.knowledge;
