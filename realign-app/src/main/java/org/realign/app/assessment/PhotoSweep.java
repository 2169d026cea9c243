package org.realign.app.assessment;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Photos and database rows agree after a crash. A photo is stored (fsynced, renamed
 * atomically) before the row that names it commits; a SIGKILL between the two leaves a
 * photo no row refers to, and one during the write leaves a {@code .part} file. Both are
 * removed at start-up. Files written since this JVM started are left alone, so a request
 * already in flight cannot lose its photo.
 */
@Component
class PhotoSweep implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(PhotoSweep.class);

	private final PhotoStore photos;

	private final JdbcClient jdbc;

	PhotoSweep(PhotoStore photos, JdbcClient jdbc) {
		this.photos = photos;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		sweep(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
	}

	List<String> sweep(Instant cutoff) {
		Set<String> referenced = new HashSet<>(
				this.jdbc.sql("SELECT photo_path FROM assessment_view").query(String.class).list());
		List<String> deleted = this.photos.sweep(referenced, cutoff);
		if (!deleted.isEmpty()) {
			logger.info("Removed {} photo file(s) left by an interrupted upload: {}", deleted.size(), deleted);
		}
		return deleted;
	}

}
