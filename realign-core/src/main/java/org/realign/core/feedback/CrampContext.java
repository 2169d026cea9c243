package org.realign.core.feedback;

/**
 * Circumstances the client ticks when reporting a cramp. Several of them are red flags
 * for a cramp log (field research §5.2) and send the cramp to medical review.
 */
public enum CrampContext {

	/** Heavy sweating without salt replacement, or an illness with fluid loss. */
	HEAVY_SWEATING_OR_ILLNESS("heavy-sweating-or-illness"),
	/** Taking a diuretic ("water tablet"). */
	DIURETIC("diuretic"),
	/** Started a statin recently. */
	STATIN_STARTED_RECENTLY("statin-started-recently"),
	/** Long or intense exertion before the cramp. */
	LONG_OR_INTENSE_EXERTION("long-or-intense-exertion"),
	/** Weakness in the limb. */
	WEAKNESS("weakness"),
	/** Twitching under the skin. */
	TWITCHING("twitching"),
	/** Swelling, warmth or redness of the calf or limb. */
	SWELLING("swelling"),
	/** Dark (cola-coloured) urine. */
	DARK_URINE("dark-urine");

	private final String id;

	CrampContext(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

}
