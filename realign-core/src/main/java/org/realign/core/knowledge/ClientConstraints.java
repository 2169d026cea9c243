package org.realign.core.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the client can do today: the minutes available, whether they can get down on the
 * floor or kneel, which areas hurt, and what equipment they have at home.
 *
 * @param minutes the time budget for the whole menu
 * @param noFloor the client cannot lie or sit on the floor
 * @param noKneeling the client cannot kneel
 * @param painfulAreas body areas that hurt (see {@link #BODY_AREAS})
 * @param equipment equipment at home (see {@link #EQUIPMENT}); "none" is always there
 */
public record ClientConstraints(int minutes, boolean noFloor, boolean noKneeling, Set<String> painfulAreas,
		Set<String> equipment) {

	/** The budget when the client does not say: a typical daily menu. */
	public static final int DEFAULT_MINUTES = 20;

	public static final int MIN_MINUTES = 5;

	public static final int MAX_MINUTES = 240;

	/** Body areas a client can report as painful. */
	public static final Set<String> BODY_AREAS = Set.of("neck", "shoulder", "wrist", "upper-back", "low-back", "hip",
			"knee", "ankle", "foot");

	/** Equipment an exercise can need. */
	public static final Set<String> EQUIPMENT = Set.of("block", "chair", "strap", "wall", "none");

	public ClientConstraints {
		if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
			throw new IllegalArgumentException(
					"minutes must be between " + MIN_MINUTES + " and " + MAX_MINUTES + ", was " + minutes);
		}
		painfulAreas = Set.copyOf(painfulAreas);
		Set<String> withNone = new LinkedHashSet<>(equipment);
		withNone.add("none");
		equipment = Set.copyOf(withNone);
	}

	/** No restrictions: everything at home, nothing painful. */
	public static ClientConstraints minutes(int minutes) {
		return new ClientConstraints(minutes, false, false, Set.of(), EQUIPMENT);
	}

	/**
	 * Parses the {@code --constraint} values of the command line: {@code no-floor},
	 * {@code no-kneeling}, {@code painful=AREA} (repeatable) and
	 * {@code equipment=ITEM[,ITEM...]} (what is at home; without it, all equipment is
	 * assumed).
	 * @throws IllegalArgumentException naming the bad value and what is accepted
	 */
	public static ClientConstraints parse(int minutes, List<String> values) {
		boolean noFloor = false;
		boolean noKneeling = false;
		Set<String> painful = new LinkedHashSet<>();
		Set<String> equipment = null;
		for (String raw : values) {
			String value = raw.trim();
			if (value.equals("no-floor")) {
				noFloor = true;
			}
			else if (value.equals("no-kneeling")) {
				noKneeling = true;
			}
			else if (value.startsWith("painful=")) {
				for (String area : value.substring("painful=".length()).split(",")) {
					if (!BODY_AREAS.contains(area)) {
						throw new IllegalArgumentException("unknown painful area '" + area + "' in constraint '" + raw
								+ "': expected one of " + sorted(BODY_AREAS));
					}
					painful.add(area);
				}
			}
			else if (value.startsWith("equipment=")) {
				equipment = (equipment == null) ? new LinkedHashSet<>() : equipment;
				for (String item : value.substring("equipment=".length()).split(",")) {
					if (!EQUIPMENT.contains(item)) {
						throw new IllegalArgumentException("unknown equipment '" + item + "' in constraint '" + raw
								+ "': expected one of " + sorted(EQUIPMENT));
					}
					equipment.add(item);
				}
			}
			else {
				throw new IllegalArgumentException("unknown constraint '" + raw
						+ "': expected no-floor, no-kneeling, painful=AREA or equipment=ITEM[,ITEM]");
			}
		}
		return new ClientConstraints(minutes, noFloor, noKneeling, painful, equipment == null ? EQUIPMENT : equipment);
	}

	/** Why the exercise is ruled out for this client, or empty when it is allowed. */
	public Optional<String> excludes(Exercise exercise) {
		if (this.noFloor && exercise.floor()) {
			return Optional.of("the client cannot get down on the floor");
		}
		if (this.noKneeling && exercise.kneeling()) {
			return Optional.of("the client cannot kneel");
		}
		for (String area : exercise.avoidWhenPainful()) {
			if (this.painfulAreas.contains(area)) {
				return Optional.of("contraindicated with " + area + " pain");
			}
		}
		for (String item : exercise.equipment()) {
			if (!this.equipment.contains(item)) {
				return Optional.of("needs a " + item);
			}
		}
		return Optional.empty();
	}

	private static String sorted(Set<String> values) {
		return String.join(", ", values.stream().sorted().toList());
	}

}
