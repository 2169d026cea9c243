package org.realign.app.journal;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.realign.core.feedback.CrampContext;
import org.realign.core.feedback.CrampOnset;

/**
 * When a cramp outside a session came, as the client tells it, and how that reads for the
 * cramp classifier. None of them can be a wake-up cramp: there is no prescribed exercise.
 */
enum CrampSetting {

	/** In bed at night: a night cramp. */
	NIGHT("night", CrampOnset.NIGHT, Set.of()),
	/** Sitting or standing still. */
	REST("rest", CrampOnset.REST, Set.of()),
	/** After a long walk, a game, heavy work: long or intense exertion. */
	AFTER_EXERTION("after-exertion", CrampOnset.AFTER, Set.of(CrampContext.LONG_OR_INTENSE_EXERTION)),
	/** During exercise that is not the client's menu. */
	DURING_EXERCISE("during-exercise", CrampOnset.DURING, Set.of()),
	/**
	 * Anything else; read as a rest cramp, with no exercise to explain it, which is the
	 * cautious reading for the red-flag rules.
	 */
	OTHER("other", CrampOnset.REST, Set.of());

	private final String id;

	private final CrampOnset onset;

	private final Set<CrampContext> implied;

	CrampSetting(String id, CrampOnset onset, Set<CrampContext> implied) {
		this.id = id;
		this.onset = onset;
		this.implied = implied;
	}

	String id() {
		return this.id;
	}

	CrampOnset onset() {
		return this.onset;
	}

	/** Circumstances the setting itself says, added to those the client ticked. */
	Set<CrampContext> implied() {
		return this.implied;
	}

	static Optional<CrampSetting> byId(String id) {
		return Arrays.stream(values()).filter((setting) -> setting.id.equals(id)).findFirst();
	}

}
