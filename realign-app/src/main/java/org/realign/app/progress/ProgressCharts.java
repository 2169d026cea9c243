package org.realign.app.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.realign.core.feedback.progress.ProgressSummary.PainPoint;
import org.realign.core.feedback.progress.ProgressSummary.TimelinePoint;
import org.realign.core.feedback.progress.ProgressSummary.WeekAdherence;
import org.realign.core.feedback.progress.ProgressSummary.WeekCount;

import static org.realign.app.progress.ChartShapes.axisTitle;
import static org.realign.app.progress.ChartShapes.band;
import static org.realign.app.progress.ChartShapes.dateScale;
import static org.realign.app.progress.ChartShapes.finish;
import static org.realign.app.progress.ChartShapes.heat;
import static org.realign.app.progress.ChartShapes.label;
import static org.realign.app.progress.ChartShapes.line;
import static org.realign.app.progress.ChartShapes.textOn;

/**
 * The progress dashboard's charts as inline SVG, drawn on the server so that they need no
 * JavaScript and no inline style (only SVG presentation attributes, which the
 * Content-Security-Policy allows). Each chart is an image with a title and a description
 * that says in words what it shows; the page keeps the numbers in tables as well.
 * <p>
 * Values are never clipped: an axis grows to take a value outside its usual range (a pain
 * score above 10 would show above 10, not at 10). Colours for lines and text have at
 * least 4.5:1 contrast against the white chart background; the heat grid picks dark or
 * white text per cell, whichever contrasts more (at least 4.5:1 with this palette).
 */
final class ProgressCharts {

	/** Ink for text and axes (15.6:1 on white). */
	static final String INK = "#1d2430";

	/** Axis lines (6.0:1 on white). */
	static final String AXIS = "#5a6473";

	/** Data lines and points (7.6:1 on white). */
	static final String DATA = "#0b5c7a";

	static final String ERROR_FILL = "#b9d7e5";

	static final String NORMAL_FILL = "#dcefdd";

	/** The normal range's edges (5.1:1 on white). */
	static final String NORMAL_EDGE = "#2e7d32";

	static final String GRID = "#e3e7ec";

	/** Heat grid fills, from no cramp to the most cramps in the grid. */
	static final List<String> HEAT = List.of("#ffffff", "#deebf7", "#9ecae1", "#2f6fa3", "#0b3f66");

	/** The most week columns the cramp grid shows; the table below it has every week. */
	static final int MAX_WEEKS = 12;

	static final double FONT = 11;

	private final ChartText text;

	ProgressCharts(ChartText text) {
		this.text = Objects.requireNonNull(text, "text");
	}

