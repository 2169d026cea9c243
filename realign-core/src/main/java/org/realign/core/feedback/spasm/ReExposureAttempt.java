package org.realign.core.feedback.spasm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One try at the current step of a re-exposure plan, as the client logs it. The step is
 * not part of the attempt: replaying the plan's attempts in order says which step each
 * one was at, so a log can never disagree with the plan.
 *
 * @param id the attempt's id
 * @param date the day of the attempt, not in the future
 * @param recordedAt when it was logged, which orders attempts of the same day
 * @param done whether the client did the step
 * @param fingertipToFloorCm for a forward bend, the distance from the middle fingertip to
 * the floor at the lowest point, in cm (Perret et al. 2001); empty when not measured
 * @param speed how fast, graded; empty when not said
 * @param pain the worst pain during or after, NPRS 0..10
 * @param spasm whether a spasm or a twinge of one came
 * @param felt what the client felt, in their words
 */
public record ReExposureAttempt(String id, LocalDate date, Instant recordedAt, boolean done,
		Optional<Double> fingertipToFloorCm, Optional<Speed> speed, int pain, boolean spasm, String felt) {

	public ReExposureAttempt {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(recordedAt, "recordedAt");
		fingertipToFloorCm = fingertipToFloorCm == null ? Optional.empty() : fingertipToFloorCm;
		speed = speed == null ? Optional.empty() : speed;
		felt = felt == null ? "" : felt;
	}

}
