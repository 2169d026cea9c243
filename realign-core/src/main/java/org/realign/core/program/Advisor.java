package org.realign.core.program;

import java.util.List;

import org.realign.core.finding.Finding;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.knowledge.Hypotheses;
import org.realign.core.knowledge.HypothesisEngine;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.knowledge.KnowledgeBaseLoader;

/**
 * The facade from findings to advice: muscle hypotheses, then a menu for this client.
 * <pre>
 * Advice advice = Advisor.standard().advise(findings, ClientConstraints.parse(20, List.of("no-floor")));
 * Map&lt;String, Object&gt; json = advice.toJson(); // "hypotheses", "hypothesisNotices", "menu"
 * </pre>
 */
public final class Advisor {

	private final HypothesisEngine engine;

	private final MenuGenerator generator;

	public Advisor(KnowledgeBase knowledgeBase) {
		this.engine = new HypothesisEngine(knowledgeBase);
		this.generator = new MenuGenerator(knowledgeBase);
	}

	/**
	 * An advisor over the shipped knowledge base, validated first.
	 * @throws KnowledgeBaseLoader.KnowledgeBaseException listing the problems of a broken
	 * knowledge base
	 */
	public static Advisor standard() {
		return new Advisor(KnowledgeBaseLoader.loadChecked());
	}

	public Advice advise(List<Finding> findings, ClientConstraints constraints) {
		Hypotheses hypotheses = this.engine.hypothesise(findings);
		return new Advice(hypotheses, this.generator.generate(hypotheses.items(), constraints));
	}

	/** Regenerates the menu after the practitioner confirmed or rejected hypotheses. */
	public Advice readvise(Hypotheses hypotheses, ClientConstraints constraints) {
		return new Advice(hypotheses, this.generator.generate(hypotheses.items(), constraints));
	}

}
