package org.realign.app.identity;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing reset codes from one address: after the configured number of wrong codes the
 * page answers 429 with Retry-After, whatever is tried next.
 */
@EmbeddedApp(properties = "realign.security.reset-rate.max-failures=3")
class PasswordResetRateLimitIT {

	@LocalServerPort
	int port;

	@Test
	void reset_afterThreeWrongCodes_tooManyRequestsWithRetryAfter() {
		Browserless guesser = new Browserless(this.port);
		String form = "username=" + URLEncoder.encode("sam@demo.realign", StandardCharsets.UTF_8)
				+ "&password=guessed-password&confirmPassword=guessed-password&code=";

		for (String guess : new String[] { "AAAAAAAAAA", "BBBBBBBBBB", "CCCCCCCCCC" }) {
			assertThat(guesser.postForm("/reset", form + guess).statusCode()).isEqualTo(400);
		}
		HttpResponse<String> paused = guesser.postForm("/reset", form + "DDDDDDDDDD");

		assertThat(paused.statusCode()).isEqualTo(429);
		assertThat(paused.headers().firstValue("Retry-After")).isPresent();
		assertThat(paused.body()).contains("Too many wrong reset codes");
	}

}
