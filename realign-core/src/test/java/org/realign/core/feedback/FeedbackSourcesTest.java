package org.realign.core.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.realign.core.source.Source;
import org.realign.core.source.SourceCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every source id the feedback code and data cite exists in {@code feedback.json}, and
 * every feedback source is cited somewhere. Walks the files so that an id in a string
 * literal cannot slip through.
 */
class FeedbackSourcesTest {

	static final Pattern SOURCE_ID = Pattern.compile("\"(fb-[a-z0-9-]+)\"");

	static final Path CODE = Path.of("src/main/java/org/realign/core/feedback");

	static final Path DATA = Path.of("src/main/resources/kb/feedback");

	@Test
	void citedIds_existInTheCatalog_andEveryFeedbackSourceIsCited() throws IOException {
		SourceCatalog catalog = SourceCatalog.load();
		Set<String> cited = new TreeSet<>();
		for (Path root : new Path[] { CODE, DATA }) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Matcher matcher = SOURCE_ID.matcher(Files.readString(file));
					while (matcher.find()) {
						cited.add(matcher.group(1));
					}
				}
			}
		}
		Set<String> known = new TreeSet<>();
		catalog.all().stream().map(Source::id).filter((id) -> id.startsWith("fb-")).forEach(known::add);

		assertThat(cited).as("cited but not in feedback.json").isSubsetOf(known);
		assertThat(known).as("in feedback.json but never cited").isSubsetOf(cited);
	}

	@Test
	void feedbackSources_haveACitationAndAPrefixThatKeepsThemApartFromOtherFiles() {
		assertThat(SourceCatalog.load().all()).filteredOn((source) -> source.id().startsWith("fb-"))
			.hasSizeGreaterThan(15)
			.allSatisfy((source) -> assertThat(source.citation()).isNotBlank());
	}

}
