package org.realign.app.progress;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.realign.app.assessment.PostureFindings.SeriesId;
import org.realign.app.client.ClientAccess;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.safety.ReExposureTracking;
import org.realign.core.assessment.Assessor;
import org.realign.core.feedback.ProgressionRules;
import org.realign.core.feedback.progress.ProgressSummary.MeasurementSeries;
import org.realign.core.feedback.progress.ProgressSummary.WeekAdherence;
import org.realign.core.feedback.progress.ProgressSummary.WeekCount;
import org.realign.core.feedback.progress.ProgressSummary;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.knowledge.Muscle;
import org.realign.core.measure.MeasurementDefinition;
import org.realign.core.source.Source;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The progress dashboard, one template for the practitioner and the client: charts drawn
 * on the server, each with the table of its numbers. It reads the same summary as the
 * progress API ({@link ProgressReports}) so the page and the JSON never disagree.
 */
@Controller
class ProgressController {

	private final ProgressReports reports;

	private final ClientAccess clientAccess;

	private final PracticeAccess access;

	private final Assessor assessor;

	private final KnowledgeBase knowledge;

	private final MessageSource messages;

	private final ReExposureTracking reExposure;

	/**
	 * A re-exposure plan on the dashboard: the plan with its history, and its
	 * fingertip-to-floor trend as an SVG polyline (x: attempt order, y: cm, 0 at the
	 * bottom) in a 300 by 100 box.
	 *
	 * @param plan the plan as replayed
	 * @param trendPoints the polyline's points; empty with fewer than two measured
	 * attempts
	 * @param highestCm the top of the trend's scale
	 */
	record PlanView(ReExposureTracking.TrackedPlan plan, String trendPoints, double highestCm) {
	}

	ProgressController(ProgressReports reports, ClientAccess clientAccess, PracticeAccess access, Assessor assessor,
			KnowledgeBase knowledge, MessageSource messages, ReExposureTracking reExposure) {
		this.reExposure = reExposure;
		this.reports = reports;
		this.clientAccess = clientAccess;
		this.access = access;
		this.assessor = assessor;
		this.knowledge = knowledge;
		this.messages = messages;
	}

	@GetMapping("/clients/{id}/progress")
	String practitioner(@PathVariable long id, Principal principal, Model model) {
		this.access.practitioner(principal);
		return show(id, principal, model);
	}

	@GetMapping("/me/progress")
	String own(Principal principal, Model model) {
		return show(this.clientAccess.own(principal).id(), principal, model);
	}

	private String show(long clientId, Principal principal, Model model) {
		Optional<ProgressSummary> found = this.reports.summary(clientId, principal);
		Locale locale = LocaleContextHolder.getLocale();
		DashboardText text = new DashboardText(this.messages, locale);
		model.addAttribute("dates", text);
		if (found.isEmpty()) {
			return "progress/dashboard";
		}
		ProgressSummary summary = found.get();
		long practiceId = this.clientAccess.readable(principal, clientId).practiceId();
		model.addAttribute("plans",
				this.reExposure.plans(clientId, practiceId).stream().map(ProgressController::planView).toList());
		ProgressCharts charts = new ProgressCharts(text);
		model.addAttribute("summary", summary);
		model.addAttribute("measurementCharts", measurementCharts(summary, charts, text));
		model.addAttribute("crampChart",
				charts.crampGrid("chart-cramps", summary.crampsPerMuscle(), weekColumns(summary), this::muscleName));
		model.addAttribute("painChart", charts.pain("chart-pain", summary.pain()));
		model.addAttribute("adherenceChart", charts.adherence("chart-adherence", summary.adherence()));
		// The note under the cramp grid restates these two rules, so it cites their
		// sources.
		model.addAttribute("wakeUpSources", Stream
			.concat(ProgressionRules.WOKEN_UP.sourceIds().stream(), ProgressionRules.PAIN_REGRESS.sourceIds().stream())
			.distinct()
			.map((id) -> this.knowledge.sources().find(id).orElse(new Source(id, id, "", "")))
			.toList());
		return "progress/dashboard";
	}

