package org.realign.core.feedback.spasm;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.realign.core.feedback.spasm.ReExposureStep.step;

/** The graded re-exposure plans, named values in one list. */
public final class ReExposurePlans {

	static final String ADVANCE = "Move on to the next step once this one has gone calmly the number of times in a "
			+ "row your practitioner set (two unless they changed it): done, at the speed the step asks, with pain "
			+ "no higher than your practitioner's limit (3 out of 10 unless they changed it) and no spasm.";

	static final String STEP_BACK = "If a step brings pain above that limit or a twinge of spasm, go back one step "
			+ "and build up again from there.";

	static final List<String> SOURCES = List.of("fb-vlaeyen-linton-2000", "fb-hodges-tucker-2011", "fb-nice-ng59");

	/** The plans that measure reach also cite the fingertip-to-floor test. */
	static final List<String> REACH_SOURCES = List.of("fb-vlaeyen-linton-2000", "fb-hodges-tucker-2011", "fb-nice-ng59",
			"fb-perret-2001");

	/**
	 * Fingertips at the toes: a fingertip-to-floor distance of 5 cm or less. Our own
	 * reading of "touching the toes" (the height of the toes above the floor), not a
	 * published norm; the practitioner may set another goal per client.
	 */
	public static final double FORWARD_BEND_GOAL_CM = 5.0;

	/** Forward bending, from unloaded flexion to a quick toe touch. */
	public static final ReExposurePlan FORWARD_BEND = new ReExposurePlan("forward-bend-to-toe-touch", "bending forward",
			Set.of(SpasmTrigger.BENDING_FORWARD_QUICKLY, SpasmTrigger.BENDING_FORWARD),
			List.of(step(1, "static-back",
					"Lie on your back with your calves resting on a chair and let the back settle for five minutes.",
					1),
					step(2, "cats-and-dogs",
							"On hands and knees, round the back slowly and then let it dip, staying in a small, easy range.",
							10),
					step(3, "Sit on a chair and slide your hands down your thighs to your knees, then sit tall again.",
							10),
					step(4, "Stand with your hands on a kitchen counter and hinge forward at the hips, then stand up "
							+ "slowly.", 10),
					step(5, "Stand and slide your hands down the front of your thighs to your knees, then roll back up.",
							10),
					step(6, "Stand and bend forward with your hands on the seat of a chair, then roll back up.", 8),
					step(7, "Stand, let your arms hang and bend slowly towards your toes as far as feels comfortable, "
							+ "then roll up one vertebra at a time.", 5, Speed.SLOW),
					step(8, "Bend towards your toes at a steady pace and come back up.", 5, Speed.STEADY),
					step(9, "Bend down as you would to pick something up from the floor, at your everyday speed.", 5,
							Speed.EVERYDAY),
					step(10, "Dip down quickly, as if to catch something falling off a table, and come back up.", 3,
							Speed.QUICK)),
			ADVANCE, STEP_BACK, REACH_SOURCES, Optional.of(FORWARD_BEND_GOAL_CM));

	/** Lifting, from a hip hinge to lifting a light box off the floor. */
	public static final ReExposurePlan LIFTING = new ReExposurePlan("lifting-from-hinge-to-floor", "lifting",
			Set.of(SpasmTrigger.LIFTING),
			List.of(step(1, "static-back",
					"Lie on your back with your calves resting on a chair and let the back settle for five minutes.",
					1),
					step(2, "Stand with a broom handle along your back and practise bending at the hips while the "
							+ "handle stays against your head, upper back and tailbone.", 10),
					step(3, "Lift an empty box from a table to your chest and put it back.", 10),
					step(4, "Lift a box with a couple of books in it from a chair seat.", 8),
					step(5, "Lift the same light box from the floor, bending at the hips and knees.", 8),
					step(6, "Lift everyday loads, such as a shopping bag, from the floor.", 5)),
			ADVANCE, STEP_BACK, SOURCES);

	/** Twisting, from floor rotation to standing turns. */
	public static final ReExposurePlan TWISTING = new ReExposurePlan("twisting-from-floor-to-standing", "turning",
			Set.of(SpasmTrigger.TWISTING),
			List.of(step(1, "spinal-floor-twist",
					"Lie on your side with knees bent and open the top arm slowly towards the floor behind you.", 5),
					step(2, "Sit tall on a chair, arms crossed, and turn gently to each side.", 10),
					step(3, "Stand with your feet hip-width apart and turn to look behind you, letting your arms swing.",
							10),
					step(4, "Pass a light object from one hand to the other around your body while standing.", 10)),
			ADVANCE, STEP_BACK, SOURCES);

	/** Getting out of bed, from a log roll to getting up normally. */
	public static final ReExposurePlan GETTING_UP = new ReExposurePlan("getting-out-of-bed", "getting out of bed",
			Set.of(SpasmTrigger.GETTING_OUT_OF_BED),
			List.of(step(1,
					"Roll onto your side with knees bent, lower your legs over the edge and push up with "
							+ "your arms to sit.",
					3), step(2, "From lying on your back, bend both knees and rock them gently side to side.", 10),
					step(3, "Roll to your side and sit up using one arm less each day.", 3),
					step(4, "Get up your usual way, slowly.", 3)),
			ADVANCE, STEP_BACK, SOURCES);

	/** Neck turns and reaching, from lying to standing. */
	public static final ReExposurePlan NECK = new ReExposurePlan("neck-turns-and-reaching",
			"turning the head and reaching", Set.of(SpasmTrigger.TURNING_THE_HEAD, SpasmTrigger.REACHING_OVERHEAD),
			List.of(step(1, "Lie on your back with a thin pillow and roll your head slowly a little to each side.", 10),
					step(2, "Sit tall and turn your head to each side as far as is comfortable.", 10),
					step(3, "Sit tall and raise your arms to shoulder height, then a little higher each day.", 10),
					step(4, "Stand and reach up to a high shelf, then turn to look over each shoulder.", 5)),
			ADVANCE, STEP_BACK, SOURCES);

	private ReExposurePlans() {
	}

	public static List<ReExposurePlan> all() {
		return List.of(FORWARD_BEND, LIFTING, TWISTING, GETTING_UP, NECK);
	}

	public static Optional<ReExposurePlan> byId(String id) {
		return all().stream().filter((plan) -> plan.id().equals(id)).findFirst();
	}

	public static Optional<ReExposurePlan> forTrigger(SpasmTrigger trigger) {
		return all().stream().filter((plan) -> plan.triggers().contains(trigger)).findFirst();
	}

}
