package org.realign.app.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes failed attempts older than a day, on one server at a time: no rate-limit window
 * is that long, and an address that never comes back would otherwise stay in the table.
 */
@Component
class FailedAttemptsCleanup {

	private static final Duration KEEP = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	FailedAttemptsCleanup(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
	@SchedulerLock(name = "failed-attempts-cleanup")
	int deleteOld() {
		return this.jdbc.sql("DELETE FROM failed_attempt WHERE attempted_at < :horizon")
			.param("horizon", OffsetDateTime.ofInstant(this.clock.instant().minus(KEEP), ZoneOffset.UTC))
			.update();
	}

}
