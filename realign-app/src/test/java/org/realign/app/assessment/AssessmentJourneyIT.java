package org.realign.app.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.CommandRun;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practitioner uploads a photo; the landmarks are placed by the real pose model and
 * drawn on the photo; measurements, findings, hypotheses and a menu follow. The stored
 * photo carries no metadata, and only those who may see the client get it.
 */
@EmbeddedApp
class AssessmentJourneyIT {

	private static final Pattern ASSESSMENT = Pattern.compile("/clients/(\\d+)/assessments/(\\d+)$");

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	private Browserless signedIn(String username, String password) {
		return Browserless.signedIn(this.port, username, password);
	}

	private long clientId(String name) {
		return DemoClients.id(this.directory, name);
	}

	/**
	 * The reference photo with an EXIF block and a comment that must not survive storage.
	 */
	private static byte[] photoWithMetadata() throws IOException {
		byte[] jpeg = Files.readAllBytes(CommandRun.reference("pose.jpg"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		byte[] exif = "Exif\0\0II*\0\u0008\0\0\0\0\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
		out.write(new byte[] { (byte) 0xFF, (byte) 0xE1, 0, (byte) (exif.length + 2) });
		out.write(exif);
		byte[] comment = "GPS 51.5007N 0.1246W SECRET-LOCATION".getBytes(StandardCharsets.ISO_8859_1);
		out.write(new byte[] { (byte) 0xFF, (byte) 0xFE, 0, (byte) (comment.length + 2) });
		out.write(comment);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	@Test
	void practitionerUploadsAPhoto_andSeesLandmarksMeasurementsAndAMenu() throws IOException {
		long jo = clientId("Jo Rivera");
		Browserless practitioner = signedIn("practitioner@demo.realign", "realign-demo");

		HttpResponse<String> page = practitioner.postFiles("/clients/" + jo + "/assessments",
				Map.of("anterior", Map.entry("front.jpg", photoWithMetadata())));

		Matcher url = ASSESSMENT.matcher(page.uri().getPath());
		assertThat(url.find()).as(page.body()).isTrue();
		assertThat(page.body().split("class=\"landmark\"", -1)).hasSize(33 + 1);
		assertThat(page.body()).contains("shoulder-height-asymmetry-proxy").contains("id=\"menu\"");
		assertThat(practitioner.get("/clients/" + jo).body()).contains("(1 photos)");

		HttpResponse<byte[]> photo = practitioner.getBytes(page.uri().getPath() + "/photos/anterior");
		assertThat(photo.statusCode()).isEqualTo(200);
		assertThat(photo.headers().firstValue("Content-Type")).contains("image/jpeg");
		assertThat(photo.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		String stored = new String(photo.body(), StandardCharsets.ISO_8859_1);
		assertThat(stored).doesNotContain("SECRET-LOCATION").doesNotContain("Exif");

		// Jo sees her own photo; Sam, another client of the practice, and another
		// practice do not.
		assertThat(signedIn("jo@demo.realign", "realign-demo").getBytes(page.uri().getPath() + "/photos/anterior")
			.statusCode()).isEqualTo(200);
		assertThat(signedIn("sam@demo.realign", "realign-demo").getBytes(page.uri().getPath() + "/photos/anterior")
			.statusCode()).isEqualTo(404);
		long other = this.directory.createPractice("Photo Elsewhere");
		this.directory.createUser(other, "photo-elsewhere@example.org", this.passwordEncoder.encode("elsewhere-pass"),
				"Elsewhere", Role.PRACTITIONER);
		Browserless stranger = signedIn("photo-elsewhere@example.org", "elsewhere-pass");
		assertThat(stranger.getBytes(page.uri().getPath() + "/photos/anterior").statusCode()).isEqualTo(404);
		assertThat(stranger.get(page.uri().getPath()).statusCode()).isEqualTo(404);
		assertThat(new Browserless(this.port).get(page.uri().getPath() + "/photos/anterior").uri().getPath())
			.isEqualTo("/login");
	}

	@Test
	void aTextFileNamedJpg_isRefusedWithAMessageAndNothingIsStored() {
		long sam = clientId("Sam Taylor");
		Browserless practitioner = signedIn("practitioner@demo.realign", "realign-demo");

		int before = practitioner.get("/clients/" + sam).body().split("/assessments/\\d", -1).length;
		HttpResponse<String> page = practitioner.postFiles("/clients/" + sam + "/assessments",
				Map.of("left-lateral", Map.entry("side.jpg", "not a photo at all".getBytes(StandardCharsets.UTF_8))));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"problem\"").contains("left-lateral photo");
		assertThat(practitioner.get("/clients/" + sam).body().split("/assessments/\\d", -1)).hasSize(before);
	}

	@Test
	void measureApi_badLandmarksAreA400NamingTheProblem_andClientsMayNotUseIt() {
		Browserless practitioner = signedIn("practitioner@demo.realign", "realign-demo");
		String valid = "{\"views\":[{\"view\":\"left-lateral\",\"image\":{\"width\":1000,\"height\":1500},"
				+ "\"landmarks\":[{\"id\":\"c7\",\"x\":500,\"y\":400,\"source\":\"manual\"},"
				+ "{\"id\":\"left-tragus\",\"x\":423,\"y\":336,\"source\":\"manual\"}]}]}";

		HttpResponse<String> measured = practitioner.sendJson("POST", "/api/measure", valid);
		assertThat(measured.statusCode()).isEqualTo(200);
		assertThat(measured.body()).contains("craniovertebral-angle").contains("measured");

		HttpResponse<String> outside = practitioner.sendJson("POST", "/api/measure",
				valid.replace("\"x\":500", "\"x\":5000"));
		assertThat(outside.statusCode()).isEqualTo(400);
		assertThat(outside.body()).contains("outside the image");

		assertThat(signedIn("sam@demo.realign", "realign-demo").sendJson("POST", "/api/measure", valid).statusCode())
			.isEqualTo(403);
	}

}