	private static PlanView planView(ReExposureTracking.TrackedPlan plan) {
		List<Double> reach = plan.progress()
			.reachTrend()
			.stream()
			.map((logged) -> logged.attempt().fingertipToFloorCm().orElseThrow())
			.toList();
		double highest = Math.max(10, reach.stream().mapToDouble(Double::doubleValue).max().orElse(10));
		if (reach.size() < 2) {
			return new PlanView(plan, "", highest);
		}
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < reach.size(); i++) {
			double x = 10 + 280.0 * i / (reach.size() - 1);
			double y = 90 - 80.0 * reach.get(i) / highest;
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
		}
		return new PlanView(plan, points.toString().trim(), highest);
	}

	/** A chart per measurement with two or more values: one value shows no change. */
	private List<Chart> measurementCharts(ProgressSummary summary, ProgressCharts charts, DashboardText text) {
		List<Chart> result = new ArrayList<>();
		for (MeasurementSeries series : summary.measurements()) {
			if (series.points().size() < 2) {
				continue;
			}
			SeriesId id = SeriesId.parse(series.measurementId());
			Optional<MeasurementDefinition> definition = this.assessor.catalog().find(id.measurementId());
			String name = text.text("progress.chart.measurement.name",
					definition.map(MeasurementDefinition::name).orElse(id.measurementId()),
					this.messages.getMessage("view." + id.viewId(), null, id.viewId(), text.locale()));
			result.add(charts.measurement("chart-measurement-" + series.measurementId().replaceAll("[^a-z0-9-]", "-"),
					name, series.unit(), series.points(),
					definition.map((d) -> d.normal().low()).orElse(OptionalDouble.empty()),
					definition.map((d) -> d.normal().high()).orElse(OptionalDouble.empty()),
					errorKind(definition, series, text)));
		}
		return result;
	}

	/**
	 * What the chart's band is: the minimal detectable change the timeline's points carry
	 * (PostureFindings), so the legend names that, not the raw statistic; or, when the
	 * latest reading's own error (estimated points) widens the bar past it, that.
	 */
	private static String errorKind(Optional<MeasurementDefinition> definition, MeasurementSeries series,
			DashboardText text) {
		if (definition.isEmpty()) {
			return "";
		}
		OptionalDouble mdc = definition.get().error().minimalDetectableChange();
		double bar = series.points().get(series.points().size() - 1).mdc();
		if (mdc.isPresent() && bar > mdc.getAsDouble() + 1e-9) {
			return text.text("progress.chart.errorKind.readings");
		}
		return mdc.isPresent() ? "MDC95" : definition.get().error().kind();
	}

	/**
	 * Every week from the first logged week to this one, so that a week without cramps
	 * shows as zeros rather than going missing: fading cramps are the point of the grid.
	 */
	private static List<LocalDate> weekColumns(ProgressSummary summary) {
		TreeSet<LocalDate> weeks = new TreeSet<>();
		summary.adherence().stream().map(WeekAdherence::weekStart).forEach(weeks::add);
		summary.crampsPerMuscle()
			.values()
			.forEach((list) -> list.stream().map(WeekCount::weekStart).forEach(weeks::add));
		return List.copyOf(weeks);
	}

	private String muscleName(String muscleId) {
		return this.knowledge.muscle(muscleId).map(Muscle::name).orElse(muscleId);
	}

	/**
	 * The charts' words from the message bundles, and dates and numbers in the reader's
	 * locale; the template uses it for the tables' dates too.
	 */
	static final class DashboardText implements ChartText {

		private final MessageSource messages;

		private final Locale locale;

		private final DateTimeFormatter day;

		private final DateTimeFormatter full;

		DashboardText(MessageSource messages, Locale locale) {
			this.messages = messages;
			this.locale = locale;
			this.day = DateTimeFormatter.ofPattern(messages.getMessage("progress.dayPattern", null, "d MMM", locale),
					locale);
			this.full = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		}

		Locale locale() {
			return this.locale;
		}

		@Override
		public String text(String key, Object... args) {
			return this.messages.getMessage(key, args, locale);
		}

		@Override
		public String day(LocalDate date) {
			return this.day.format(date);
		}

		/** A date in the tables: "2 Dec 2026" or "Dec 2, 2026". */
		public String date(LocalDate date) {
			return this.full.format(date);
		}

		@Override
		public String number(double value, int decimals) {
			return String.format(this.locale, "%." + decimals + "f", value);
		}

	}

}
