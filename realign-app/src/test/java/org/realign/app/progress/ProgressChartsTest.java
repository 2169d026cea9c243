package org.realign.app.progress;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.realign.app.progress.ProgressController.DashboardText;
import org.realign.core.feedback.progress.ProgressSummary.PainPoint;
import org.realign.core.feedback.progress.ProgressSummary.TimelinePoint;
import org.realign.core.feedback.progress.ProgressSummary.WeekAdherence;
import org.realign.core.feedback.progress.ProgressSummary.WeekCount;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The dashboard's SVG charts, read back as XML: where the points, bands and cells land,
 * what the text alternatives say, and that labels from the data stay text.
 */
class ProgressChartsTest {

	private static final LocalDate NOV_11 = LocalDate.of(2026, 11, 11);

	private static final LocalDate NOV_25 = LocalDate.of(2026, 11, 25);

	private final ProgressCharts charts = new ProgressCharts(text(Locale.UK));

	static DashboardText text(Locale locale) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("org/realign/app/progress/messages");
		messages.setFallbackToSystemLocale(false);
		return new DashboardText(messages, locale);
	}

	private static TimelinePoint point(LocalDate date, double value, double first, double error) {
		return new TimelinePoint(date, value, value - first, error, Math.abs(value - first) > error);
	}

	private Chart cva(List<TimelinePoint> points) {
		return this.charts.measurement("cva", "Craniovertebral angle, Left side", "deg", points, OptionalDouble.of(50),
				OptionalDouble.empty(), "MDC");
	}

	@Test
	void measurement_twoAssessments_drawsAPointEachWithHigherValuesHigherUp() {
		Document svg = parse(cva(List.of(point(NOV_11, 42, 42, 1.7), point(NOV_25, 47, 42, 1.7))));

		List<Element> points = all(svg, "//*[local-name()='circle'][@class='point']");
		assertThat(points).hasSize(2);
		assertThat(num(points.get(0), "cx")).isLessThan(num(points.get(1), "cx"));
		assertThat(num(points.get(1), "cy")).isLessThan(num(points.get(0), "cy"));
		assertThat(points).extracting((p) -> p.getAttribute("data-date")).containsExactly("2026-11-11", "2026-11-25");
		assertThat(all(svg, "//*[local-name()='polyline']")).hasSize(1);
	}

	@Test
	void measurement_errorBand_isTheValuePlusOrMinusTheErrorAtEachPoint() {
		Document svg = parse(cva(List.of(point(NOV_11, 42, 42, 1.7), point(NOV_25, 47, 42, 1.7))));

		List<Element> points = all(svg, "//*[local-name()='circle'][@class='point']");
		double pixelsPerDegree = (num(points.get(0), "cy") - num(points.get(1), "cy")) / 5.0;
		double[][] band = pathPoints(one(svg, "//*[local-name()='path'][@class='error-band']").getAttribute("d"));
		// upper edge left to right, then lower edge right to left
		assertThat(band).hasNumberOfRows(4);
		assertThat(band[0][0]).isEqualTo(num(points.get(0), "cx"), within(0.01));
		assertThat(band[3][0]).isEqualTo(num(points.get(0), "cx"), within(0.01));
		assertThat((band[3][1] - band[0][1]) / 2 / pixelsPerDegree).isEqualTo(1.7, within(0.01));
		assertThat((band[3][1] + band[0][1]) / 2).isEqualTo(num(points.get(0), "cy"), within(0.01));
		assertThat((band[2][1] - band[1][1]) / 2 / pixelsPerDegree).isEqualTo(1.7, within(0.01));
	}

	@Test
	void measurement_normalRangeWhollyAboveTheValues_isBroughtIntoViewAboveThem() {
		Document svg = parse(cva(List.of(point(NOV_11, 42, 42, 1.7), point(NOV_25, 47, 42, 1.7))));

		Element normal = one(svg, "//*[local-name()='rect'][@class='normal-range']");
		double normalBottom = num(normal, "y") + num(normal, "height");
		assertThat(all(svg, "//*[local-name()='circle'][@class='point']"))
			.allSatisfy((p) -> assertThat(num(p, "cy")).isGreaterThan(normalBottom));
		assertThat(num(normal, "height")).isGreaterThan(0);
		assertThat(desc(svg)).contains("Normal range 50.0 deg or more")
			.contains("42.0 deg on 11 Nov")
			.contains("47.0 deg on 25 Nov")
			.contains("more than the measurement error of ±1.7 deg");
	}

	@Test
	void measurement_changeWithinTheError_saysItCannotBeToldFromNoise() {
		Document svg = parse(cva(List.of(point(NOV_11, 42, 42, 1.7), point(NOV_25, 43, 42, 1.7))));

		assertThat(desc(svg)).contains("within the measurement error of ±1.7 deg");
	}

	@Test
	void measurement_singlePoint_drawsOnePointInThePlotWithItsErrorAndNoLine() {
		Chart chart = cva(List.of(point(NOV_11, 42, 42, 1.7)));
		Document svg = parse(chart);

		Element only = one(svg, "//*[local-name()='circle'][@class='point']");
		assertThat(num(only, "cx")).isBetween(52.0, 346.0);
		assertThat(all(svg, "//*[local-name()='polyline']")).isEmpty();
		assertThat(all(svg, "//*[local-name()='path'][@class='error-band']")).hasSize(1);
		assertThat(chart.svg()).doesNotContain("NaN").doesNotContain("Infinity");
		assertThat(desc(svg)).contains("one assessment");
	}

	@Test
	void measurement_noValues_saysSoInsteadOfDrawing() {
		Document svg = parse(cva(List.of()));

		assertThat(all(svg, "//*[local-name()='circle']")).isEmpty();
		assertThat(desc(svg)).isEqualTo("No data yet.");
	}

	@Test
	void measurement_flatSeriesWithoutError_stillHasAnAxisAndNoBand() {
		Chart chart = this.charts.measurement("flat", "Lower-limb length difference", "%",
				List.of(point(NOV_11, 3, 3, 0), point(NOV_25, 3, 3, 0)), OptionalDouble.empty(), OptionalDouble.empty(),
				"not-established");
		Document svg = parse(chart);

		assertThat(all(svg, "//*[local-name()='circle'][@class='point']")).hasSize(2);
		assertThat(all(svg, "//*[local-name()='path'][@class='error-band']")).isEmpty();
		assertThat(chart.legend()).extracting(Legend::text)
			.contains("No measurement error is established for this measurement");
		assertThat(chart.svg()).doesNotContain("NaN");
	}

	@Test
	void measurement_nameWithMarkup_comesOutAsText() {
		Chart chart = this.charts.measurement("x", "<script>alert(1)</script>", "deg",
				List.of(point(NOV_11, 1, 1, 1), point(NOV_25, 2, 1, 1)), OptionalDouble.empty(), OptionalDouble.empty(),
				"SEM");

		assertThat(chart.svg()).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(title(parse(chart))).isEqualTo("<script>alert(1)</script> over time");
	}

	@Test
	void pain_withinTheScale_hasAZeroToTenAxis() {
		Document svg = parse(this.charts.pain("pain", List.of(new PainPoint(NOV_11, 4), new PainPoint(NOV_25, 1))));

		assertThat(texts(svg)).contains("0", "2", "4", "6", "8", "10");
		assertThat(all(svg, "//*[local-name()='circle'][@class='point']")).hasSize(2);
		assertThat(desc(svg)).contains("highest 4, latest 1");
	}

	@Test
	void pain_valueOutsideTheScale_stretchesTheAxisRatherThanSittingOnItsEdge() {
		Document svg = parse(this.charts.pain("pain", List.of(new PainPoint(NOV_11, 12), new PainPoint(NOV_25, 10))));

		List<Element> points = all(svg, "//*[local-name()='circle'][@class='point']");
		assertThat(num(points.get(0), "cy")).isLessThan(num(points.get(1), "cy")).isGreaterThanOrEqualTo(14);
		assertThat(texts(svg).stream()
			.filter((t) -> t.matches("[0-9.]+"))
			.mapToDouble(Double::parseDouble)
			.max()
			.orElseThrow()).isGreaterThanOrEqualTo(12);
	}

	@Test
	void adherence_barsAreSessionsDoneInsideAnOutlineOfThePrescribed() {
		Document svg = parse(this.charts.adherence("adh", List.of(new WeekAdherence(LocalDate.of(2026, 11, 9), 3, 6),
				new WeekAdherence(LocalDate.of(2026, 11, 16), 6, 6))));

		List<Element> done = all(svg, "//*[local-name()='rect'][@class='done']");
		List<Element> prescribed = all(svg, "//*[local-name()='rect'][@class='prescribed']");
		assertThat(done).hasSize(2);
		assertThat(num(done.get(0), "height") * 2).isEqualTo(num(done.get(1), "height"), within(0.01));
		assertThat(num(prescribed.get(0), "height")).isEqualTo(num(done.get(1), "height"), within(0.01));
		assertThat(texts(svg)).contains("3/6", "6/6", "9 Nov", "16 Nov");
		assertThat(desc(svg)).contains("week of 9 Nov, 3 of 6; week of 16 Nov, 6 of 6");
	}

	@Test
	void crampGrid_everyCellCarriesItsCount_andAQuietWeekShowsZero() {
		LocalDate w1 = LocalDate.of(2026, 11, 9);
		LocalDate w2 = w1.plusWeeks(1);
		LocalDate w3 = w2.plusWeeks(1);
		Map<String, List<WeekCount>> cramps = Map.of("thoracic-erector-spinae",
				List.of(new WeekCount(w1, 6), new WeekCount(w2, 3)), "gluteus-medius", List.of(new WeekCount(w1, 1)));

		Document svg = parse(this.charts.crampGrid("grid", cramps, List.of(w1, w2, w3), Function.identity()));

		List<Element> cells = all(svg, "//*[local-name()='g'][@class='cell']");
		assertThat(cells).hasSize(6);
		assertThat(cells)
			.extracting((c) -> c.getAttribute("data-muscle") + " " + c.getAttribute("data-week") + " "
					+ c.getAttribute("data-count") + " " + cellText(c))
			.containsExactly("gluteus-medius 2026-11-09 1 1", "gluteus-medius 2026-11-16 0 0",
					"gluteus-medius 2026-11-23 0 0", "thoracic-erector-spinae 2026-11-09 6 6",
					"thoracic-erector-spinae 2026-11-16 3 3", "thoracic-erector-spinae 2026-11-23 0 0");
		assertThat(cellFill(cells.get(3))).isEqualTo(ProgressCharts.HEAT.get(4));
		assertThat(cellFill(cells.get(5))).isEqualTo(ProgressCharts.HEAT.get(0));
		assertThat(desc(svg)).contains("2 muscles over 3 weeks");
	}

	@Test
	void crampGrid_muscleWithMarkup_comesOutAsText() {
		LocalDate week = LocalDate.of(2026, 11, 9);
		Chart chart = this.charts.crampGrid("grid", Map.of("<script>x</script>", List.of(new WeekCount(week, 2))),
				List.of(week), Function.identity());

		assertThat(chart.svg()).doesNotContain("<script").contains("&lt;script&gt;x&lt;/script&gt;");
		Element cell = one(parse(chart), "//*[local-name()='g'][@class='cell']");
		assertThat(cell.getAttribute("data-muscle")).isEqualTo("<script>x</script>");
	}

	@Test
	void crampGrid_moreWeeksThanFit_showsTheLatestAndSaysSo() {
		LocalDate first = LocalDate.of(2026, 1, 5);
		List<LocalDate> weeks = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			weeks.add(first.plusWeeks(i));
		}
		Chart chart = this.charts.crampGrid("grid", Map.of("calf", List.of(new WeekCount(first, 9))), weeks,
				Function.identity());

		List<Element> cells = all(parse(chart), "//*[local-name()='g'][@class='cell']");
		assertThat(cells).hasSize(ProgressCharts.MAX_WEEKS);
		assertThat(cells.get(0).getAttribute("data-week")).isEqualTo(first.plusWeeks(8).toString());
		assertThat(chart.legend()).extracting(Legend::text)
			.contains("The grid shows the last 12 weeks; the table has every week.");
	}

	@Test
	void crampGrid_noCramps_saysSo() {
		Document svg = parse(this.charts.crampGrid("grid", Map.of(), List.of(NOV_11), Function.identity()));

		assertThat(desc(svg)).isEqualTo("No data yet.");
	}

	@Test
	void heat_everyStep_hasTextWithAtLeastAAContrast() {
		for (int count = 0; count <= 10; count++) {
			String fill = ChartShapes.heat(count, 10);
			assertThat(Contrast.ratio(fill, ChartShapes.textOn(fill))).as("count " + count + " on " + fill)
				.isGreaterThanOrEqualTo(4.5);
		}
		assertThat(ProgressCharts.HEAT).allSatisfy(
				(fill) -> assertThat(Contrast.ratio(fill, ChartShapes.textOn(fill))).isGreaterThanOrEqualTo(4.5));
	}

	@Test
	void linesAndText_contrastWithTheWhiteBackground() {
		for (String ink : List.of(ProgressCharts.INK, ProgressCharts.DATA, ProgressCharts.AXIS)) {
			assertThat(Contrast.ratio(ink, "#ffffff")).as(ink).isGreaterThanOrEqualTo(4.5);
		}
		assertThat(Contrast.ratio(ProgressCharts.NORMAL_EDGE, "#ffffff")).isGreaterThanOrEqualTo(3);
		assertThat(Contrast.ratio("#000000", "#ffffff")).isEqualTo(21, within(0.01));
	}

	@Test
	void axis_nice_coversTheRangeWithRoundTicks() {
		Axis axis = Axis.nice(40.3, 48.7, 4);

		assertThat(axis.min()).isLessThanOrEqualTo(40.3);
		assertThat(axis.max()).isGreaterThanOrEqualTo(48.7);
		assertThat(axis.step()).isEqualTo(2.5);
		assertThat(axis.ticks()).containsExactly(40.0, 42.5, 45.0, 47.5, 50.0);
		assertThat(Axis.nice(5, 5, 4).max()).isGreaterThan(Axis.nice(5, 5, 4).min());
	}

	@Test
	void dates_followTheLocale() {
		LocalDate day = LocalDate.of(2026, 12, 2);

		assertThat(text(Locale.UK).day(day)).isEqualTo("2 Dec");
		assertThat(text(Locale.US).day(day)).isEqualTo("Dec 2");
		assertThat(text(Locale.UK).date(day)).isEqualTo("2 Dec 2026");
		assertThat(text(Locale.US).date(day)).isEqualTo("Dec 2, 2026");
	}

	private static Document parse(Chart chart) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(chart.svg())));
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed XML: " + chart.svg(), ex);
		}
	}

	private static List<Element> all(Document svg, String xpath) {
		try {
			NodeList nodes = (NodeList) XPathFactory.newInstance()
				.newXPath()
				.evaluate(xpath, svg, XPathConstants.NODESET);
			List<Element> elements = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				elements.add((Element) nodes.item(i));
			}
			return elements;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Element one(Document svg, String xpath) {
		List<Element> found = all(svg, xpath);
		assertThat(found).as(xpath).hasSize(1);
		return found.get(0);
	}

	private static double num(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}

	private static String desc(Document svg) {
		return one(svg, "/*/*[local-name()='desc']").getTextContent();
	}

	private static String title(Document svg) {
		return one(svg, "/*/*[local-name()='title']").getTextContent();
	}

	private static List<String> texts(Document svg) {
		return all(svg, "//*[local-name()='text']").stream().map(Element::getTextContent).toList();
	}

	private static String cellText(Element cell) {
		return cell.getElementsByTagName("text").item(0).getTextContent();
	}

	private static String cellFill(Element cell) {
		return ((Element) cell.getElementsByTagName("rect").item(0)).getAttribute("fill");
	}

	/** The x, y pairs of a path of M, L and Z commands. */
	private static double[][] pathPoints(String d) {
		String[] parts = d.replace("Z", "").trim().split("\\s*[ML]\\s*");
		List<double[]> points = new ArrayList<>();
		for (String part : parts) {
			if (!part.isBlank()) {
				String[] xy = part.trim().split("\\s+");
				points.add(new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) });
			}
		}
		return points.toArray(double[][]::new);
	}

}
