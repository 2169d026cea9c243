package org.realign.app.progression;

import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.realign.app.api.FeedbackJson;
import org.realign.app.api.InvalidRequest;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.PracticeDirectory.Account;
import org.realign.app.identity.Role;
import org.realign.core.feedback.PracticeSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in practice's thresholds for the progression rules, and whether proposals
 * apply themselves (off unless the owner turns it on).
 */
@RestController
@RequestMapping("/api/practice/feedback-settings")
@Tag(name = "proposals")
class PracticeSettingsApi {

	private final PracticeAccess access;

	private final JdbcPracticeSettings settings;

	private final FeedbackSettings changes;

	PracticeSettingsApi(PracticeAccess access, JdbcPracticeSettings settings, FeedbackSettings changes) {
		this.access = access;
		this.settings = settings;
		this.changes = changes;
	}

	/** A request from before a setting existed keeps that setting's default. */
	private static String withDefaults(String body) {
		try {
			JsonNode tree = FeedbackJson.MAPPER.readTree(body);
			if (tree instanceof ObjectNode object && !object.has("reExposureCalmAttempts")) {
				object.put("reExposureCalmAttempts", PracticeSettings.DEFAULT_RE_EXPOSURE_CALM_ATTEMPTS);
				return FeedbackJson.MAPPER.writeValueAsString(object);
			}
		}
		catch (JacksonException ex) {
			// unreadable: the request below names the problem
		}
		return body;
	}

	@GetMapping
	@Operation(summary = "The practice's progression thresholds and auto-apply setting (practitioners)")
	@ApiResponse(responseCode = "200", description = "The settings in force (the defaults until the owner sets them)")
	@ApiResponse(responseCode = "403", description = "Not a practitioner")
	PracticeSettings show(Principal principal) {
		return this.settings.forPractice(this.access.practitioner(principal).practiceId());
	}

	@PutMapping
	@Operation(summary = "Set the practice's progression thresholds, the calm re-exposure attempts that advance a "
			+ "step, and the auto-apply setting (the owner); recorded with who and when")
	@ApiResponse(responseCode = "200", description = "The settings now in force")
	@ApiResponse(responseCode = "400", description = "A setting out of range, named (nothing stored)")
	@ApiResponse(responseCode = "403", description = "Not the practice owner")
	PracticeSettings update(@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = PracticeSettings.class))) @RequestBody String body,
			Principal principal) {
		Account account = this.access.practitioner(principal);
		if (account.role() != Role.OWNER) {
			throw new AccessDeniedException("only the practice owner changes the thresholds");
		}
		PracticeSettings requested;
		try {
			requested = new FeedbackJson().request(withDefaults(body), PracticeSettings.class);
		}
		catch (InvalidRequest ex) {
			// The record's constructor names the field first: "painThresholdNprs must be
			// 0..10".
			String message = ex.errors().get(0).message();
			String field = message.replaceAll("(?s).*?(\\w+) must .*", "$1");
			throw field.equals(message) ? ex
					: InvalidRequest.of(field, "out-of-range", message.substring(message.indexOf(field + " must ")));
		}
		this.changes.change(account, requested);
		return requested;
	}

}
