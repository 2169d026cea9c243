package org.realign.app.session;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone that sends a queued session twice with the same Idempotency-Key gets the
 * original answer the second time, and the session is stored once.
 */
@EmbeddedApp
class SessionIdempotencyIT {

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRetriedSessionIsStoredOnce_andAnswersTheOriginalOutcome() {
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		Browserless client = Browserless.signedIn(this.port, "sam@demo.realign", "realign-demo");
		String exercise = firstExercise(client, sam);
		String session = "{\"clientId\":\"x\",\"menuId\":\"x\",\"date\":\"" + LocalDate.now(ZoneOffset.UTC)
				+ "\",\"entries\":[{\"exerciseId\":\"" + exercise
				+ "\",\"done\":true,\"performed\":{\"amount\":10},\"effort\":5,\"feedback\":[{\"type\":\"cramp\","
				+ "\"where\":\"left-buttock\",\"intensity\":4,\"onset\":\"DURING\",\"minutesToEase\":1,"
				+ "\"easedBy\":\"STRETCHING\",\"context\":[]}]}],\"standaloneCramps\":[],"
				+ "\"newOrWorseSymptoms\":false,\"notes\":\"\"}";
		int before = count(sam);

		HttpResponse<String> first = client.sendJson("POST", "/api/clients/" + sam + "/sessions", session,
				"Idempotency-Key", "phone-1234-abcd");
		HttpResponse<String> again = client.sendJson("POST", "/api/clients/" + sam + "/sessions", session,
				"Idempotency-Key", "phone-1234-abcd");

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
		assertThat(count(sam)).isEqualTo(before + 1);

		HttpResponse<String> bad = client.sendJson("POST", "/api/clients/" + sam + "/sessions", session,
				"Idempotency-Key", "no spaces allowed");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Idempotency-Key");
		assertThat(count(sam)).isEqualTo(before + 1);
	}

	/**
	 * Regression: two sends with one key at the same instant both missed the other's
	 * answer; the unique key rolled the second back and it answered 500. Now each answers
	 * the one stored outcome and the session is stored once.
	 */
	@Test
	void sendsWithOneKeyAtTheSameInstant_allAnswerTheStoredOutcome_andTheSessionIsStoredOnce() throws Exception {
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		int senders = 6;
		List<Browserless> phones = new ArrayList<>();
		for (int i = 0; i < senders; i++) {
			phones.add(Browserless.signedIn(this.port, "sam@demo.realign", "realign-demo"));
		}
		String session = session(firstExercise(phones.get(0), sam));
		int before = count(sam);

		for (int round = 0; round < 3; round++) {
			String key = "race-" + round + "-" + UUID.randomUUID();
			CyclicBarrier start = new CyclicBarrier(senders);
			ExecutorService pool = Executors.newFixedThreadPool(senders);
			try {
				List<Future<HttpResponse<String>>> answers = new ArrayList<>();
				for (Browserless phone : phones) {
					answers.add(pool.submit(() -> {
						start.await(30, TimeUnit.SECONDS);
						return phone.sendJson("POST", "/api/clients/" + sam + "/sessions", session, "Idempotency-Key",
								key);
					}));
				}
				List<String> bodies = new ArrayList<>();
				for (Future<HttpResponse<String>> answer : answers) {
					HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
					assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
					bodies.add(response.body());
				}
				assertThat(new HashSet<>(bodies)).as("one answer for all sends of round " + round).hasSize(1);
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(count(sam)).isEqualTo(before + round + 1);
		}
	}

	private static String session(String exercise) {
		return "{\"clientId\":\"x\",\"menuId\":\"x\",\"date\":\"" + LocalDate.now(ZoneOffset.UTC)
				+ "\",\"entries\":[{\"exerciseId\":\"" + exercise
				+ "\",\"done\":true,\"performed\":{\"amount\":10},\"effort\":5,\"feedback\":[]}],"
				+ "\"standaloneCramps\":[],\"newOrWorseSymptoms\":false,\"notes\":\"\"}";
	}

	private String firstExercise(Browserless client, long sam) {
		String menu = client.get("/api/clients/" + sam + "/menu").body();
		int at = menu.indexOf("\"exerciseId\":\"") + "\"exerciseId\":\"".length();
		return menu.substring(at, menu.indexOf('"', at));
	}

	private int count(long clientId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM session_log WHERE client_id = ?")
			.param(clientId)
			.query(Integer.class)
			.single();
	}

}
