package org.realign.core.feedback.spasm;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A graded plan that brings back a movement a spasm made the client wary of, one small
 * step at a time: graded exposure in the fear-avoidance model [1], here applied to the
 * movement that set the spasm off.
 * <p>
 * [1] Vlaeyen and Linton 2000.
 *
 * @param id kebab-case id
 * @param movement what the plan re-teaches, for the client
 * @param triggers the triggers it answers
 * @param steps easiest first
 * @param advanceWhen when to move to the next step, for the client
 * @param stepBackWhen when to go back a step, for the client
 * @param sourceIds ids in {@code kb/sources/feedback.json}
 */
public record ReExposurePlan(String id, String movement, Set<SpasmTrigger> triggers, List<ReExposureStep> steps,
		String advanceWhen, String stepBackWhen, List<String> sourceIds) {

	public ReExposurePlan {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(movement, "movement");
		triggers = Set.copyOf(triggers);
		steps = List.copyOf(steps);
		Objects.requireNonNull(advanceWhen, "advanceWhen");
		Objects.requireNonNull(stepBackWhen, "stepBackWhen");
		sourceIds = List.copyOf(sourceIds);
	}

}
