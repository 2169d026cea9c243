package org.realign.app.assessment;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
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
 * <p>
 * The start-up sweep runs on the scheduler's thread once the server is ready, not before:
 * it lists every photo (a whole bucket, page by page, on S3), which grows with the
 * practice, and readiness must not wait for it. Serving beside it is safe for the same
 * reason as the regular sweep: it only touches photos older than its cut-off.
 */
@Component
class PhotoSweep {

	private static final Logger logger = LoggerFactory.getLogger(PhotoSweep.class);

	private final PhotoStore photos;

	private final JdbcClient jdbc;

	private final PhotoStorageProperties properties;

	private final Clock clock;

	private final TaskScheduler scheduler;

	private volatile ScheduledFuture<?> startUpSweep;

	PhotoSweep(PhotoStore photos, JdbcClient jdbc, PhotoStorageProperties properties, Clock clock,
			TaskScheduler scheduler) {
		this.photos = photos;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.scheduler = scheduler;
	}

	@EventListener(ApplicationReadyEvent.class)
	void sweepOnceReady() {
		Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
		Instant cutoff = this.photos.storage().shared() ? sharedCutoff() : started;
		this.startUpSweep = this.scheduler.schedule(() -> {
			try {
				sweep(cutoff);
			}
			catch (RuntimeException ex) {
				// The next regular sweep tries again; readiness reports the storage's
				// health.
				logger.warn("The start-up photo sweep failed; the next sweep will try again", ex);
			}
		}, Instant.now());
	}

	/**
	 * A server stopped right after it became ready still finishes its start-up sweep, so
	 * that a clean stop leaves photos and rows agreeing (CrashDurabilityIT checks them
	 * after one). This bean goes before the scheduler it uses.
	 */
	@PreDestroy
	void finishStartUpSweep() throws InterruptedException {
		ScheduledFuture<?> sweep = this.startUpSweep;
		if (sweep == null) {
			return;
		}
		try {
			sweep.get(60, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException | CancellationException ex) {
			logger.warn("The start-up photo sweep did not finish before the stop; the next start sweeps again");
		}
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
