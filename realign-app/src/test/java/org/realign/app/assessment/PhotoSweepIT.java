package org.realign.app.assessment;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realign.app.client.ClientProfile;
import org.realign.app.client.Clients;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.core.landmark.ImageSize;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a SIGKILL between storing a photo and committing its row leaves behind is removed,
 * and nothing else: photos that rows refer to, and files of uploads in flight, stay.
 */
@EmbeddedApp
class PhotoSweepIT {

	@Autowired
	PhotoStore photos;

	@Autowired
	PhotoSweep sweep;

	@Autowired
	Assessments assessments;

	@Autowired
	Clients clients;

	@Autowired
	PracticeDirectory directory;

	@Value("${realign.data-dir}")
	Path dataDir;

	@Test
	void sweep_removesOrphanPhotosAndPartFiles_andKeepsReferencedAndFreshOnes() throws IOException {
		var practitioner = this.directory.findAccount("practitioner@demo.realign").orElseThrow();
		long clientId = this.clients.create(practitioner.practiceId(), practitioner.id(),
				new ClientProfile("Sweep Test", "", "", "", "", ""));
		String referenced = this.photos.store(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB));
		this.assessments.create(clientId, LocalDate.of(2026, 11, 1), practitioner.id(),
				List.of(new Assessments.StoredView(View.LEFT_LATERAL, referenced,
						LandmarkSet.of(View.LEFT_LATERAL, new ImageSize(40, 30), List.of()))));
		String orphan = this.photos.store(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB));
		String inFlight = this.photos.store(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB));
		Path photoDir = this.dataDir.resolve("photos");
		Path part = Files.createTempFile(photoDir, "upload-", ".part");
		Instant cutoff = Instant.now();
		FileTime beforeTheCrash = FileTime.from(cutoff.minus(1, ChronoUnit.HOURS));
		for (String name : List.of(referenced, orphan, part.getFileName().toString())) {
			Files.setLastModifiedTime(photoDir.resolve(name), beforeTheCrash);
		}
		Files.setLastModifiedTime(photoDir.resolve(inFlight), FileTime.from(cutoff.plusSeconds(5)));

		List<String> deleted = this.sweep.sweep(cutoff);

		assertThat(deleted).containsExactlyInAnyOrder(orphan, part.getFileName().toString());
		assertThat(photoDir.resolve(referenced)).exists();
		assertThat(photoDir.resolve(inFlight)).exists();
		assertThat(photoDir.resolve(orphan)).doesNotExist();
		assertThat(part).doesNotExist();
	}

	/**
	 * Once ready, the start-up sweep (now on the scheduler's thread, so that readiness
	 * does not wait for a listing of every photo) removes what a crash before this start
	 * left; a photo stored since this JVM started stays, whether a row names it yet or
	 * not.
	 */
	@Test
	void theStartUpSweep_runsInTheBackgroundOnceReady_andKeepsWhatThisStartStored() throws Exception {
		Path photoDir = this.dataDir.resolve("photos");
		String leftByACrash = this.photos.store(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB));
		String storedSinceThisStart = this.photos.store(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB));
		Instant jvmStarted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
		Files.setLastModifiedTime(photoDir.resolve(leftByACrash), FileTime.from(jvmStarted.minus(1, ChronoUnit.HOURS)));

		this.sweep.sweepOnceReady();

		for (int i = 0; i < 200 && Files.exists(photoDir.resolve(leftByACrash)); i++) {
			Thread.sleep(50);
		}
		assertThat(photoDir.resolve(leftByACrash)).as("removed by the start-up sweep").doesNotExist();
		assertThat(photoDir.resolve(storedSinceThisStart)).exists();
	}

}
