package org.realign.core.feedback.spasm;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.realign.core.feedback.FieldError;

/** Checks a spasm episode; every problem names its field. */
public final class SpasmValidator {

	private final Clock clock;

	public SpasmValidator(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	public List<FieldError> validate(SpasmEpisode episode) {
		List<FieldError> errors = new ArrayList<>();
		if (episode.date().isAfter(LocalDate.now(this.clock))) {
			errors.add(new FieldError("date", "in-future", "episode date " + episode.date() + " is in the future"));
		}
		if (episode.region().isBlank()) {
			errors.add(new FieldError("region", "blank", "region must not be blank"));
		}
		if (episode.severity() < 0 || episode.severity() > 10) {
			errors.add(new FieldError("severity", "out-of-range",
					"severity must be between 0 and 10, was " + episode.severity()));
		}
		if (episode.duration().isNegative()) {
			errors.add(new FieldError("duration", "negative", "duration must not be negative"));
		}
		if (episode.version() < 1) {
			errors.add(new FieldError("version", "out-of-range", "version starts at 1"));
		}
		return List.copyOf(errors);
	}

}
