package org.realign.core.feedback.spasm;

import java.util.List;
import java.util.Set;

/** The trigger-to-finding links, named values in one list. */
public final class TriggerLinks {

	/** Quick forward bending or lifting from a lumbar spine held in extension. */
	public static final TriggerLink FLEXION_FROM_EXTENSION = new TriggerLink("flexion-from-extension",
			Set.of(SpasmTrigger.BENDING_FORWARD_QUICKLY, SpasmTrigger.BENDING_FORWARD, SpasmTrigger.LIFTING),
			Set.of("anterior-pelvic-tilt", "lower-crossed-syndrome", "egoscue-condition-1"),
			"Quick lumbar flexion in a client whose lumbar spine sits in extension (anterior pelvic tilt pattern): "
					+ "short hip flexors and lumbar extensors are asked to lengthen fast and may guard instead.",
			List.of("fb-sahrmann-2002", "fb-hodges-tucker-2011"));

	/** Forward bending or lifting on a spine that already sits flexed. */
	public static final TriggerLink FLEXION_ON_FLEXED_SPINE = new TriggerLink("flexion-on-flexed-spine",
			Set.of(SpasmTrigger.BENDING_FORWARD_QUICKLY, SpasmTrigger.BENDING_FORWARD, SpasmTrigger.LIFTING),
			Set.of("posterior-pelvic-tilt", "kendall-sway-back", "egoscue-condition-3"),
			"Forward bending or lifting on a lumbar spine that already sits flexed (posterior tilt, sway-back): "
					+ "the movement comes from the low back rather than the hips.",
			List.of("fb-sahrmann-2002", "fb-hodges-tucker-2011"));

	/** Twisting, or rolling out of bed, with a trunk or pelvis asymmetry. */
	public static final TriggerLink ROTATION_WITH_ASYMMETRY = new TriggerLink("rotation-with-asymmetry",
			Set.of(SpasmTrigger.TWISTING, SpasmTrigger.GETTING_OUT_OF_BED), Set.of("egoscue-condition-2"),
			"Rotation in a client with a trunk or pelvis asymmetry: one side is asked to rotate further than it "
					+ "usually does.",
			List.of("fb-sahrmann-2002", "fb-hodges-tucker-2011"));

	/** Getting up from lying with short hip flexors. */
	public static final TriggerLink SITTING_UP_WITH_SHORT_HIP_FLEXORS = new TriggerLink(
			"sitting-up-with-short-hip-flexors", Set.of(SpasmTrigger.GETTING_OUT_OF_BED),
			Set.of("anterior-pelvic-tilt", "lower-crossed-syndrome", "egoscue-condition-1"),
			"Sitting up from lying in a client with an anterior pelvic tilt pattern: the hip flexors pull on the "
					+ "lumbar spine before the trunk muscles take the load.",
			List.of("fb-sahrmann-2002", "fb-hodges-tucker-2011"));

	/** Neck movement from a forward-head position. */
	public static final TriggerLink NECK_FROM_FORWARD_HEAD = new TriggerLink("neck-from-forward-head",
			Set.of(SpasmTrigger.TURNING_THE_HEAD, SpasmTrigger.REACHING_OVERHEAD), Set.of("forward-head-posture"),
			"Turning the head or reaching overhead from a forward-head position loads the upper neck and shoulder "
					+ "muscles that already hold the head up.",
			List.of("fb-sahrmann-2002", "fb-hodges-tucker-2011"));

	private TriggerLinks() {
	}

	public static List<TriggerLink> all() {
		return List.of(FLEXION_FROM_EXTENSION, FLEXION_ON_FLEXED_SPINE, ROTATION_WITH_ASYMMETRY,
				SITTING_UP_WITH_SHORT_HIP_FLEXORS, NECK_FROM_FORWARD_HEAD);
	}

}
