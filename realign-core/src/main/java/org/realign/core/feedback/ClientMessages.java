package org.realign.core.feedback;

/**
 * Every sentence the feedback loop shows a client, in one place so that a test can check
 * that none of them diagnoses. The wording points to a doctor or to urgent care; it never
 * names a condition the client "has".
 */
public final class ClientMessages {

	/** After a wake-up cramp that may be chased. */
	public static final String WAKE_UP_CRAMP = "That cramp came in a muscle this exercise is meant to bring back into play, "
			+ "and the cramp let go quickly. Your practitioner may nudge the dose up a little next time. "
			+ "This way of reading cramps comes from practice experience rather than research.";

	/** After pain above the practice's threshold. */
	public static final String PAIN_ABOVE_THRESHOLD = "Thanks for telling us about the pain. "
			+ "Please leave this exercise out until your practitioner has looked at it; "
			+ "they will suggest an easier version or a different exercise.";

	/** After a cramp that needs a doctor's opinion. */
	public static final String CRAMP_SEE_A_DOCTOR = "Please mention this cramp to your doctor soon, "
			+ "together with what you ticked and any new medicines. Until then we will not make "
			+ "your exercises harder. If the leg is swollen, warm or red, or your urine is dark, "
			+ "see a doctor today.";

	/** After a single night or rest cramp. */
	public static final String CRAMP_WATCH = "Night and rest cramps are common. Keep noting them; "
			+ "if they come back often, we will ask you to see a doctor.";

	/** Cauda-equina answers at screening. */
	public static final String SEEK_URGENT_CARE = "Please seek urgent medical care now: go to an emergency "
			+ "department or call your emergency number. Tell them about the symptoms you ticked. "
			+ "Your exercise programme is paused until a doctor has seen you.";

	/** Other red-flag answers at screening. */
	public static final String PRACTITIONER_WILL_CONTACT = "Thank you. Some of your answers need a closer look, "
			+ "so your practitioner will be in touch before your programme changes. If you feel unwell "
			+ "or your symptoms get worse quickly, see a doctor.";

	/** Why a back spasm happens, in our own words. */
	public static final String SPASM_IS_PROTECTION = "A spasm is the body's guard reflex: the muscles around "
			+ "a joint clamp down hard to keep still a movement they have judged risky. It is protective and "
			+ "it settles. The catch is that the guard stays switched on for longer when the movement that "
			+ "set it off is avoided, because the body never gets the chance to learn that the movement is "
			+ "safe again. So we bring that movement back in small steps that feel comfortable, one step at "
			+ "a time, and only move on when a step feels easy.";

	/** Added when the client reports avoiding the movement. */
	public static final String AVOIDANCE_NOTICED = "You mentioned steering clear of this "
			+ "movement since the spasm. That is a natural reaction; the plan below brings it back gently.";

	/** Reminder on every plan and screening. */
	public static final String NOT_MEDICAL_TREATMENT = "These exercises are not medical treatment. "
			+ "If you notice numbness between the legs, new trouble passing urine or controlling your bowels, "
			+ "or weakness in your legs, seek urgent medical care.";

	private ClientMessages() {
	}

}
