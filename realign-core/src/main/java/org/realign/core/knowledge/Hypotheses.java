package org.realign.core.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hypotheses for one assessment, the notices that go with them, and the
 * practitioner's overrides. Immutable: {@link #confirm} and {@link #reject} return a new
 * value.
 *
 * @param items the hypotheses, short-overactive first, then by muscle and side
 * @param notices what the reader must know: these are hypotheses, and why
 * @param changes the practitioner's overrides, oldest first
 */
public record Hypotheses(List<Hypothesis> items, List<String> notices, List<Change> changes) {

	/** Always shown with the hypotheses. */
	public static final String HYPOTHESES_NOTICE = "These are hypotheses for the practitioner to confirm by examination, not diagnoses.";

	/** The evidence caveat (field research section 3.3), shown with every set. */
	public static final String EVIDENCE_NOTICE = "Evidence that static posture reveals muscle length, or that exercise changes static posture, is weak "
			+ "(Hrysomallis and Goodman 2001; Schilling et al. 2022); agreement between frameworks is not evidence of effect.";

	public Hypotheses {
		items = List.copyOf(items);
		notices = List.copyOf(notices);
		changes = List.copyOf(changes);
	}

	public Optional<Hypothesis> find(String key) {
		return this.items.stream().filter((h) -> h.key().equals(key)).findFirst();
	}

	/** The hypotheses a menu should address: all but the rejected ones. */
	public List<Hypothesis> active() {
		return this.items.stream().filter((h) -> h.status() != Hypothesis.Status.REJECTED).toList();
	}

	public Hypotheses confirm(String key, String who, Clock clock) {
		return withStatus(key, Hypothesis.Status.CONFIRMED, who, clock);
	}

	public Hypotheses reject(String key, String who, Clock clock) {
		return withStatus(key, Hypothesis.Status.REJECTED, who, clock);
	}

	private Hypotheses withStatus(String key, Hypothesis.Status status, String who, Clock clock) {
		Hypothesis target = find(key).orElseThrow(() -> new IllegalArgumentException("no hypothesis " + key));
		List<Hypothesis> updated = new ArrayList<>();
		for (Hypothesis hypothesis : this.items) {
			updated.add(hypothesis == target ? hypothesis.withStatus(status) : hypothesis);
		}
		List<Change> log = new ArrayList<>(this.changes);
		log.add(new Change(who, status.id() + " " + key, clock.instant()));
		return new Hypotheses(updated, this.notices, log);
	}

}
