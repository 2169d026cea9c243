package org.realign.core.feedback.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.realign.core.feedback.FieldError;

/**
 * The Patient-Specific Functional Scale: the client names 3 to 5 activities they find
 * hard and rates each 0 (unable) .. 10 (as before the problem); the score is the average.
 *
 * @param activities the rated activities
 */
public record Psfs(List<Activity> activities) {

	public Psfs {
		activities = List.copyOf(activities);
	}

	/** Problems with the answers; empty when valid. */
	public List<FieldError> validate() {
		List<FieldError> errors = new ArrayList<>();
		if (this.activities.size() < 3 || this.activities.size() > 5) {
			errors.add(new FieldError("activities", "count", "name 3 to 5 activities, not " + this.activities.size()));
		}
		for (int i = 0; i < this.activities.size(); i++) {
			Activity activity = this.activities.get(i);
			if (activity.name().isBlank()) {
				errors.add(new FieldError("activities[" + i + "].name", "blank", "name the activity"));
			}
			if (activity.rating() < 0 || activity.rating() > 10) {
				errors.add(new FieldError("activities[" + i + "].rating", "out-of-range",
						"rating must be between 0 and 10, was " + activity.rating()));
			}
		}
		return errors;
	}

	/** The average rating, 0..10. */
	public double score() {
		if (!validate().isEmpty()) {
			throw new IllegalStateException("invalid PSFS: " + validate());
		}
		return this.activities.stream().mapToInt(Activity::rating).average().orElseThrow();
	}

	/**
	 * One activity.
	 *
	 * @param name the activity in the client's words, e.g. "tie my shoelaces"
	 * @param rating 0..10
	 */
	public record Activity(String name, int rating) {

		public Activity {
			Objects.requireNonNull(name, "name");
		}

	}

}
