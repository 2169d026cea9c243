package org.realign.app.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.realign.app.client.Clients;
import org.realign.app.progression.JdbcPracticeSettings;
import org.realign.app.progression.JdbcRuleOutcomes;
import org.realign.app.safety.SpasmGuards;
import org.realign.app.safety.SpasmRecords;
import org.realign.core.feedback.ClientMessages;
import org.realign.core.feedback.CrampClassification;
import org.realign.core.feedback.CrampClassifier;
import org.realign.core.feedback.CrampContext;
import org.realign.core.feedback.CrampReport;
import org.realign.core.feedback.EasedBy;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.PracticeSettings;
import org.realign.core.feedback.RuleOutcome.Alert;
import org.realign.core.feedback.RuleOutcome.AlertLevel;
import org.realign.core.feedback.SessionLogs;
import org.realign.core.feedback.spasm.OpenedEpisode;
import org.realign.core.feedback.spasm.SpasmAssessment;
import org.realign.core.feedback.spasm.SpasmEpisode;
import org.realign.core.feedback.spasm.SpasmTrigger;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds to and reads a client's journal. Cramps go through the cramp classifier without an
 * exercise, so none can be a wake-up cramp, and the practice's recurrence rule counts the
 * journal's night and rest cramps together with those logged in sessions. Spasms go
 * through the spasm advisor and are stored as spasm episodes.
 */
@Service
class Journal {

	static final int NOTE_MAX = 1000;

	/** Two weeks: longer than that is not one spasm episode but a standing problem. */
	static final int SPASM_MINUTES_MAX = 14 * 24 * 60;

	/** The rule id of the alert a journal cramp that needs a doctor raises. */
	static final String CRAMP_RULE_ID = "journal-cramp";

	private final JdbcJournal entries;

	private final SpasmRecords spasms;

	private final JdbcPracticeSettings settings;

	private final JdbcRuleOutcomes alerts;

	private final SessionLogs sessionLogs;

	private final Clock clock;

	private final SpasmGuards guards;

	Journal(JdbcJournal entries, SpasmRecords spasms, SpasmGuards guards, JdbcPracticeSettings settings,
			JdbcRuleOutcomes alerts, SessionLogs sessionLogs, Clock clock) {
		this.guards = guards;
		this.entries = entries;
		this.spasms = spasms;
		this.settings = settings;
		this.alerts = alerts;
		this.sessionLogs = sessionLogs;
		this.clock = clock;
	}

	/** What adding an entry came to. */
	sealed interface Outcome {

	}

	/** Nothing was stored; every problem names its field. */
	record Rejected(List<FieldError> errors) implements Outcome {
	}

	/** A cramp or pain entry was stored; a cramp carries the classifier's reading. */
	record Added(JournalLine line, Optional<CrampClassification> reading) implements Outcome {
	}

	/**
	 * A spasm episode was stored with the advisor's assessment, as from a session or the
	 * spasm API: alerted, a re-screen asked for, and its re-exposure plan started.
	 */
	record AddedSpasm(JournalLine line, SpasmAssessment.Assessed assessment, OpenedEpisode opened) implements Outcome {
	}

	@Transactional
	Outcome add(Clients.ClientRecord client, JournalRequest request, String by) {
		List<FieldError> errors = validate(request);
		if (!errors.isEmpty()) {
			return new Rejected(errors);
		}
		JournalKind kind = JournalKind.byId(request.kind()).orElseThrow();
		String note = request.note() == null ? "" : request.note().strip();
		if (kind == JournalKind.SPASM) {
			return addSpasm(client, request, note, by);
		}
		Entry entry = entry(client, request, newId(), 1);
		this.entries.append(client.id(), entry.line(), by);
		alertIfDoctorNeeded(client, entry);
		return new Added(entry.line(), entry.reading());
	}

	/**
	 * Corrects a cramp or pain entry: the correction is stored as the next version with
	 * its reason, read again by the classifier, and the earlier versions stay. A spasm is
	 * corrected through its episode, not here.
	 * @return empty when the client has no such entry
	 */
	@Transactional
	Optional<Outcome> correct(Clients.ClientRecord client, String entryId, JournalRequest request, String reason,
			String by) {
		Optional<JournalLine> current = this.entries.current(client.id(), entryId);
		if (current.isEmpty()) {
			return Optional.empty();
		}
		List<FieldError> errors = new ArrayList<>(validate(request));
		if (request.kind() != null && !request.kind().equals(current.get().kind())) {
			errors.add(new FieldError("kind", "changed",
					"a correction keeps the kind " + current.get().kind() + "; add a new entry for something else"));
		}
		if (reason == null || reason.isBlank()) {
			errors.add(new FieldError("reason", "required", "the reason for the correction is required"));
		}
		else if (reason.strip().length() > NOTE_MAX) {
			errors.add(new FieldError("reason", "too-long", "reason must be at most " + NOTE_MAX + " characters"));
		}
		if (!errors.isEmpty()) {
			return Optional.of(new Rejected(errors));
		}
		Entry entry = entry(client, request, entryId, current.get().version() + 1);
		this.entries.appendCorrection(client.id(), entry.line(), reason.strip(), by);
		alertIfDoctorNeeded(client, entry);
		return Optional.of(new Added(entry.line(), entry.reading()));
	}

