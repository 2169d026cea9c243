package org.realign.app.assessment;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.app.testsupport.Renders;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload page with all four views of a standing person, the real model placing the
 * points. RENDERS, not photographs: a textured 3D figure (a young man in a jacket and
 * jeans, Reallusion, CC BY 3.0 US) rendered from the front, the back and both sides with
 * the capture protocol's camera; see {@code testdata/renders/SOURCE.txt}.
 */
@EmbeddedApp
class RenderedViewsUploadIT {

	private static final Pattern ASSESSMENT = Pattern.compile("/clients/(\\d+)/assessments/(\\d+)$");

	/** A measurement row of the page: its id, its view and its error. */
	private static final Pattern MEASURED_ROW = Pattern.compile(
			"<tr data-id=\"([^\"]+)\" data-view=\"([a-z-]+)\">(?:(?!</tr>).)*?<td class=\"error\">± ([0-9.]+)</td>",
			Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	private static byte[] render(String name) throws IOException {
		return Files.readAllBytes(Renders.of(name));
	}

	@Test
	void fourViewsUploaded_eachAccepted_measuredWithErrorsFromEveryView() throws IOException {
		long jo = DemoClients.id(this.directory, "Jo Rivera");
		Browserless practitioner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
		Map<String, Map.Entry<String, byte[]>> files = new LinkedHashMap<>();
		files.put("anterior", Map.entry("front.jpg", render("male01_front.jpg")));
		files.put("posterior", Map.entry("back.jpg", render("male01_back.jpg")));
		files.put("left-lateral", Map.entry("left.jpg", render("male01_left.jpg")));
		files.put("right-lateral", Map.entry("right.jpg", render("male01_right.jpg")));

		HttpResponse<String> page = practitioner.postFiles("/clients/" + jo + "/assessments", files);

		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(ASSESSMENT.matcher(page.uri().getPath()).find()).as(page.body()).isTrue();
		assertThat(page.body()).doesNotContain("Capture check overridden");
		Matcher row = MEASURED_ROW.matcher(page.body());
		int measured = 0;
		Set<String> views = new HashSet<>();
		while (row.find()) {
			assertThat(Double.parseDouble(row.group(3))).as(row.group(1)).isPositive();
			views.add(row.group(2));
			measured++;
		}
		assertThat(measured).isGreaterThanOrEqualTo(12);
		assertThat(views).containsExactlyInAnyOrder("anterior", "posterior", "left-lateral", "right-lateral");
		assertThat(page.body()).contains("id=\"menu\"");
	}

	@Test
	void sideAndBackPhotosGivenForAnotherView_refusedNamingTheViewEachShows_andNothingIsStored() throws IOException {
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		Browserless practitioner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
		int before = practitioner.get("/clients/" + sam).body().split("/assessments/\\d", -1).length;
		record Refusal(String view, String photo, String problem) {
		}
		for (Refusal refusal : List.of(new Refusal("anterior", "male01_left.jpg", "shows the left side, not the front"),
				new Refusal("left-lateral", "male01_right.jpg", "shows the right side, not the left side"),
				new Refusal("right-lateral", "male01_back.jpg", "shows the back, not the right side"),
				new Refusal("posterior", "male01_front.jpg", "shows the front, not the back"))) {
			HttpResponse<String> page = practitioner.postFiles("/clients/" + sam + "/assessments",
					Map.of(refusal.view(), Map.entry("photo.jpg", render(refusal.photo()))));
			assertThat(page.statusCode()).as(refusal.problem()).isEqualTo(422);
			assertThat(page.body()).as(refusal.problem()).contains("id=\"problem\"").contains(refusal.problem());
		}
		assertThat(practitioner.get("/clients/" + sam).body().split("/assessments/\\d", -1)).hasSize(before);
	}

}
