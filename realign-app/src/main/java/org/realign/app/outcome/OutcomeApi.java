package org.realign.app.outcome;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.realign.app.api.FeedbackJson;
import org.realign.app.api.InvalidRequest;
import org.realign.app.client.ClientAccess;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.outcome.OutcomeComparison;
import org.realign.core.feedback.outcome.OutcomeMeasure;
import org.realign.core.feedback.outcome.OutcomeMeasures;
import org.realign.core.feedback.outcome.OutcomeRecord;
import org.realign.core.feedback.outcome.Psfs;
import org.realign.core.feedback.outcome.StartBack;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outcome measures at intake and at each re-assessment: NPRS, PSFS, the optional STarT
 * Back tool (free for non-commercial use only: see its licence note in the measure list)
 * and the fingertip-to-floor distance, each compared with its intake value.
 */
@RestController
@RequestMapping("/api/clients/{clientId}/outcomes")
@Tag(name = "outcomes")
class OutcomeApi {

	private final ClientAccess access;

	private final OutcomeRecording recording;

	OutcomeApi(ClientAccess access, OutcomeRecording recording) {
		this.access = access;
		this.recording = recording;
	}

	@PostMapping
	@Operation(summary = "Record an outcome measure (the client or their practitioners); answers the value "
			+ "with its unit, or the invalid fields")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@Transactional
	ResponseEntity<Recorded> record(@PathVariable long clientId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = OutcomeRecording.OutcomeRequest.class))) @RequestBody String body,
			Principal principal) {
		this.access.readable(principal, clientId);
		OutcomeRecording.OutcomeRequest request = new FeedbackJson().request(body,
				OutcomeRecording.OutcomeRequest.class);
		OutcomeRecording.Outcome outcome = this.recording.record(clientId, request, principal.getName());
		if (outcome instanceof OutcomeRecording.Refused refused) {
			throw new InvalidRequest(refused.errors());
		}
		OutcomeRecording.Recorded recorded = (OutcomeRecording.Recorded) outcome;
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Recorded(recorded.id(), recorded.record(), recorded.measure().unit(), recorded.detail(),
					recorded.measure().licenceNote()));
	}

	@GetMapping
	@Operation(summary = "The client's outcome measures, each compared with intake, and the measure "
			+ "definitions with units, MCIDs and licence notes (the client or their practitioners)")
	History list(@PathVariable long clientId, Principal principal) {
		this.access.readable(principal, clientId);
		return new History(this.recording.history(clientId), this.recording.againstIntake(clientId),
				OutcomeMeasures.all());
	}

	/**
	 * A recorded outcome measure.
	 *
	 * @param id the stored record's id
	 * @param record the value as stored
	 * @param unit the measure's unit
	 * @param detail the answers it was scored from, or null
	 * @param licenceNote the measure's licence terms, if any
	 */
	record Recorded(long id, OutcomeRecord record, String unit,
			@Schema(implementation = OutcomeDetail.class, nullable = true) Object detail, String licenceNote) {
	}

	/**
	 * @param records every recorded value, oldest first
	 * @param comparisons each measure's latest value against intake
	 * @param measures the measures' definitions
	 */
	record History(List<JdbcOutcomeRecords.Stored> records, List<OutcomeComparison> comparisons,
			List<OutcomeMeasure> measures) {
	}

}
