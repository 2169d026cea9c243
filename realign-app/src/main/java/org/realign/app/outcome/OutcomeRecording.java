package org.realign.app.outcome;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.outcome.OutcomeComparison;
import org.realign.core.feedback.outcome.OutcomeMeasure;
import org.realign.core.feedback.outcome.OutcomeMeasures;
import org.realign.core.feedback.outcome.OutcomeRecord;
import org.realign.core.feedback.outcome.Psfs;
import org.realign.core.feedback.outcome.StartBack;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one path that checks and stores an outcome measure, for the API ({@code POST
 * /api/clients/{id}/outcomes}) and the practitioner's outcome page alike: PSFS given as
 * activities and STarT Back given as answers are scored here; anything invalid is refused
 * with every field named and nothing stored.
 */
@Component
public class OutcomeRecording {

	private final JdbcOutcomeRecords records;

	private final Clock clock;

	OutcomeRecording(JdbcOutcomeRecords records, Clock clock) {
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
	public record OutcomeRequest(String measureId, LocalDate date, String point, Double value, PsfsAnswers psfs,
			StartBackAnswers startBack) {
	}

	/**
	 * @param activities 3 to 5 activities, each rated 0 (unable) .. 10
	 */
	public record PsfsAnswers(List<Psfs.Activity> activities) {
	}

	/**
	 * @param agreeItems1to8 items 1..8, true for agree
	 * @param bothersomeness item 9: not-at-all, slightly, moderately, very-much or
	 * extremely
	 */
	public record StartBackAnswers(List<Boolean> agreeItems1to8, String bothersomeness) {
	}

	/** What recording answered: the stored value, or every problem with the request. */
	public sealed interface Outcome permits Recorded, Refused {

	}

	/**
	 * @param id the stored record's id
	 * @param record the value as stored
	 * @param measure its measure (unit, MCID, licence note)
	 * @param detail the PSFS activities or STarT Back answers and result, or null
	 */
	public record Recorded(long id, OutcomeRecord record, OutcomeMeasure measure, Object detail) implements Outcome {
	}

	public record Refused(List<FieldError> errors) implements Outcome {
	}

	@Transactional
	public Outcome record(long clientId, OutcomeRequest request, String recordedBy) {
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
			return new Refused(errors);
		}
		OutcomeRecord record = new OutcomeRecord(String.valueOf(clientId), request.measureId(), request.date(),
				point.get(), value);
		List<FieldError> invalid = OutcomeMeasures.validate(record, this.clock);
		if (!invalid.isEmpty()) {
			return new Refused(invalid);
		}
		long id = this.records.append(clientId, record, detail, recordedBy, this.clock.instant());
		return new Recorded(id, record, OutcomeMeasures.find(record.measureId()).orElseThrow(), detail);
	}

	/**
	 * The client's outcome records, oldest first (by the day measured), with the answers
	 * each score came from: as the API answers them and the FHIR export writes them.
	 */
	public List<JdbcOutcomeRecords.Stored> history(long clientId) {
		return this.records.records(clientId);
	}

	/** One stored value, for pages. */
	public record Entry(long id, OutcomeRecord record, OutcomeMeasure measure, Instant recordedAt, String recordedBy) {

		/**
		 * The unit to print after the value: none for scores, whose UCUM unit is an
		 * annotation such as {@code {score}}.
		 */
		public String displayUnit() {
			return this.measure.unit().startsWith("{") ? "" : this.measure.unit();
		}

	}

	/** The client's outcome records, newest first. */
	public List<Entry> newestFirst(long clientId) {
		List<Entry> entries = new ArrayList<>(history(clientId).stream()
			.map((stored) -> new Entry(stored.id(), stored.record(),
					OutcomeMeasures.find(stored.record().measureId()).orElseThrow(), stored.recordedAt(),
					stored.recordedBy()))
			.toList());
		Collections.reverse(entries);
		return entries;
	}

	/** Each measure's intake value against its latest value. */
	public List<OutcomeComparison> againstIntake(long clientId) {
		return OutcomeComparison
			.againstIntake(history(clientId).stream().map(JdbcOutcomeRecords.Stored::record).toList());
	}

	private static Optional<StartBack.Result> startBack(StartBackAnswers answers, List<FieldError> errors) {
		List<Boolean> items = Optional.ofNullable(answers.agreeItems1to8()).orElse(List.of());
		int before = errors.size();
		if (items.size() != 8 || items.contains(null)) {
			errors.add(new FieldError("startBack.agreeItems1to8", "count",
					"answer items 1 to 8 with true (agree) or false, got " + items.size()));
		}
		Optional<StartBack.Bothersomeness> bother = Arrays.stream(StartBack.Bothersomeness.values())
			.filter((b) -> b.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(answers.bothersomeness()))
			.findFirst();
		if (bother.isEmpty()) {
			errors.add(new FieldError("startBack.bothersomeness", "unknown",
					"bothersomeness must be not-at-all, slightly, moderately, very-much or extremely"));
		}
		return errors.size() > before ? Optional.empty() : Optional.of(new StartBack(items, bother.get()).score());
	}

}
