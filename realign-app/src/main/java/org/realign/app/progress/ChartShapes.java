package org.realign.app.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.realign.core.feedback.progress.ProgressSummary.TimelinePoint;

/**
 * The shapes the progress charts share: the error band, the date scale, lines and axis
 * titles.
 */
final class ChartShapes {

	private ChartShapes() {
	}

	static String band(List<TimelinePoint> points, Scale xs, Scale ys) {
		StringBuilder d = new StringBuilder();
		if (points.size() == 1) {
			// One point has no extent in time: a short bar shows its error.
			TimelinePoint p = points.get(0);
			double x = xs.at(p.date().toEpochDay());
			return "M" + Svg.num(x - 8) + " " + Svg.num(ys.at(p.value() + p.mdc())) + " H" + Svg.num(x + 8) + " V"
					+ Svg.num(ys.at(p.value() - p.mdc())) + " H" + Svg.num(x - 8) + " Z";
		}
		for (int i = 0; i < points.size(); i++) {
			TimelinePoint p = points.get(i);
			d.append(i == 0 ? "M" : " L")
				.append(Svg.num(xs.at(p.date().toEpochDay())))
				.append(' ')
				.append(Svg.num(ys.at(p.value() + p.mdc())));
		}
		for (int i = points.size() - 1; i >= 0; i--) {
			TimelinePoint p = points.get(i);
			d.append(" L")
				.append(Svg.num(xs.at(p.date().toEpochDay())))
				.append(' ')
				.append(Svg.num(ys.at(p.value() - p.mdc())));
		}
		return d.append(" Z").toString();
	}

	static Scale dateScale(List<LocalDate> dates, Frame frame) {
		long first = dates.stream().mapToLong(LocalDate::toEpochDay).min().orElseThrow();
		long last = dates.stream().mapToLong(LocalDate::toEpochDay).max().orElseThrow();
		if (first == last) {
			// A single day sits in the middle.
			return new Scale(first - 1, first + 1, frame.left(), frame.right());
		}
		double inset = 18;
		return new Scale(first, last, frame.left() + inset, frame.right() - inset);
	}

	static void axisTitle(Svg svg, Frame frame, String title) {
		svg.text("text", title, "x", (frame.left() + frame.right()) / 2, "y", frame.totalHeight() - 6, "text-anchor",
				"middle", "font-size", ProgressCharts.FONT, "fill", ProgressCharts.INK);
	}

	static void line(Svg svg, List<double[]> points) {
		if (points.size() < 2) {
			return;
		}
		StringBuilder d = new StringBuilder();
		for (double[] p : points) {
			d.append(d.isEmpty() ? "" : " ").append(Svg.num(p[0])).append(',').append(Svg.num(p[1]));
		}
		svg.empty("polyline", "class", "line", "points", d.toString(), "fill", "none", "stroke", ProgressCharts.DATA,
				"stroke-width", 2);
	}

	/** The fill for a count: none for zero, then four steps up to the grid's highest. */
	static String heat(int count, int most) {
		if (count <= 0 || most <= 0) {
			return ProgressCharts.HEAT.get(0);
		}
		int level = (int) Math.ceil(4.0 * Math.min(count, most) / most);
		return ProgressCharts.HEAT.get(Math.max(1, Math.min(4, level)));
	}

	/** Dark ink or white, whichever contrasts more with the fill. */
	static String textOn(String fill) {
		return (Contrast.ratio(fill, ProgressCharts.INK) >= Contrast.ratio(fill, "#ffffff")) ? ProgressCharts.INK
				: "#ffffff";
	}

	static String label(String name) {
		return (name.length() > 28) ? name.substring(0, 27) + "\u2026" : name;
	}

	static Chart finish(String id, String title, Svg svg, List<Legend> legend) {
		svg.close("svg");
		return new Chart(id, title, svg.toString(), List.copyOf(legend));
	}

}
