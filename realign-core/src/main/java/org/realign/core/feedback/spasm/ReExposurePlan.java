package org.realign.core.feedback.spasm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * @param fingertipToFloorGoalCm for a forward-bend plan, the fingertip-to-floor distance
 * (Perret et al. 2001) that counts as the goal reached, with the last step done calmly at
 * its speed; empty for plans that do not measure reach
 */
public record ReExposurePlan(String id, String movement, Set<SpasmTrigger> triggers, List<ReExposureStep> steps,
		String advanceWhen, String stepBackWhen, List<String> sourceIds, Optional<Double> fingertipToFloorGoalCm) {

	public ReExposurePlan {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(movement, "movement");
		triggers = Set.copyOf(triggers);
		steps = List.copyOf(steps);
		Objects.requireNonNull(advanceWhen, "advanceWhen");
		Objects.requireNonNull(stepBackWhen, "stepBackWhen");
		sourceIds = List.copyOf(sourceIds);
		fingertipToFloorGoalCm = fingertipToFloorGoalCm == null ? Optional.empty() : fingertipToFloorGoalCm;
		if (steps.isEmpty()) {
			throw new IllegalArgumentException("a plan has at least one step: " + id);
		}
	}

	/** A plan that does not measure reach. */
	public ReExposurePlan(String id, String movement, Set<SpasmTrigger> triggers, List<ReExposureStep> steps,
			String advanceWhen, String stepBackWhen, List<String> sourceIds) {
		this(id, movement, triggers, steps, advanceWhen, stepBackWhen, sourceIds, Optional.empty());
	}

	/** Whether attempts of this plan measure the fingertip-to-floor distance. */
	public boolean measuresReach() {
		return this.fingertipToFloorGoalCm.isPresent();
	}

	/** The step with this order (1 = first). */
	public ReExposureStep step(int order) {
		return this.steps.get(order - 1);
	}

	public int lastStep() {
		return this.steps.size();
	}

}