	/**
	 * The values of one measurement over time: a point per assessment joined by a line, a
	 * shaded band of plus or minus the measurement error around them, and the normal
	 * range shaded in another colour.
	 * @param id the chart's id, unique on the page
	 * @param name the measurement's human name
	 * @param unit its unit
	 * @param points oldest first, each with the error the table shows
	 * @param normalLow the lower bound of the normal range, if any
	 * @param normalHigh the upper bound, if any
	 * @param errorKind what the error is (SEM, MDC, ...)
	 */
	Chart measurement(String id, String name, String unit, List<TimelinePoint> points, OptionalDouble normalLow,
			OptionalDouble normalHigh, String errorKind) {
		Frame frame = new Frame(360, 220, 52, 14, 14, 46);
		List<Legend> legend = new ArrayList<>();
		legend.add(new Legend("value", this.text.text("progress.chart.legend.value")));
		double error = points.isEmpty() ? 0 : points.get(points.size() - 1).mdc();
		legend.add((error > 0)
				? new Legend("error",
						this.text.text("progress.chart.legend.error", this.text.number(error), unit, errorKind))
				: new Legend("none", this.text.text("progress.chart.legend.noError")));
		String normalText = normalText(normalLow, normalHigh, unit);
		if (normalText != null) {
			legend.add(new Legend("normal", normalText));
		}
		String title = this.text.text("progress.chart.measurement.title", name);
		if (points.isEmpty()) {
			return empty(id, frame, title, legend);
		}
		String desc = measurementDesc(name, unit, points, error) + ((normalText != null) ? " " + normalText + "." : "");

		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		for (TimelinePoint p : points) {
			lo = Math.min(lo, p.value() - p.mdc());
			hi = Math.max(hi, p.value() + p.mdc());
		}
		// A normal bound the data lies wholly beyond is brought into view, so the gap
		// shows; otherwise the shading simply runs to the plot's edge.
		// A little of the range beyond the bound shows too, so the shading is visible.
		if (normalLow.isPresent() && hi < normalLow.getAsDouble()) {
			hi = normalLow.getAsDouble() + Math.max(error, 0.1 * (normalLow.getAsDouble() - lo));
		}
		if (normalHigh.isPresent() && lo > normalHigh.getAsDouble()) {
			lo = normalHigh.getAsDouble() - Math.max(error, 0.1 * (hi - normalHigh.getAsDouble()));
		}
		Axis y = Axis.nice(lo, hi, 4);
		Scale ys = new Scale(y.min(), y.max(), frame.bottom(), frame.top());
		Scale xs = dateScale(points.stream().map(TimelinePoint::date).toList(), frame);

		Svg svg = start(id, frame, title, desc);
		yAxis(svg, frame, y, ys, unit);
		if (normalText != null) {
			double top = ys.at(Math.min(y.max(), normalHigh.orElse(y.max())));
			double bottom = ys.at(Math.max(y.min(), normalLow.orElse(y.min())));
			if (bottom > top) {
				svg.empty("rect", "class", "normal-range", "x", frame.left(), "y", top, "width", frame.width(),
						"height", bottom - top, "fill", NORMAL_FILL);
				for (OptionalDouble bound : List.of(normalLow, normalHigh)) {
					if (bound.isPresent() && bound.getAsDouble() >= y.min() && bound.getAsDouble() <= y.max()) {
						double at = ys.at(bound.getAsDouble());
						svg.empty("line", "x1", frame.left(), "x2", frame.right(), "y1", at, "y2", at, "stroke",
								NORMAL_EDGE, "stroke-width", 1.5);
					}
				}
			}
		}
		if (error > 0 || points.stream().anyMatch((p) -> p.mdc() > 0)) {
			svg.empty("path", "class", "error-band", "d", band(points, xs, ys), "fill", ERROR_FILL, "fill-opacity", 0.8,
					"stroke", DATA, "stroke-width", 1, "stroke-dasharray", "4 3");
		}
		line(svg, points.stream().map((p) -> new double[] { xs.at(p.date().toEpochDay()), ys.at(p.value()) }).toList());
		for (TimelinePoint p : points) {
			svg.open("circle", "class", "point", "cx", xs.at(p.date().toEpochDay()), "cy", ys.at(p.value()), "r", 4.5,
					"fill", DATA, "stroke", "#ffffff", "stroke-width", 1.5, "data-date", p.date().toString(),
					"data-value", p.value());
			svg.text("title", this.text.text("progress.chart.measurement.point", this.text.day(p.date()),
					this.text.number(p.value()), unit, this.text.number(p.mdc())));
			svg.close("circle");
		}
		dateTicks(svg, frame, xs, points.stream().map(TimelinePoint::date).toList());
		axisTitle(svg, frame, this.text.text("progress.chart.axis.assessment"));
		return finish(id, title, svg, legend);
	}

	/** The worst pain per session day on the 0 to 10 scale. */
	Chart pain(String id, List<PainPoint> pain) {
		Frame frame = new Frame(360, 200, 40, 14, 14, 46);
		String title = this.text.text("progress.chart.pain.title");
		List<Legend> legend = List.of(new Legend("value", this.text.text("progress.chart.pain.legend")));
		if (pain.isEmpty()) {
			return empty(id, frame, title, legend);
		}
		int worst = pain.stream().mapToInt(PainPoint::worstNprs).max().orElse(0);
		int least = pain.stream().mapToInt(PainPoint::worstNprs).min().orElse(0);
		String desc = this.text.text("progress.chart.pain.desc", pain.size(), this.text.day(pain.get(0).date()),
				this.text.day(pain.get(pain.size() - 1).date()), worst, pain.get(pain.size() - 1).worstNprs());
		// The scale is 0 to 10; a value outside it (bad data) stretches the axis rather
		// than being drawn on its edge.
		Axis y = Axis.nice(Math.min(0, least), Math.max(10, worst), 5);
		Scale ys = new Scale(y.min(), y.max(), frame.bottom(), frame.top());
		List<LocalDate> dates = pain.stream().map(PainPoint::date).toList();
		Scale xs = dateScale(dates, frame);
		Svg svg = start(id, frame, title, desc);
		yAxis(svg, frame, y, ys, this.text.text("progress.chart.pain.axis"));
		line(svg,
				pain.stream().map((p) -> new double[] { xs.at(p.date().toEpochDay()), ys.at(p.worstNprs()) }).toList());
		for (PainPoint p : pain) {
			svg.open("circle", "class", "point", "cx", xs.at(p.date().toEpochDay()), "cy", ys.at(p.worstNprs()), "r",
					3.5, "fill", DATA, "data-date", p.date().toString(), "data-value", p.worstNprs());
			svg.text("title", this.text.text("progress.chart.pain.point", this.text.day(p.date()), p.worstNprs()));
			svg.close("circle");
		}
		dateTicks(svg, frame, xs, dates);
		axisTitle(svg, frame, this.text.text("progress.chart.axis.session"));
		return finish(id, title, svg, legend);
	}

