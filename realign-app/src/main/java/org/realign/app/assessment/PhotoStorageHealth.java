package org.realign.app.assessment;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of the readiness probe ({@code /actuator/health/readiness}): a server whose photo
 * storage does not answer takes no traffic, as one whose database does not answer. Not
 * part of liveness: restarting the server would not bring the bucket back.
 */
@Component("photoStorageHealthIndicator")
class PhotoStorageHealth implements HealthIndicator {

	private final PhotoStorage storage;

	PhotoStorageHealth(PhotoStorage storage) {
		this.storage = storage;
	}

	@Override
	public Health health() {
		try {
			this.storage.check();
			return Health.up().withDetail("storage", this.storage.describe()).build();
		}
		catch (RuntimeException ex) {
			return Health.down().withDetail("storage", this.storage.describe()).build();
		}
	}

}
