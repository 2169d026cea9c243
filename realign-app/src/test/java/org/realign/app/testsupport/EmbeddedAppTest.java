package org.realign.app.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each embedded app's data folder goes with its context: hundreds of test contexts left
 * folders of tens of MB each in the temp directory.
 */
class EmbeddedAppTest {

	@Test
	void theFreshDataDirectory_isDeletedWhenTheContextCloses() throws Exception {
		GenericApplicationContext context = new GenericApplicationContext();
		new EmbeddedApp.FreshDataDirectory().initialize(context);
		context.refresh();
		Path data = Path.of(context.getEnvironment().getRequiredProperty("realign.data-dir"));
		Files.createDirectories(data.resolve("photos"));
		Files.writeString(data.resolve("photos").resolve("a.jpg"), "photo");
		assertThat(data).exists();

		context.close();

		assertThat(data).doesNotExist();
	}

}