	/** Every version of a cramp or pain entry, oldest first; empty when there is none. */
	List<JournalLine> versions(long clientId, String entryId) {
		return this.entries.versions(clientId, entryId);
	}

	/** A cramp or pain entry, with a cramp's reading. */
	private record Entry(JournalLine line, Optional<CrampClassification> reading) {
	}

	private Entry entry(Clients.ClientRecord client, JournalRequest request, String id, int version) {
		JournalKind kind = JournalKind.byId(request.kind()).orElseThrow();
		String note = request.note() == null ? "" : request.note().strip();
		if (kind == JournalKind.PAIN) {
			return new Entry(new JournalLine(id, version, kind.id(), request.date(), request.where(),
					request.intensity(), null, List.of(), null, null, null, note, this.clock.instant()),
					Optional.empty());
		}
		CrampSetting setting = CrampSetting.byId(request.setting()).orElseThrow();
		Set<CrampContext> context = EnumSet.noneOf(CrampContext.class);
		context.addAll(setting.implied());
		request.context().forEach((contextId) -> context.add(crampContext(contextId).orElseThrow()));
		CrampClassification reading = classify(client, request, setting, context, id);
		return new Entry(new JournalLine(id, version, kind.id(), request.date(), request.where(), request.intensity(),
				setting.id(), context.stream().map(CrampContext::id).sorted().toList(), reading.kind().id(), null, null,
				note, this.clock.instant()), Optional.of(reading));
	}

	private void alertIfDoctorNeeded(Clients.ClientRecord client, Entry entry) {
		if (entry.reading().isEmpty() || !entry.reading().get().needsMedicalReview()) {
			return;
		}
		JournalLine line = entry.line();
		this.alerts.alerts(client.id(),
				List.of(new Alert(CRAMP_RULE_ID, String.valueOf(client.id()), Optional.empty(), AlertLevel.SEE_A_DOCTOR,
						line.date(),
						"Cramp in the " + line.where() + " noted in the journal (" + line.setting() + "). "
								+ String.join(" ", entry.reading().get().reasons()),
						Optional.of(ClientMessages.CRAMP_SEE_A_DOCTOR))),
				this.clock.instant());
	}

	/**
	 * The cramp as the classifier reads it without an exercise. Minutes to ease and what
	 * eased it only matter for a wake-up cramp, which needs a prescribed exercise, so the
	 * journal does not ask for them.
	 */
	private CrampClassification classify(Clients.ClientRecord client, JournalRequest request, CrampSetting setting,
			Set<CrampContext> context, String entryId) {
		PracticeSettings settings = this.settings.forPractice(client.practiceId());
		CrampReport cramp = new CrampReport(request.where(), request.intensity() == null ? 0 : request.intensity(),
				setting.onset(), 0, EasedBy.NOTHING, context);
		int spontaneous = 0;
		if (setting.onset().isSpontaneous()) {
			LocalDate from = request.date().minusDays(settings.recurrenceWindowDays() - 1L);
			spontaneous = 1 + this.entries.spontaneousCramps(client.id(), from, request.date(), entryId)
					+ spontaneousSessionCramps(client.id(), from, request.date());
		}
		return new CrampClassifier(settings).classify(cramp, Optional.empty(), 0, spontaneous);
	}

	/** Night and rest cramps logged with sessions dated within the days given. */
	private int spontaneousSessionCramps(long clientId, LocalDate from, LocalDate to) {
		return (int) this.sessionLogs.currentVersions(String.valueOf(clientId))
			.stream()
			.filter((log) -> !log.date().isBefore(from) && !log.date().isAfter(to))
			.flatMap((log) -> log.allCramps().stream())
			.filter((cramp) -> cramp.onset().isSpontaneous())
			.count();
	}

	private Outcome addSpasm(Clients.ClientRecord client, JournalRequest request, String note, String by) {
		SpasmTrigger trigger = spasmTrigger(request.trigger()).orElseThrow();
		SpasmEpisode episode = new SpasmEpisode("spasm-" + UUID.randomUUID(), 1, Optional.empty(),
				String.valueOf(client.id()), request.date(), request.where(), trigger, request.intensity(),
				Duration.ofMinutes(request.minutes()), List.of(), List.of(), Boolean.TRUE.equals(request.avoiding()),
				Boolean.TRUE.equals(request.newOrWorseSymptoms()), note);
		// One spasm, one episode: the same path as a session's spasm or the spasm API,
		// which also starts the trigger's re-exposure plan.
		SpasmGuards.Reported reported = this.guards.report(client.id(), episode, by);
		if (reported instanceof SpasmGuards.Refused refused) {
			return new Rejected(refused.errors());
		}
		SpasmGuards.Opened opened = (SpasmGuards.Opened) reported;
		return new AddedSpasm(line(new SpasmRecords.StoredSpasm(episode, this.clock.instant(), by)),
				opened.assessment(), opened.answer());
	}

