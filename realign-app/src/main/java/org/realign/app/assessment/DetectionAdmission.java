package org.realign.app.assessment;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds landmark detection: at most {@code threads + queue} uploads are decoded and run
 * through the model at once (the estimator's own pool runs {@code threads} of them, the
 * rest wait for it). Decoding happens inside, so the decoded images held in memory are
 * bounded too (a 12-megapixel photo decodes to about 36 MB). Past the bound a request is
 * refused at once with {@link Busy}, answered as 503 with Retry-After, instead of piling
 * up images until the heap runs out.
 */
@Component
public class DetectionAdmission {

	/** No room for another detection now; the client should retry after a while. */
	public static final class Busy extends RuntimeException {

		Busy() {
			super("Landmark detection is busy with other photos. Please try again in a few seconds.");
		}

	}

	static final int RETRY_AFTER_SECONDS = 5;

	private final Semaphore places;

	DetectionAdmission(@Value("${realign.pose.threads:2}") int threads, @Value("${realign.pose.queue:4}") int queue) {
		this.places = new Semaphore(Math.max(1, threads) + Math.max(0, queue));
	}

	/**
	 * Runs {@code work} (decode and detect) if there is room, else throws {@link Busy}.
	 */
	public <T> T admit(Supplier<T> work) {
		if (!this.places.tryAcquire()) {
			throw new Busy();
		}
		try {
			return work.get();
		}
		finally {
			this.places.release();
		}
	}

}
