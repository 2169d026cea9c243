package org.realign.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every string a page shows comes from the message bundles: each {@code #{key}} in a
 * template exists in a base bundle, the English (UK) and English (US) bundles only
 * override keys a base has, no key is defined by two bundles, and every bundle on disk is
 * one the application loads ({@link FeatureResources}: one {@code messages} bundle per
 * feature, under {@code org/realign/app/<feature>/}). Fails with the list of what is
 * wrong, after the model of spring-petclinic's I18nPropertiesSyncTest.
 */
class MessagesSyncTest {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path FEATURES = RESOURCES.resolve(FeatureResources.ROOT);

	private static final Pattern KEY = Pattern.compile("#\\{'?([a-zA-Z][\\w.-]*[\\w])'?\\s*[(}+]");

	private static final Pattern LOCALE_SUFFIX = Pattern.compile("_[a-z]{2}_[A-Z]{2}$");

	@Test
	void everyKeyUsedInATemplate_isInABaseBundle() throws IOException {
		Properties base = allBaseKeys();
		List<String> missing = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(FEATURES)) {
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
		assertThat(missing).as("message keys used in templates but missing from every base bundle").isEmpty();
	}

	@Test
	void localeBundles_overrideOnlyKeysOfTheirBase() throws IOException {
		for (String basename : baseNames()) {
			Properties base = load(basename + ".properties");
			for (String locale : List.of("_en_GB", "_en_US")) {
				Path bundle = RESOURCES.resolve(basename + locale + ".properties");
				if (!Files.exists(bundle)) {
					continue;
				}
				TreeSet<String> unknown = new TreeSet<>();
				load(basename + locale + ".properties").stringPropertyNames()
					.stream()
					.filter((k) -> !base.containsKey(k))
					.forEach(unknown::add);
				assertThat(unknown).as(bundle + " has keys its base bundle lacks").isEmpty();
			}
		}
	}

	@Test
	void noKeyIsDefinedInTwoBaseBundles() throws IOException {
		Map<String, String> owner = new HashMap<>();
		List<String> twice = new ArrayList<>();
		for (String basename : baseNames()) {
			for (String key : load(basename + ".properties").stringPropertyNames()) {
				String previous = owner.putIfAbsent(key, basename);
				if (previous != null) {
					twice.add(key + " in " + previous + " and " + basename);
				}
			}
		}
		assertThat(twice).as("keys defined twice: the first bundle listed would silently win").isEmpty();
	}

	@Test
	void everyBundleOnDisk_isLoadedByTheApplication() throws IOException {
		List<String> onDisk;
		try (Stream<Path> files = Files.walk(RESOURCES)) {
			onDisk = files.filter((p) -> p.toString().endsWith(".properties"))
				.map((p) -> RESOURCES.relativize(p).toString().replace('\\', '/'))
				.filter((p) -> !p.startsWith("META-INF/"))
				.map((p) -> LOCALE_SUFFIX.matcher(p.substring(0, p.length() - ".properties".length())).replaceAll(""))
				.distinct()
				.sorted()
				.toList();
		}
		assertThat(onDisk)
			.as("message bundles on disk; each must be a feature's " + FeatureResources.ROOT
					+ "<feature>/messages(_en_GB|_en_US).properties")
			.isEqualTo(FeatureResources.bundleBaseNames());
	}

	/** The base names of the bundles the application loads. */
	private static List<String> baseNames() {
		List<String> names = FeatureResources.bundleBaseNames();
		assertThat(names).as("bundles found by FeatureResources").isNotEmpty();
		return names;
	}

	private static Properties allBaseKeys() throws IOException {
		Properties all = new Properties();
		for (String basename : baseNames()) {
			all.putAll(load(basename + ".properties"));
		}
		return all;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
			properties.load(in);
		}
		return properties;
	}

}
