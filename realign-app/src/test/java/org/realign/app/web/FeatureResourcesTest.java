package org.realign.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resources mirror the packages: a page's template and words are found from the
 * feature's package name, and every view name a controller returns and every fragment a
 * template pulls in is a file that exists. A typo in a view name fails here rather than
 * as a blank page at run time.
 */
class FeatureResourcesTest {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path FEATURES = RESOURCES.resolve(FeatureResources.ROOT);

	private static final Path JAVA = Path.of("src/main/java").resolve(FeatureResources.ROOT);

	/** A view name as a controller returns it: {@code "feature/page"}. */
	private static final Pattern VIEW = Pattern.compile("(?:return|ModelAndView\\()\\s*\"([a-z]+/[a-z-]+)\"");

	/** A fragment reference in a template: {@code ~{feature/page :: name}}. */
	private static final Pattern FRAGMENT = Pattern.compile("~\\{([a-z]+/[a-z-]+)\\s*::");

	@Test
	void everyResourceFolder_isAFeaturePackage() throws IOException {
		List<String> strays = new ArrayList<>();
		try (Stream<Path> files = Files.walk(FEATURES)) {
			files.filter(Files::isRegularFile).forEach((file) -> {
				Path folder = FEATURES.relativize(file.getParent());
				if (folder.getNameCount() != 1 || folder.toString().isEmpty()
						|| !Files.isDirectory(JAVA.resolve(folder))) {
					strays.add(RESOURCES.relativize(file).toString());
				}
			});
		}
		assertThat(strays).as("resources outside a feature package's folder").isEmpty();
		assertThat(RESOURCES.resolve("templates")).as("templates belong beside their feature").doesNotExist();
		assertThat(RESOURCES.resolve("i18n")).as("bundles belong beside their feature").doesNotExist();
	}

	@Test
	void everyViewName_andFragment_isATemplateThatExists() throws IOException {
		List<String> missing = new ArrayList<>();
		int views = 0;
		try (Stream<Path> sources = Files.walk(JAVA)) {
			for (Path source : sources.filter((p) -> p.toString().endsWith("Controller.java")).toList()) {
				Matcher view = VIEW.matcher(Files.readString(source));
				while (view.find()) {
					views++;
					if (!Files.exists(FEATURES.resolve(view.group(1) + ".html"))) {
						missing.add(source.getFileName() + ": " + view.group(1));
					}
				}
			}
		}
		try (Stream<Path> templates = Files.walk(FEATURES)) {
			for (Path template : templates.filter((p) -> p.toString().endsWith(".html")).toList()) {
				Matcher fragment = FRAGMENT.matcher(Files.readString(template));
				while (fragment.find()) {
					if (!Files.exists(FEATURES.resolve(fragment.group(1) + ".html"))) {
						missing.add(FEATURES.relativize(template) + ": " + fragment.group(1));
					}
				}
			}
		}
		assertThat(views).as("view names found in the controllers").isGreaterThan(20);
		assertThat(missing).as("view names and fragments without a template").isEmpty();
	}

	@Test
	void bundlesAreFoundPerFeature() {
		assertThat(FeatureResources.bundleBaseNames())
			.contains("org/realign/app/web/messages", "org/realign/app/session/messages",
					"org/realign/app/identity/messages")
			.allMatch((name) -> name.matches("org/realign/app/[a-z]+/messages"));
	}

}
