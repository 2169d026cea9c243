package org.realign.app.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.realign.core.feedback.CrampClass;
import org.realign.core.feedback.RuleOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text the session script shows is rendered into the page and exists in the bundle,
 * including one per cramp class, proposal kind and alert level the API can answer, so
 * that no verdict shows up as a bare key.
 */
class SessionScriptTextsTest {

	private static final Path SCRIPT = Path.of("src/main/resources/static/js/session.js");

	private static final Pattern LITERAL_KEY = Pattern.compile("\\btext\\('([^']+)'");

	@Test
	void everyKeyTheScriptReads_isRenderedIntoThePage() throws IOException {
		List<String> read = new ArrayList<>();
		Matcher key = LITERAL_KEY.matcher(Files.readString(SCRIPT));
		while (key.find()) {
			read.add(key.group(1));
		}
		for (CrampClass kind : CrampClass.values()) {
			read.add("verdict.cramp." + kind.name());
		}
		for (RuleOutcome.ProposalKind kind : RuleOutcome.ProposalKind.values()) {
			read.add("verdict.proposal." + kind.name());
		}
		for (RuleOutcome.AlertLevel level : RuleOutcome.AlertLevel.values()) {
			read.add("verdict.alert." + level.name());
		}

		assertThat(read).isNotEmpty();
		assertThat(SessionController.SCRIPT_TEXTS).containsAll(read);
	}

	@Test
	void everyRenderedKey_isInTheBundle() throws IOException {
		Properties bundle = new Properties();
		try (InputStream in = Files
			.newInputStream(Path.of("src/main/resources/org/realign/app/session/messages.properties"))) {
			bundle.load(in);
		}

		assertThat(SessionController.SCRIPT_TEXTS).allMatch((key) -> bundle.containsKey("session.js." + key));
	}

}
