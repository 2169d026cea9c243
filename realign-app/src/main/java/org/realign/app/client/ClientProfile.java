package org.realign.app.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a practitioner records about a client. Free text where practitioners write in
 * their own words; the age band is a band, not a birth date, because the method needs no
 * more than that.
 */
public record ClientProfile(@NotBlank @Size(max = 200) String displayName,
		@Pattern(regexp = "^$|^(under-18|18-29|30-39|40-49|50-59|60-69|70-79|80-plus)$") String ageBand,
		@Size(max = 2000) String goals, @Size(max = 1000) String painfulAreas, @Size(max = 1000) String constraints,
		@Size(max = 1000) String equipment) {

	public static final java.util.List<String> AGE_BANDS = java.util.List.of("under-18", "18-29", "30-39", "40-49",
			"50-59", "60-69", "70-79", "80-plus");

	public static ClientProfile empty() {
		return new ClientProfile("", "", "", "", "", "");
	}

}
