package org.realign.core.feedback.progress;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.realign.core.feedback.CrampReport;
import org.realign.core.feedback.ExerciseEntry;
import org.realign.core.feedback.RuleOutcome.Milestone;
import org.realign.core.feedback.SessionLog;
import org.realign.core.feedback.outcome.OutcomeComparison;
import org.realign.core.feedback.outcome.OutcomeRecord;
import org.realign.core.feedback.progress.ProgressSummary.FindingsAt;
import org.realign.core.feedback.progress.ProgressSummary.MeasurementSeries;
import org.realign.core.feedback.progress.ProgressSummary.PainPoint;
import org.realign.core.feedback.progress.ProgressSummary.ReassessmentDue;
import org.realign.core.feedback.progress.ProgressSummary.TimelinePoint;
import org.realign.core.feedback.progress.ProgressSummary.WeekAdherence;
import org.realign.core.feedback.progress.ProgressSummary.WeekCount;
import org.realign.core.prescription.PrescribedMenu;

/**
 * Builds a client's {@link ProgressSummary}. A menu plateaus after 10 to 14 days and is
 * then re-assessed [1]; the summary says where today falls in that window.
 * <p>
 * [1] Egoscue public menu material, as summarised in field research §3.1.
 */
public final class ProgressSummaries {

	/** Days after an assessment from which the next one is due. */
	public static final int REASSESS_FROM_DAYS = 10;

	/** Days after an assessment after which the next one is overdue. */
	public static final int REASSESS_BY_DAYS = 14;

	/** The sources of the re-assessment cadence. */
	public static final List<String> SOURCE_IDS = List.of("fb-egoscue-menu-cadence");

	private final Clock clock;

	public ProgressSummaries(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * @param clientId the client
	 * @param menu the menu in force (for the prescribed sessions per week)
	 * @param logs the version in force of each session log
	 * @param measurements posture measurement values with their MDC
	 * @param findings posture findings per assessment
	 * @param milestones milestones reached so far
	 * @param outcomes outcome measure records
	 * @param lastAssessment the last assessment day
	 */
	public ProgressSummary build(String clientId, PrescribedMenu menu, List<SessionLog> logs,
			List<MeasurementPoint> measurements, List<FindingsAt> findings, List<Milestone> milestones,
			List<OutcomeRecord> outcomes, LocalDate lastAssessment) {
		LocalDate today = LocalDate.now(this.clock);
		List<SessionLog> sorted = logs.stream().sorted(Comparator.comparing(SessionLog::date)).toList();
		return new ProgressSummary(clientId, today, series(measurements),
				findings.stream().sorted(Comparator.comparing(FindingsAt::date)).toList(), crampsPerMuscle(sorted),
				pain(sorted), adherence(sorted, menu, today), milestones, OutcomeComparison.againstIntake(outcomes),
				reassessment(lastAssessment, today));
	}

	private static List<MeasurementSeries> series(List<MeasurementPoint> points) {
		Map<String, List<MeasurementPoint>> byId = points.stream()
			.sorted(Comparator.comparing(MeasurementPoint::date))
			.collect(Collectors.groupingBy(MeasurementPoint::measurementId, TreeMap::new, Collectors.toList()));
		List<MeasurementSeries> series = new ArrayList<>();
		byId.forEach((id, values) -> {
			MeasurementPoint first = values.get(0);
			List<TimelinePoint> timeline = values.stream().map((point) -> {
				double change = point.value() - first.value();
				double bar = changeBar(first, point);
				// The same test as the comparison of two assessments
				// (MeasurementError.changeExceeds with the readings' bar); written out
				// here because the feedback loop may not depend on the measurement engine
				// (FeedbackArchitectureTest).
				return new TimelinePoint(point.date(), point.value(), change, bar, Math.abs(change) > bar);
			}).toList();
			series.add(new MeasurementSeries(id, values.get(0).unit(), timeline));
		});
		return series;
	}

	/**
	 * The change between two readings that is beyond their error: their own errors
	 * combined in quadrature when both have one (two readings with only the test-retest
	 * error give exactly the MDC; an estimated reading widens it), as the comparison page
	 * and the client report judge it; otherwise the MDC.
	 */
	static double changeBar(MeasurementPoint first, MeasurementPoint later) {
		if (first.readingError().isPresent() && later.readingError().isPresent()) {
			return Math.hypot(first.readingError().getAsDouble(), later.readingError().getAsDouble());
		}
		return later.mdc();
	}

	private static Map<String, List<WeekCount>> crampsPerMuscle(List<SessionLog> logs) {
		Map<String, TreeMap<LocalDate, Integer>> counts = new TreeMap<>();
		for (SessionLog log : logs) {
			for (CrampReport cramp : log.allCramps()) {
				counts.computeIfAbsent(cramp.where(), (where) -> new TreeMap<>())
					.merge(weekStart(log.date()), 1, Integer::sum);
			}
		}
		Map<String, List<WeekCount>> result = new LinkedHashMap<>();
		counts.forEach((muscle, weeks) -> result.put(muscle,
				weeks.entrySet().stream().map((e) -> new WeekCount(e.getKey(), e.getValue())).toList()));
		return result;
	}

	private static List<PainPoint> pain(List<SessionLog> logs) {
		Map<LocalDate, Integer> worst = new TreeMap<>();
		for (SessionLog log : logs) {
			worst.merge(log.date(), log.worstPain(), Math::max);
		}
		return worst.entrySet().stream().map((e) -> new PainPoint(e.getKey(), e.getValue())).toList();
	}

	private static List<WeekAdherence> adherence(List<SessionLog> logs, PrescribedMenu menu, LocalDate today) {
		if (logs.isEmpty()) {
			return List.of();
		}
		Map<LocalDate, TreeSet<LocalDate>> doneDays = new TreeMap<>();
		for (SessionLog log : logs) {
			if (log.entries().stream().anyMatch(ExerciseEntry::done)) {
				doneDays.computeIfAbsent(weekStart(log.date()), (week) -> new TreeSet<>()).add(log.date());
			}
		}
		List<WeekAdherence> weeks = new ArrayList<>();
		for (LocalDate week = weekStart(logs.get(0).date()); !week.isAfter(today); week = week.plusWeeks(1)) {
			int done = Optional.ofNullable(doneDays.get(week)).map(TreeSet::size).orElse(0);
			weeks.add(new WeekAdherence(week, done, menu.sessionsPerWeek()));
		}
		return weeks;
	}

	static ReassessmentDue reassessment(LocalDate last, LocalDate today) {
		LocalDate earliest = last.plusDays(REASSESS_FROM_DAYS);
		LocalDate latest = last.plusDays(REASSESS_BY_DAYS);
		ReassessmentDue.Status status = today.isBefore(earliest) ? ReassessmentDue.Status.NOT_YET
				: today.isAfter(latest) ? ReassessmentDue.Status.OVERDUE : ReassessmentDue.Status.DUE;
		return new ReassessmentDue(last, earliest, latest, status);
	}

	private static LocalDate weekStart(LocalDate date) {
		return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
