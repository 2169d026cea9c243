package org.realign.core.finding;

import java.util.List;

/**
 * A named rule that turns measurements (and earlier findings) into findings. Rules are
 * gathered in one list, {@link FindingRules#allCurrentRules()}.
 */
public interface FindingRule {

	/** The id of the findings it fires, e.g. {@code forward-head-posture}. */
	String id();

	/** The rule in words, for the practitioner and for reviewers. */
	String rule();

	/** How severity is graded, in words. */
	String severityGrading();

	/** Ids of the sources the rule and its cut-offs rest on; never empty. */
	List<String> sources();

	/**
	 * The findings this rule fires on the evidence: none, one, or one per side for
	 * one-sided findings.
	 */
	List<Finding> evaluate(Evidence evidence);

}
