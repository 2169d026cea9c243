package org.realign.core.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.realign.core.source.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every registered source is cited with its author(s), a year and a title, as the
 * report's numbered sources print them: "Authors. Title. Where, year." An author is a
 * person ("Lau KT", "Young JP Jr", "et al") or a named body ("Keele University", "Realign
 * project"); an undated web page says "n.d.". The Surgimap CVA paper was cited by its
 * topic and PMC number only.
 */
class SourceCitationsTest {

	private static final Pattern PERSON = Pattern
		.compile("((van|von|der|den|de|da|del|di|du|la|le) )*\\p{Lu}[\\p{L}'\u2019-]+( \\p{Lu}[\\p{L}'\u2019-]+)*"
				+ " \\p{Lu}{1,4}( Jr)?|et al");

	/** A named body: each word of four letters or more starts with a capital. */
	private static final Pattern BODY = Pattern.compile("\\p{Lu}[\\p{L}.-]*( ([a-z]{1,3}|\\p{Lu}[\\p{L}.-]*))*");

	private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b|\\bn\\.d\\.");

	/** Authors, then the title, each closed by a full stop and a space. */
	private static final Pattern SHAPE = Pattern.compile("(?<authors>.+?)\\. (?<title>.+?[^ ])\\. (?<rest>.*)");

	@Test
	void everySource_namesItsAuthorsYearAndTitle() {
		Collection<Source> sources = KnowledgeBaseLoader.load().sources().all();
		assertThat(sources).hasSizeGreaterThan(50);
		List<String> problems = new ArrayList<>();
		for (Source source : sources) {
			problems.addAll(problems(source));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aCitationByTopicAlone_orWithoutAYear_isRefused() {
		assertThat(problems(new Source("x",
				"Reliability of craniovertebral angle measurement with the Surgimap application (PMC10558335).", "",
				"")))
			.isNotEmpty();
		assertThat(problems(new Source("x",
				"Standard reference values of the upper body posture in healthy female adults. Sci Rep. 2021;11.", "",
				"")))
			.isNotEmpty();
		assertThat(problems(new Source("x", "Merck Manual Professional Version. Muscle Cramps.", "", ""))).isNotEmpty();
		assertThat(problems(new Source("x",
				"Aafreen A, et al. Clinimetric properties of a smartphone application to measure the craniovertebral "
						+ "angle in different age groups and positions. Heliyon. 2023;9:e19336.",
				"", "")))
			.isEmpty();
		assertThat(problems(
				new Source("x", "Meskers CGM, van der Helm FCT. A title. J Biomech. 1998;31(1):93-96.", "", "")))
			.isEmpty();
	}

	private static List<String> problems(Source source) {
		List<String> problems = new ArrayList<>();
		Matcher shape = SHAPE.matcher(source.citation().strip() + " ");
		if (!shape.matches()) {
			problems.add(source.id() + ": no \"Authors. Title. ...\" in \"" + source.citation() + "\"");
			return problems;
		}
		String authors = shape.group("authors");
		boolean people = List.of(authors.split(", ")).stream().allMatch((a) -> PERSON.matcher(a).matches());
		if (!people && !BODY.matcher(authors).matches()) {
			problems.add(source.id() + ": \"" + authors + "\" names no author");
		}
		if (!YEAR.matcher(shape.group("title") + " " + shape.group("rest")).find()) {
			problems.add(source.id() + ": no year (or n.d. for an undated page) in \"" + source.citation() + "\"");
		}
		return problems;
	}

}
