package org.realign.app.assessment;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.CommandRun;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With one detection place (threads 1, queue 0) held by a running detection, a real
 * upload is refused with 503 and Retry-After and stores nothing; once the place is free
 * the same upload is admitted.
 */
@EmbeddedApp(properties = { "realign.pose.threads=1", "realign.pose.queue=0" })
class DetectionAdmissionIT {

	@LocalServerPort
	int port;

	@Autowired
	DetectionAdmission admission;

	@Autowired
	PracticeDirectory directory;

	@Test
	void overflowIsAnswered503WithRetryAfter_andAdmittedOnceThePlaceIsFree() throws Exception {
		long jo = DemoClients.id(this.directory, "Jo Rivera");
		Browserless practitioner = new Browserless(this.port);
		practitioner.logIn("practitioner@demo.realign", "realign-demo");
		byte[] photo = Files.readAllBytes(CommandRun.reference("pose.jpg"));

		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		Thread holder = new Thread(() -> this.admission.admit(() -> {
			running.countDown();
			try {
				return finish.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}));
		holder.start();
		assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

		HttpResponse<String> refused = practitioner.postFiles("/clients/" + jo + "/assessments",
				Map.of("anterior", Map.entry("front.jpg", photo)));
		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.headers().firstValue("Retry-After")).contains("5");
		assertThat(refused.body()).contains("try again");

		finish.countDown();
		holder.join(30_000);

		HttpResponse<String> admitted = practitioner.postFiles("/clients/" + jo + "/assessments",
				Map.of("anterior", Map.entry("front.jpg", photo)));
		assertThat(admitted.statusCode()).isEqualTo(200);
		assertThat(admitted.uri().getPath()).matches("/clients/\\d+/assessments/\\d+");
	}

}