	/** Cramps, pain and spasms, the most recent day first. */
	List<JournalLine> lines(long clientId) {
		List<JournalLine> lines = new ArrayList<>(this.entries.lines(clientId));
		this.spasms.spasms(clientId).forEach((spasm) -> lines.add(line(spasm)));
		lines.sort(Comparator.comparing(JournalLine::date).thenComparing(JournalLine::recordedAt).reversed());
		return lines;
	}

	private static JournalLine line(SpasmRecords.StoredSpasm stored) {
		SpasmEpisode episode = stored.episode();
		return new JournalLine(episode.id(), episode.version(), JournalKind.SPASM.id(), episode.date(),
				episode.region(), episode.severity(), null, List.of(), null, episode.trigger().id(),
				episode.duration().toMinutes(), episode.notes(), stored.recordedAt());
	}

	/**
	 * Every problem with the request, each naming its field; empty when it may be stored.
	 */
	List<FieldError> validate(JournalRequest request) {
		List<FieldError> errors = new ArrayList<>();
		Optional<JournalKind> kind = JournalKind.byId(request.kind());
		if (request.kind() == null || request.kind().isBlank()) {
			errors.add(new FieldError("kind", "required", "kind is required: cramp, pain or spasm"));
		}
		else if (kind.isEmpty()) {
			errors.add(new FieldError("kind", "unknown", "kind must be cramp, pain or spasm"));
		}
		if (request.date() == null) {
			errors.add(new FieldError("date", "required", "date is required"));
		}
		else if (request.date().isAfter(LocalDate.now(this.clock))) {
			errors.add(new FieldError("date", "in-future", "date " + request.date() + " is in the future"));
		}
		if (request.where() == null || request.where().isBlank()) {
			errors.add(new FieldError("where", "required", "where on the body is required"));
		}
		else if (!BodyRegions.ALL.contains(request.where())) {
			errors
				.add(new FieldError("where", "unknown", "where must be one of " + String.join(", ", BodyRegions.ALL)));
		}
		boolean needsIntensity = kind.isPresent() && kind.get() != JournalKind.CRAMP;
		if (request.intensity() == null && needsIntensity) {
			errors.add(new FieldError("intensity", "required", "intensity 0..10 is required"));
		}
		else if (request.intensity() != null && (request.intensity() < 0 || request.intensity() > 10)) {
			errors.add(new FieldError("intensity", "out-of-range",
					"intensity must be between 0 and 10, was " + request.intensity()));
		}
		if (kind.orElse(null) == JournalKind.CRAMP) {
			if (request.setting() == null || request.setting().isBlank()) {
				errors.add(new FieldError("setting", "required",
						"when the cramp came is required: " + Arrays.stream(CrampSetting.values())
							.map(CrampSetting::id)
							.collect(Collectors.joining(", "))));
			}
			else if (CrampSetting.byId(request.setting()).isEmpty()) {
				errors.add(new FieldError("setting", "unknown",
						"setting must be one of " + Arrays.stream(CrampSetting.values())
							.map(CrampSetting::id)
							.collect(Collectors.joining(", "))));
			}
			if (request.context().stream().anyMatch((id) -> crampContext(id).isEmpty())) {
				errors.add(new FieldError("context", "unknown",
						"context must be among " + Arrays.stream(CrampContext.values())
							.map(CrampContext::id)
							.collect(Collectors.joining(", "))));
			}
		}
		if (kind.orElse(null) == JournalKind.SPASM) {
			if (request.trigger() == null || request.trigger().isBlank()) {
				errors.add(new FieldError("trigger", "required", "the movement that set the spasm off is required"));
			}
			else if (spasmTrigger(request.trigger()).isEmpty()) {
				errors.add(new FieldError("trigger", "unknown",
						"trigger must be one of " + Arrays.stream(SpasmTrigger.values())
							.map(SpasmTrigger::id)
							.collect(Collectors.joining(", "))));
			}
			if (request.minutes() == null) {
				errors.add(new FieldError("minutes", "required", "how many minutes the spasm lasted is required"));
			}
			else if (request.minutes() < 0 || request.minutes() > SPASM_MINUTES_MAX) {
				errors.add(new FieldError("minutes", "out-of-range",
						"minutes must be between 0 and " + SPASM_MINUTES_MAX + ", was " + request.minutes()));
			}
		}
		if (request.note() != null && request.note().strip().length() > NOTE_MAX) {
			errors.add(new FieldError("note", "too-long",
					"note must be at most " + NOTE_MAX + " characters, was " + request.note().strip().length()));
		}
		return errors;
	}

	static Optional<CrampContext> crampContext(String id) {
		return Arrays.stream(CrampContext.values()).filter((c) -> c.id().equals(id)).findFirst();
	}

	static Optional<SpasmTrigger> spasmTrigger(String id) {
		return Arrays.stream(SpasmTrigger.values()).filter((t) -> t.id().equals(id)).findFirst();
	}

	private static String newId() {
		return "journal-" + UUID.randomUUID();
	}

}
