package org.realign.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A feature's pages and words sit beside its code: the resources mirror the Java
 * packages, so that {@code org.realign.app.session} has its templates in
 * {@code src/main/resources/org/realign/app/session/*.html} and its strings in
 * {@code .../session/messages.properties} (with {@code _en_GB} and {@code _en_US}
 * overrides). A view name is the feature and the file, {@code "session/today"}
 * ({@code spring.thymeleaf.prefix} in application.yml). Every feature's bundle is found
 * on the class path here, so a new feature adds its {@code messages.properties} and
 * touches nothing else.
 */
@Configuration(proxyBeanMethods = false)
class FeatureResources {

	/** Where the features' resources start on the class path. */
	static final String ROOT = "org/realign/app/";

	/** The one name of a feature's message bundle. */
	static final String BUNDLE = "messages";

	/** The view that every error page renders; the layout and it live in this feature. */
	static final String ERROR_VIEW = "web/error";

	/**
	 * Replaces Spring Boot's {@code spring.messages.basename} list: one bundle per
	 * feature, each found where its feature is.
	 */
	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(bundleBaseNames().toArray(String[]::new));
		messages.setDefaultEncoding("UTF-8");
		// en_GB is the base language: a browser asking for German gets it, not the
		// server's own locale.
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/**
	 * Boot renders its error view {@code "error"}, which would sit outside every feature;
	 * this resolver names the web feature's page instead.
	 */
	@Bean
	ErrorViewResolver errorPage() {
		return (request, status, model) -> new ModelAndView(ERROR_VIEW, model);
	}

	/**
	 * The base names of every feature's bundle
	 * ({@code org/realign/app/<feature>/messages}), sorted so that the order never
	 * depends on the class path.
	 */
	static List<String> bundleBaseNames() {
		try {
			Resource[] bundles = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + ROOT + "*/" + BUNDLE + ".properties");
			List<String> names = Arrays.stream(bundles)
				.map((bundle) -> ROOT + feature(bundle) + "/" + BUNDLE)
				.distinct()
				.sorted()
				.toList();
			if (names.isEmpty()) {
				throw new IllegalStateException("No message bundle found under " + ROOT);
			}
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String feature(Resource bundle) {
		try {
			String url = bundle.getURL().toString();
			String folder = url.substring(0, url.lastIndexOf('/'));
			return folder.substring(folder.lastIndexOf('/') + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