	/** Sessions done per week as bars, each in the outline of the sessions prescribed. */
	Chart adherence(String id, List<WeekAdherence> weeks) {
		Frame frame = new Frame(360, 200, 40, 14, 22, 46);
		String title = this.text.text("progress.chart.adherence.title");
		List<Legend> legend = List.of(new Legend("done", this.text.text("progress.chart.adherence.done")),
				new Legend("prescribed", this.text.text("progress.chart.adherence.prescribed")));
		if (weeks.isEmpty()) {
			return empty(id, frame, title, legend);
		}
		List<String> perWeek = weeks.stream()
			.map((w) -> this.text.text("progress.chart.adherence.week", this.text.day(w.weekStart()), w.sessionsDone(),
					w.sessionsPrescribed()))
			.toList();
		String desc = this.text.text("progress.chart.adherence.desc", String.join("; ", perWeek));
		int most = weeks.stream().mapToInt((w) -> Math.max(w.sessionsDone(), w.sessionsPrescribed())).max().orElse(1);
		Axis y = Axis.nice(0, Math.max(1, most), 4);
		Scale ys = new Scale(y.min(), y.max(), frame.bottom(), frame.top());
		double slot = frame.width() / weeks.size();
		double barWidth = Math.min(40, slot * 0.6);
		Svg svg = start(id, frame, title, desc);
		yAxis(svg, frame, y, ys, this.text.text("progress.chart.adherence.axis"));
		for (int i = 0; i < weeks.size(); i++) {
			WeekAdherence w = weeks.get(i);
			double centre = frame.left() + slot * (i + 0.5);
			double x = centre - barWidth / 2;
			svg.open("g", "class", "week", "data-week", w.weekStart().toString(), "data-done", w.sessionsDone(),
					"data-prescribed", w.sessionsPrescribed());
			svg.text("title", perWeek.get(i));
			double doneTop = ys.at(w.sessionsDone());
			svg.empty("rect", "class", "done", "x", x, "y", doneTop, "width", barWidth, "height",
					frame.bottom() - doneTop, "fill", DATA);
			double prescribedTop = ys.at(w.sessionsPrescribed());
			svg.empty("rect", "class", "prescribed", "x", x, "y", prescribedTop, "width", barWidth, "height",
					frame.bottom() - prescribedTop, "fill", "none", "stroke", INK, "stroke-width", 1.5,
					"stroke-dasharray", "4 2");
			svg.text("text", this.text.text("progress.chart.adherence.label", w.sessionsDone(), w.sessionsPrescribed()),
					"x", centre, "y", Math.min(doneTop, prescribedTop) - 4, "text-anchor", "middle", "font-size", FONT,
					"fill", INK);
			svg.close("g");
		}
		int step = Math.max(1, (int) Math.ceil(weeks.size() / 6.0));
		for (int i = 0; i < weeks.size(); i += step) {
			svg.text("text", this.text.day(weeks.get(i).weekStart()), "x", frame.left() + slot * (i + 0.5), "y",
					frame.bottom() + 16, "text-anchor", "middle", "font-size", FONT, "fill", INK);
		}
		axisTitle(svg, frame, this.text.text("progress.chart.axis.week"));
		return finish(id, title, svg, legend);
	}

