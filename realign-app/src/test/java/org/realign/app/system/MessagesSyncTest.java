package org.realign.app.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every string a page shows comes from the message bundles: each {@code #{key}} in a
 * template exists in the base bundle, and the English (UK) and English (US) bundles only
 * override keys the base has. Fails with the list of what is missing, after the model of
 * spring-petclinic's I18nPropertiesSyncTest.
 */
class MessagesSyncTest {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern KEY = Pattern.compile("#\\{'?([a-zA-Z][\\w.-]*[\\w])'?\\s*[(}+]");

	@Test
	void everyKeyUsedInATemplate_isInTheBaseBundle() throws IOException {
		Properties base = load("messages.properties");
		List<String> missing = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path template : templates.filter((p) -> p.toString().endsWith(".html")).toList()) {
				Matcher key = KEY.matcher(Files.readString(template));
				while (key.find()) {
					String name = key.group(1);
					if (!name.endsWith(".") && !base.containsKey(name)) {
						missing.add(RESOURCES.relativize(template) + ": " + name);
					}
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing from messages.properties").isEmpty();
	}

	@Test
	void localeBundles_overrideOnlyKeysOfTheBase() throws IOException {
		Properties base = load("messages.properties");
		for (String bundle : List.of("messages_en_GB.properties", "messages_en_US.properties")) {
			TreeSet<String> unknown = new TreeSet<>();
			load(bundle).stringPropertyNames().stream().filter((k) -> !base.containsKey(k)).forEach(unknown::add);
			assertThat(unknown).as(bundle + " has keys the base bundle lacks").isEmpty();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
			properties.load(in);
		}
		return properties;
	}

}
