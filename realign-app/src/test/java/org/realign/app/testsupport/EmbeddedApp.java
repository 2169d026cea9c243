package org.realign.app.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AliasFor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded default as a newcomer meets it ({@code ./realign serve --demo}): the whole
 * app on a random port, with H2 and the demo practice in a data directory of its own. A
 * test of a real installation asks for no demo with
 * {@code properties = "realign.demo.enabled=false"}. Each application context gets a
 * fresh directory, so contexts that Spring caches across test classes never share (or
 * lock) one database file.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedApp.FreshDataDirectory.class)
public @interface EmbeddedApp {

	/** Extra properties, as in {@link SpringBootTest#properties()}. */
	@AliasFor(annotation = SpringBootTest.class, attribute = "properties")
	String[] properties() default {};

	/** Deletes the data folder when the context is destroyed. */
	record Removal(Path folder) implements DisposableBean {

		@Override
		public void destroy() throws IOException {
			FileSystemUtils.deleteRecursively(this.folder);
		}

	}

	class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			try {
				Path data = Files.createTempDirectory("realign-it-data-");
				String dir = data.toString();
				// Deleted when the context closes: a bean defined before any other is
				// created first and destroyed last, after the database. A run left
				// hundreds of folders of tens of MB in /tmp.
				((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("freshDataDirectoryRemoval",
						new RootBeanDefinition(Removal.class, () -> new Removal(data)));
				context.getEnvironment()
					.getPropertySources()
					.addFirst(new MapPropertySource("freshDataDirectory", Map.of("realign.data-dir", dir)));
				// Last, so that a test's own properties decide: the demo unless a test
				// says no.
				context.getEnvironment()
					.getPropertySources()
					.addLast(new MapPropertySource("demoUnlessSaidOtherwise", Map.of("realign.demo.enabled", "true")));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
