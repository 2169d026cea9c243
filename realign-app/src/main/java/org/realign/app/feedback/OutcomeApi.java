package org.realign.app.feedback;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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

	private final JdbcOutcomeRecords records;

	private final Clock clock;

	OutcomeApi(ClientAccess access, JdbcOutcomeRecords records, Clock clock) {
		this.access = access;
		this.records = records;
		this.clock = clock;
	}

	/**
	 * One outcome value. PSFS may be given as its activities and STarT Back as its
	 * answers, from which the score is computed; otherwise {@code value} is the score or,
	 * for fingertip-to-floor, the distance in cm.
	 *
	 * @param measureId {@code nprs}, {@code psfs}, {@code start-back} or
	 * {@code fingertip-to-floor}
	 * @param date the day measured, not in the future
	 * @param point {@code intake} or {@code reassessment}
	 * @param value the value in the measure's unit
	 * @param psfs the PSFS activities, 3 to 5, each rated 0..10
	 * @param startBack the STarT Back answers
	 */
	record OutcomeRequest(String measureId, LocalDate date, String point, Double value, PsfsAnswers psfs,
			StartBackAnswers startBack) {
	}

	/**
	 * @param activities 3 to 5 activities, each rated 0 (unable) .. 10
	 */
	record PsfsAnswers(List<Psfs.Activity> activities) {
	}

	/**
	 * @param agreeItems1to8 items 1..8, true for agree
	 * @param bothersomeness item 9: not-at-all, slightly, moderately, very-much or
	 * extremely
	 */
	record StartBackAnswers(List<Boolean> agreeItems1to8, String bothersomeness) {
	}

	@PostMapping
	@Operation(summary = "Record an outcome measure (the client or their practitioners); answers the value "
			+ "with its unit, or the invalid fields")
	@Transactional
	ResponseEntity<Map<String, Object>> record(@PathVariable long clientId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = OutcomeRequest.class))) @RequestBody String body,
			Principal principal) {
		this.access.readable(principal, clientId);
		OutcomeRequest request = new FeedbackJson().request(body, OutcomeRequest.class);
		List<FieldError> errors = new ArrayList<>();
		if (request.measureId() == null) {
			errors.add(new FieldError("measureId", "required", "measureId is required"));
		}
		if (request.date() == null) {
			errors.add(new FieldError("date", "required", "date is required"));
		}
		Optional<OutcomeRecord.AssessmentPoint> point = Arrays.stream(OutcomeRecord.AssessmentPoint.values())
			.filter((p) -> p.id().equals(request.point()))
			.findFirst();
		if (point.isEmpty()) {
			errors.add(new FieldError("point", request.point() == null ? "required" : "unknown",
					"point must be intake or reassessment"));
		}
		Object detail = null;
		Double value = request.value();
		if ("psfs".equals(request.measureId()) && request.psfs() != null) {
			Psfs psfs = new Psfs(Optional.ofNullable(request.psfs().activities()).orElse(List.of()));
			List<FieldError> psfsErrors = psfs.validate();
			psfsErrors.forEach((e) -> errors.add(new FieldError("psfs." + e.field(), e.code(), e.message())));
			if (psfsErrors.isEmpty()) {
				value = psfs.score();
				detail = psfs;
			}
		}
		else if ("start-back".equals(request.measureId()) && request.startBack() != null) {
			Optional<StartBack.Result> result = startBack(request.startBack(), errors);
			if (result.isPresent()) {
				value = (double) result.get().total();
				detail = Map.of("answers", request.startBack(), "result", result.get());
			}
		}
		if (value == null && errors.stream()
			.noneMatch((e) -> e.field().startsWith("psfs.") || e.field().startsWith("startBack."))) {
			errors.add(new FieldError("value", "required", "value is required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequest(errors);
		}
		OutcomeRecord record = new OutcomeRecord(String.valueOf(clientId), request.measureId(), request.date(),
				point.get(), value);
		List<FieldError> invalid = OutcomeMeasures.validate(record, this.clock);
		if (!invalid.isEmpty()) {
			throw new InvalidRequest(invalid);
		}
		long id = this.records.append(clientId, record, detail, principal.getName(), this.clock.instant());
		OutcomeMeasure measure = OutcomeMeasures.find(record.measureId()).orElseThrow();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("id", id);
		answer.put("record", record);
		answer.put("unit", measure.unit());
		answer.put("detail", detail);
		answer.put("licenceNote", measure.licenceNote());
		return ResponseEntity.status(HttpStatus.CREATED).body(answer);
	}

	@GetMapping
	@Operation(summary = "The client's outcome measures, each compared with intake, and the measure "
			+ "definitions with units, MCIDs and licence notes (the client or their practitioners)")
	Map<String, Object> list(@PathVariable long clientId, Principal principal) {
		this.access.readable(principal, clientId);
		List<JdbcOutcomeRecords.Stored> stored = this.records.records(clientId);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("records", stored);
		answer.put("comparisons",
				OutcomeComparison.againstIntake(stored.stream().map(JdbcOutcomeRecords.Stored::record).toList()));
		answer.put("measures", OutcomeMeasures.all());
		return answer;
	}

	private static Optional<StartBack.Result> startBack(StartBackAnswers answers, List<FieldError> errors) {
		List<Boolean> items = Optional.ofNullable(answers.agreeItems1to8()).orElse(List.of());
		int before = errors.size();
		if (items.size() != 8 || items.contains(null)) {
			errors.add(new FieldError("startBack.agreeItems1to8", "count",
					"answer items 1 to 8 with true (agree) or false, got " + items.size()));
		}
		Optional<StartBack.Bothersomeness> bother = Arrays.stream(StartBack.Bothersomeness.values())
			.filter((b) -> b.name().toLowerCase().replace('_', '-').equals(answers.bothersomeness()))
			.findFirst();
		if (bother.isEmpty()) {
			errors.add(new FieldError("startBack.bothersomeness", "unknown",
					"bothersomeness must be not-at-all, slightly, moderately, very-much or extremely"));
		}
		return errors.size() > before ? Optional.empty() : Optional.of(new StartBack(items, bother.get()).score());
	}

}