	/**
	 * Cramps per muscle per week as a heat grid: a row per muscle, a column per week, the
	 * cell darker the more cramps, and the count written in every cell so that no one has
	 * to read a colour.
	 * @param id the chart's id
	 * @param cramps per muscle, its weeks with cramps
	 * @param weeks the week columns (Mondays), oldest first; a week no muscle cramped in
	 * shows zeros. Only the last {@value #MAX_WEEKS} are drawn.
	 * @param muscleName the name to show for a muscle id
	 */
	Chart crampGrid(String id, Map<String, List<WeekCount>> cramps, List<LocalDate> weeks,
			Function<String, String> muscleName) {
		String title = this.text.text("progress.chart.cramps.title");
		List<Legend> legend = new ArrayList<>(
				List.of(new Legend("heat", this.text.text("progress.chart.cramps.legend"))));
		List<LocalDate> shown = weeks.stream().sorted().distinct().toList();
		if (shown.size() > MAX_WEEKS) {
			shown = shown.subList(shown.size() - MAX_WEEKS, shown.size());
			legend.add(new Legend("none", this.text.text("progress.chart.cramps.lastWeeks", MAX_WEEKS)));
		}
		List<String> muscles = cramps.keySet()
			.stream()
			.sorted(Comparator.comparing((String m) -> muscleName.apply(m)).thenComparing(Comparator.naturalOrder()))
			.toList();
		double labelWidth = Math.min(200,
				12 + muscles.stream().mapToInt((m) -> label(muscleName.apply(m)).length()).max().orElse(8) * 6.4);
		double cellWidth = 46;
		double cellHeight = 30;
		Frame frame = new Frame(labelWidth + cellWidth * Math.max(1, shown.size()) + 8,
				28 + cellHeight * Math.max(1, muscles.size()) + 8, labelWidth, 28, 8, 8);
		if (muscles.isEmpty() || shown.isEmpty()) {
			return empty(id, new Frame(360, 80, 10, 10, 10, 10), title, legend);
		}
		// The darkest step is the most cramps in any shown cell.
		LocalDate first = shown.get(0);
		int most = cramps.values()
			.stream()
			.flatMap(List::stream)
			.filter((c) -> c.weekStart().compareTo(first) >= 0)
			.mapToInt(WeekCount::count)
			.max()
			.orElse(0);
		String desc = this.text.text("progress.chart.cramps.desc", muscles.size(), shown.size(),
				this.text.day(shown.get(0)), this.text.day(shown.get(shown.size() - 1)));
		Svg svg = start(id, frame, title, desc);
		for (int c = 0; c < shown.size(); c++) {
			svg.text("text", this.text.day(shown.get(c)), "x", frame.left() + cellWidth * (c + 0.5), "y",
					frame.top() - 10, "text-anchor", "middle", "font-size", FONT, "fill", INK);
		}
		for (int r = 0; r < muscles.size(); r++) {
			String muscle = muscles.get(r);
			String name = muscleName.apply(muscle);
			double y = frame.top() + cellHeight * r;
			svg.open("g", "class", "muscle", "data-muscle", muscle);
			svg.text("title", name);
			svg.text("text", label(name), "x", frame.left() - 8, "y", y + cellHeight / 2 + 4, "text-anchor", "end",
					"font-size", FONT + 1, "fill", INK);
			svg.close("g");
			for (int c = 0; c < shown.size(); c++) {
				LocalDate week = shown.get(c);
				int count = cramps.get(muscle)
					.stream()
					.filter((wc) -> wc.weekStart().equals(week))
					.mapToInt(WeekCount::count)
					.sum();
				String fill = heat(count, most);
				double x = frame.left() + cellWidth * c;
				svg.open("g", "class", "cell", "data-muscle", muscle, "data-week", week.toString(), "data-count",
						count);
				svg.text("title", this.text.text("progress.chart.cramps.cell", name, this.text.day(week), count));
				svg.empty("rect", "x", x + 1, "y", y + 1, "width", cellWidth - 2, "height", cellHeight - 2, "fill",
						fill, "stroke", AXIS, "stroke-width", 1);
				svg.text("text", String.valueOf(count), "x", x + cellWidth / 2, "y", y + cellHeight / 2 + 4,
						"text-anchor", "middle", "font-size", FONT + 1, "font-weight", "bold", "fill", textOn(fill));
				svg.close("g");
			}
		}
		return finish(id, title, svg, legend);
	}

