package org.realign.app.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.realign.core.knowledge.ClientConstraints;

/**
 * What a practitioner records about a client. Free text where practitioners write in
 * their own words; the age band is a band, not a birth date, because the method needs no
 * more than that.
 */
public record ClientProfile(@NotBlank @Size(max = 200) String displayName,
		@Pattern(regexp = "^$|^(under-18|18-29|30-39|40-49|50-59|60-69|70-79|80-plus)$") String ageBand,
		@Size(max = 2000) String goals, @Size(max = 1000) String painfulAreas, @Size(max = 1000) String constraints,
		@Size(max = 1000) String equipment) {

	public static final List<String> AGE_BANDS = List.of("under-18", "18-29", "30-39", "40-49", "50-59", "60-69",
			"70-79", "80-plus");

	public static ClientProfile empty() {
		return new ClientProfile("", "", "", "", "", "");
	}

	/**
	 * What the menu generator and the menu editor must respect, read from the profile:
	 * {@code no-floor} and {@code no-kneeling} in the constraints, the body areas the
	 * generator knows among the painful areas, and the equipment at home (all of it when
	 * the field is blank, as the command line assumes). Words the generator does not know
	 * stay free text for the practitioner to read.
	 */
	public ClientConstraints menuConstraints(int minutes) {
		List<String> known = new ArrayList<>();
		for (String token : words(this.constraints)) {
			if (token.equals("no-floor") || token.equals("no-kneeling")) {
				known.add(token);
			}
		}
		for (String area : words(this.painfulAreas)) {
			if (ClientConstraints.BODY_AREAS.contains(area)) {
				known.add("painful=" + area);
			}
		}
		List<String> equipmentAtHome = words(this.equipment).stream()
			.filter(ClientConstraints.EQUIPMENT::contains)
			.toList();
		if (!equipmentAtHome.isEmpty()) {
			known.add("equipment=" + String.join(",", equipmentAtHome));
		}
		return ClientConstraints.parse(minutes, known);
	}

	private static List<String> words(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[,;\\s]+")).filter((w) -> !w.isEmpty()).toList();
	}

}
