package org.realign.app.assessment;

import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.realign.app.api.FeedbackJson;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.PracticeDirectory.Account;
import org.realign.app.identity.Role;
import org.realign.app.api.InvalidRequest;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in practice's skin-marker colour, which its uploads look for: detected on
 * each photo, or the one colour the practice sticks.
 */
@RestController
@RequestMapping("/api/practice/marker-settings")
@Tag(name = "assessments")
class MarkerSettingsApi {

	/**
	 * @param markerColour {@code detect}, or the colour of the practice's markers
	 */
	@Schema(name = "MarkerSettings")
	record Settings(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "detect",
			description = "detect (take each photo's own colour, the largest group of at least three markers), "
					+ "none (the practice uses no skin markers: uploads do not look for them), "
					+ "or white, reflective, red, orange, yellow, green, cyan, blue, magenta, pink, or #RRGGBB",
			pattern = "^(detect|none|white|reflective|red|orange|yellow|green|cyan|blue|magenta|pink|#[0-9a-fA-F]{6})$") String markerColour) {
	}

	private final PracticeAccess access;

	private final MarkerSettings settings;

	MarkerSettingsApi(PracticeAccess access, MarkerSettings settings) {
		this.access = access;
		this.settings = settings;
	}

	@GetMapping
	@Operation(summary = "The practice's skin-marker colour (practitioners)")
	@ApiResponse(responseCode = "200", description = "The colour in force (detect until the owner sets one)")
	@ApiResponse(responseCode = "403", description = "Not a practitioner")
	Settings show(Principal principal) {
		return new Settings(this.settings.colour(this.access.practitioner(principal).practiceId()));
	}

	@PutMapping
	@Operation(summary = "Set the practice's skin-marker colour (the owner); recorded with who and when")
	@ApiResponse(responseCode = "200", description = "The setting now in force")
	@ApiResponse(responseCode = "400", description = "No such colour, named (nothing stored)")
	@ApiResponse(responseCode = "403", description = "Not the practice owner")
	Settings update(
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = Settings.class))) @RequestBody String body,
			Principal principal) {
		Account account = this.access.practitioner(principal);
		if (account.role() != Role.OWNER) {
			throw new AccessDeniedException("only the practice owner sets the marker colour");
		}
		Settings requested = new FeedbackJson().request(body, Settings.class);
		String colour = MarkerSettings.normalised(requested.markerColour())
			.orElseThrow(() -> InvalidRequest
				.of("markerColour", (requested.markerColour() == null) ? "required" : "unknown-colour", "markerColour: "
						+ ((requested.markerColour() == null) ? "required"
								: "no such colour \"" + requested.markerColour() + "\"")
						+ "; use detect, none, white, reflective, red, orange, yellow, green, cyan, blue, magenta, pink or #RRGGBB"));
		this.settings.save(account.practiceId(), colour, account.id());
		return new Settings(colour);
	}

}
