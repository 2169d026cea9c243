package org.realign.app.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.realign.core.finding.FindingRule;
import org.realign.core.finding.FindingRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every finding the rules can fire has a name for the page, the comparison and the
 * report.
 */
class FindingNamesTest {

	@Test
	void everyFindingRule_hasANameInTheAssessmentBundle() throws IOException {
		Properties bundle = new Properties();
		try (InputStream in = FindingNamesTest.class
			.getResourceAsStream("/org/realign/app/assessment/messages.properties")) {
			bundle.load(in);
		}
		List<String> unnamed = FindingRules.allCurrentRules()
			.stream()
			.map(FindingRule::id)
			.filter((id) -> !bundle.containsKey("finding." + id))
			.toList();
		assertThat(unnamed).as("findings without finding.<id> in assessment/messages.properties").isEmpty();
	}

}
