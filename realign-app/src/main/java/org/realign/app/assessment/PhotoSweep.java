package org.realign.app.assessment;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Photos and database rows agree after a crash. A photo is stored whole (a file fsynced
 * and renamed atomically, or one S3 PUT) before the row that names it commits; a SIGKILL
 * between the two leaves a photo no row refers to, and one during a file write leaves a
 * {@code .part} file. Both are removed at start-up and then every
 * {@code realign.photos.sweep-interval}, on one replica at a time (a ShedLock row).
 * <p>
 * Only old objects are touched, so an upload in flight never loses its photo: on a
 * server's own directory, anything written before this JVM started; on storage that
 * replicas share, anything older than {@code realign.photos.sweep-grace} (another server
 * may be between its PUT and its commit).
 */
@Component
class PhotoSweep implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(PhotoSweep.class);

	private final PhotoStore photos;

	private final JdbcClient jdbc;

	private final PhotoStorageProperties properties;

	private final Clock clock;

	PhotoSweep(PhotoStore photos, JdbcClient jdbc, PhotoStorageProperties properties, Clock clock) {
		this.photos = photos;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
		sweep(this.photos.storage().shared() ? sharedCutoff() : started);
	}

	@Scheduled(initialDelayString = "${realign.photos.sweep-interval:PT1H}",
			fixedDelayString = "${realign.photos.sweep-interval:PT1H}")
	@SchedulerLock(name = "photo-sweep")
	void sweepRegularly() {
		sweep(sharedCutoff());
	}

	private Instant sharedCutoff() {
		return this.clock.instant().minus(this.properties.sweepGrace());
	}

	List<String> sweep(Instant cutoff) {
		Set<String> referenced = new HashSet<>(
				this.jdbc.sql("SELECT photo_path FROM assessment_view").query(String.class).list());
		List<String> deleted = this.photos.sweep(referenced, cutoff);
		if (!deleted.isEmpty()) {
			logger.info("Removed {} photo(s) left by an interrupted upload: {}", deleted.size(), deleted);
		}
		return deleted;
	}

}