	private String normalText(OptionalDouble low, OptionalDouble high, String unit) {
		if (low.isPresent() && high.isPresent()) {
			return this.text.text("progress.chart.normal.between", this.text.number(low.getAsDouble()),
					this.text.number(high.getAsDouble()), unit);
		}
		if (low.isPresent()) {
			return this.text.text("progress.chart.normal.from", this.text.number(low.getAsDouble()), unit);
		}
		if (high.isPresent()) {
			return this.text.text("progress.chart.normal.upTo", this.text.number(high.getAsDouble()), unit);
		}
		return null;
	}

	private String measurementDesc(String name, String unit, List<TimelinePoint> points, double error) {
		TimelinePoint first = points.get(0);
		TimelinePoint last = points.get(points.size() - 1);
		if (points.size() == 1) {
			return this.text.text("progress.chart.measurement.descOne", name, this.text.number(first.value()), unit,
					this.text.day(first.date()));
		}
		String change = this.text.text(
				last.beyondMdc() ? "progress.chart.measurement.beyond" : "progress.chart.measurement.within",
				this.text.number(last.changeFromFirst()), unit, this.text.number(error));
		return this.text.text("progress.chart.measurement.desc", name, points.size(), this.text.number(first.value()),
				unit, this.text.day(first.date()), this.text.number(last.value()), this.text.day(last.date()), change);
	}

	private Svg start(String id, Frame frame, String title, String desc) {
		Svg svg = new Svg();
		// width and height give the chart its natural size where the page does not
		// stretch it (the cramp grid); CSS lets every chart shrink to a phone's width.
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", id, "class", "chart", "viewBox",
				"0 0 " + Svg.num(frame.totalWidth()) + " " + Svg.num(frame.totalHeight()), "width", frame.totalWidth(),
				"height", frame.totalHeight(), "role", "img", "aria-labelledby", id + "-title " + id + "-desc",
				"font-family", "system-ui, sans-serif");
		svg.text("title", title, "id", id + "-title");
		svg.text("desc", desc, "id", id + "-desc");
		svg.empty("rect", "x", 0, "y", 0, "width", frame.totalWidth(), "height", frame.totalHeight(), "fill",
				"#ffffff");
		return svg;
	}

	private Chart empty(String id, Frame frame, String title, List<Legend> legend) {
		Svg svg = start(id, frame, title, this.text.text("progress.chart.noData"));
		svg.text("text", this.text.text("progress.chart.noData"), "x", frame.totalWidth() / 2, "y",
				frame.totalHeight() / 2, "text-anchor", "middle", "font-size", FONT + 1, "fill", INK);
		return finish(id, title, svg, legend);
	}

	private void yAxis(Svg svg, Frame frame, Axis axis, Scale ys, String title) {
		for (double tick : axis.ticks()) {
			double at = ys.at(tick);
			svg.empty("line", "x1", frame.left(), "x2", frame.right(), "y1", at, "y2", at, "stroke", GRID);
			svg.text("text", this.text.number(tick, axis.decimals()), "x", frame.left() - 6, "y", at + 4, "text-anchor",
					"end", "font-size", FONT, "fill", INK);
		}
		svg.empty("line", "x1", frame.left(), "x2", frame.left(), "y1", frame.top(), "y2", frame.bottom(), "stroke",
				AXIS);
		svg.empty("line", "x1", frame.left(), "x2", frame.right(), "y1", frame.bottom(), "y2", frame.bottom(), "stroke",
				AXIS);
		double middle = (frame.top() + frame.bottom()) / 2;
		svg.text("text", title, "x", -middle, "y", 12, "transform", "rotate(-90)", "text-anchor", "middle", "font-size",
				FONT, "fill", INK);
	}

	private void dateTicks(Svg svg, Frame frame, Scale xs, List<LocalDate> dates) {
		List<LocalDate> distinct = dates.stream().distinct().sorted().toList();
		int step = Math.max(1, (int) Math.ceil(distinct.size() / 5.0));
		for (int i = 0; i < distinct.size(); i += step) {
			LocalDate date = distinct.get(i);
			double x = xs.at(date.toEpochDay());
			svg.empty("line", "x1", x, "x2", x, "y1", frame.bottom(), "y2", frame.bottom() + 4, "stroke", AXIS);
			svg.text("text", this.text.day(date), "x", x, "y", frame.bottom() + 16, "text-anchor", "middle",
					"font-size", FONT, "fill", INK);
		}
	}

}
