/**
 * Postural findings and the rules that fire them: threshold rules over single
 * measurements and classifications (Kendall types, Janda crossed patterns, Egoscue
 * conditions) over earlier findings, all gathered in
 * {@code FindingRules.allCurrentRules()}.
 */
package org.realign.core.finding;
