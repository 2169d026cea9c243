package org.realign.core.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.realign.core.prescription.PrescribedMenu;

/**
 * Checks a session draft against its menu and the clock. Returns every problem at once,
 * each naming its field; an empty list means the draft is valid.
 */
public final class SessionLogValidator {

	/** Lowest and highest value of the 0..10 scales (cramp intensity, NPRS, effort). */
	static final int SCALE_MIN = 0;

	static final int SCALE_MAX = 10;

	private final Clock clock;

	public SessionLogValidator(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	public List<FieldError> validate(SessionDraft draft, PrescribedMenu menu) {
		List<FieldError> errors = new ArrayList<>();
		if (!draft.menuId().equals(menu.menuId())) {
			errors.add(new FieldError("menuId", "unknown-menu",
					"menu " + draft.menuId() + " is not the client's menu " + menu.menuId()));
		}
		LocalDate today = LocalDate.now(this.clock);
		if (draft.date().isAfter(today)) {
			errors.add(new FieldError("date", "in-future",
					"session date " + draft.date() + " is after today (" + today + ")"));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < draft.entries().size(); i++) {
			validateEntry("entries[" + i + "]", draft.entries().get(i), menu, seen, errors);
		}
		for (int i = 0; i < draft.standaloneCramps().size(); i++) {
			CrampReport cramp = draft.standaloneCramps().get(i);
			validateCramp("standaloneCramps[" + i + "]", cramp, errors);
			if (!cramp.onset().isSpontaneous()) {
				errors.add(new FieldError("standaloneCramps[" + i + "].onset", "needs-exercise",
						"a cramp " + cramp.onset().id() + " an exercise belongs on that exercise's entry"));
			}
		}
		return List.copyOf(errors);
	}

	private static void validateEntry(String path, ExerciseEntry entry, PrescribedMenu menu, Set<String> seen,
			List<FieldError> errors) {
		if (!menu.contains(entry.exerciseId())) {
			errors.add(new FieldError(path + ".exerciseId", "not-on-menu",
					"exercise " + entry.exerciseId() + " is not on menu " + menu.menuId()));
		}
		else if (!seen.add(entry.exerciseId())) {
			errors.add(new FieldError(path + ".exerciseId", "duplicate",
					"exercise " + entry.exerciseId() + " is logged twice in one session"));
		}
		if (!entry.done() && entry.performed().isPresent()) {
			errors.add(new FieldError(path + ".performed", "skipped-but-performed",
					"a skipped exercise has no hold time or reps"));
		}
		entry.performed().ifPresent((performed) -> {
			nonNegative(path + ".performed.amount", performed.amount(), errors);
			performed.rightSide().ifPresent((right) -> nonNegative(path + ".performed.rightSide", right, errors));
		});
		entry.effort().ifPresent((effort) -> scale(path + ".effort", effort, errors));
		for (int j = 0; j < entry.feedback().size(); j++) {
			String at = path + ".feedback[" + j + "]";
			Feedback feedback = entry.feedback().get(j);
			if (feedback instanceof CrampReport cramp) {
				validateCramp(at, cramp, errors);
			}
			else if (feedback instanceof PainReport pain) {
				scale(at + ".nprs", pain.nprs(), errors);
				notBlank(at + ".location", pain.location(), errors);
			}
			else if (feedback instanceof SpasmReport spasm) {
				scale(at + ".severity", spasm.severity(), errors);
				notBlank(at + ".region", spasm.region(), errors);
			}
		}
	}

	private static void validateCramp(String path, CrampReport cramp, List<FieldError> errors) {
		notBlank(path + ".where", cramp.where(), errors);
		scale(path + ".intensity", cramp.intensity(), errors);
		nonNegative(path + ".minutesToEase", cramp.minutesToEase(), errors);
	}

	static void scale(String field, int value, List<FieldError> errors) {
		if (value < SCALE_MIN || value > SCALE_MAX) {
			errors.add(new FieldError(field, "out-of-range",
					field + " must be between " + SCALE_MIN + " and " + SCALE_MAX + ", was " + value));
		}
	}

	static void nonNegative(String field, int value, List<FieldError> errors) {
		if (value < 0) {
			errors.add(new FieldError(field, "negative", field + " must not be negative, was " + value));
		}
	}

	static void notBlank(String field, String value, List<FieldError> errors) {
		if (value.isBlank()) {
			errors.add(new FieldError(field, "blank", field + " must not be blank"));
		}
	}

}
