package org.realign.core.knowledge;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every exercise drawing's caption fits inside its drawing: each line, measured with a
 * real sans-serif font at the caption's size (on Linux the JDK's SansSerif is DejaVu
 * Sans, wider than the Arial or Helvetica a browser may pick), lies within the view box
 * with its anchor, and the last line's descenders stay above the bottom edge. The 90/90
 * breathing caption was cut at both sides before its caption wrapped.
 */
class PictureCaptionsTest {

	private static final FontRenderContext RENDERING = new FontRenderContext(null, true, true);

	@Test
	void everyExercisesCaption_fitsInsideItsDrawing() throws Exception {
		List<Exercise> exercises = KnowledgeBaseLoader.load().exercises().all();
		assertThat(exercises).hasSizeGreaterThanOrEqualTo(40);
		List<String> problems = new ArrayList<>();
		int lines = 0;
		for (Exercise exercise : exercises) {
			Document svg = parse(exercise.id());
			Element root = svg.getDocumentElement();
			String[] box = root.getAttribute("viewBox").trim().split("[ ,]+");
			double width = Double.parseDouble(box[2]);
			double height = Double.parseDouble(box[3]);
			NodeList texts = svg.getElementsByTagName("text");
			for (int i = 0; i < texts.getLength(); i++) {
				Element text = (Element) texts.item(i);
				NodeList spans = text.getElementsByTagName("tspan");
				List<Element> placed = new ArrayList<>();
				if (spans.getLength() == 0) {
					placed.add(text);
				}
				for (int s = 0; s < spans.getLength(); s++) {
					placed.add((Element) spans.item(s));
				}
				Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1)
					.deriveFont(Float.parseFloat(text.getAttribute("font-size")));
				for (Element line : placed) {
					lines++;
					String words = line.getTextContent();
					double advance = font.getStringBounds(words, RENDERING).getWidth();
					double x = Double.parseDouble(line.getAttribute("x"));
					double y = Double.parseDouble(line.getAttribute("y"));
					double left = switch (text.getAttribute("text-anchor")) {
						case "middle" -> x - advance / 2;
						case "end" -> x - advance;
						default -> x;
					};
					double descent = font.getLineMetrics(words, RENDERING).getDescent();
					if (left < 0 || left + advance > width) {
						problems.add(String.format("%s: \"%s\" spans %.0f to %.0f of %.0f px", exercise.id(), words,
								left, left + advance, width));
					}
					if (y + descent > height) {
						problems.add(String.format("%s: \"%s\" ends at %.1f below the %.0f px drawing", exercise.id(),
								words, y + descent, height));
					}
				}
			}
		}
		assertThat(lines).as("caption lines measured").isGreaterThanOrEqualTo(20);
		assertThat(problems).isEmpty();
	}

	private static Document parse(String exerciseId) throws Exception {
		try (InputStream in = PictureCaptionsTest.class.getClassLoader()
			.getResourceAsStream(KnowledgeBaseValidator.PICTURES + exerciseId + ".svg")) {
			assertThat(in).as(exerciseId + " has a picture").isNotNull();
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(false);
			return factory.newDocumentBuilder().parse(in);
		}
	}

}
