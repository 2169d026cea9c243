package org.realign.app.assessment;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.realign.app.cli.PhotoVariants;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.CommandRun;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.core.record.KnowledgeBaseVersion;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A practitioner uploads a photo; the landmarks are placed by the real pose model and
 * drawn on the photo; measurements, findings, hypotheses and a menu follow. The stored
 * photo carries no metadata, and only those who may see the client get it.
 */
@EmbeddedApp
class AssessmentJourneyIT {

	/** The landmark file the page hands the editor for the anterior view. */
	private static final Pattern LANDMARK_FILE = Pattern.compile("data-landmarks=\"([^\"]*anterior[^\"]*)\"");

	private static final Pattern ASSESSMENT = Pattern.compile("/clients/(\\d+)/assessments/(\\d+)$");

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Assessments assessments;

	@Autowired
	PasswordEncoder passwordEncoder;

	private Browserless signedIn(String username, String password) {
		return Browserless.signedIn(this.port, username, password);
	}

	private long clientId(String name) {
		return DemoClients.id(this.directory, name);
	}

	/** The first frame of the squat video: a woman standing, facing the camera. */
	private static final String STANDING = "pose_squats_frames/frame_000.jpg";

	/**
	 * The reference photo with an EXIF block and a comment that must not survive storage.
	 */
	private static byte[] photoWithMetadata() throws IOException {
		byte[] jpeg = Files.readAllBytes(CommandRun.reference(STANDING));
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
		assertThat(page.body().split("data-source=\"blazepose-full\"", -1)).hasSize(33 + 1);
		// The acromions and tragi estimated from the keypoints, shown as estimated, to
		// confirm.
		assertThat(page.body().split("data-source=\"estimated\"", -1)).hasSizeGreaterThan(1);
		assertThat(page.body()).contains("id=\"confirm-all\"").contains("estimated from the pose model");
		assertThat(page.body()).contains("shoulder-height-asymmetry-proxy").contains("id=\"menu\"");
		// the result is kept as it was made, with the knowledge base that made it
		assertThat(page.body()).contains("id=\"recorded-result\"")
			.contains("Revision 1 (made)")
			.contains(KnowledgeBaseVersion.shipped().describe())
			.contains("would change nothing");

		// a corrected landmark makes a new revision and keeps the first
		String path = page.uri().getPath();
		String landmarks = practitioner.get(path).body();
		Matcher file = LANDMARK_FILE.matcher(landmarks);
		assertThat(file.find()).as("the page carries the anterior landmark file").isTrue();
		String anterior = HtmlUtils.htmlUnescape(file.group(1));
		HttpResponse<String> saved = practitioner.send("PUT", "/api" + path + "/views/anterior/landmarks",
				"application/json", anterior);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		String corrected = practitioner.get(path).body();
		assertThat(corrected).contains("Revision 2 (landmarks-corrected)").contains("1 · made");
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
	void photosThatFailTheCaptureCheck_areRefusedNamingTheProblem_andNothingIsStored() throws IOException {
		long sam = clientId("Sam Taylor");
		Browserless practitioner = signedIn("practitioner@demo.realign", "realign-demo");
		int before = practitioner.get("/clients/" + sam).body().split("/assessments/\\d", -1).length;
		byte[] standing = Files.readAllBytes(CommandRun.reference(STANDING));
		BufferedImage image = ImageIO.read(CommandRun.reference(STANDING).toFile());
		ByteArrayOutputStream cut = new ByteArrayOutputStream();
		ImageIO.write(image.getSubimage(0, 0, image.getWidth(), 810), "jpg", cut);
		// Two copies of the standing client side by side: two people in one photo.
		BufferedImage twoPeople = new BufferedImage(2 * image.getWidth(), image.getHeight(),
				BufferedImage.TYPE_INT_RGB);
		Graphics2D g = twoPeople.createGraphics();
		g.drawImage(image, 0, 0, null);
		g.drawImage(image, image.getWidth(), 0, null);
		g.dispose();
		ByteArrayOutputStream two = new ByteArrayOutputStream();
		ImageIO.write(twoPeople, "jpg", two);
		// The standing client on a photo turned 25 degrees: the camera, not a posture.
		ByteArrayOutputStream tilted = new ByteArrayOutputStream();
		ImageIO.write(PhotoVariants.rotate(image, 25), "jpg", tilted);

		record Refusal(String problem, String view, byte[] photo) {
		}
		List<Refusal> refusals = List.of(new Refusal("shows the front, not the left side", "left-lateral", standing),
				new Refusal("not standing: lunging", "anterior", Files.readAllBytes(CommandRun.reference("pose.jpg"))),
				new Refusal("not standing: squatting", "anterior",
						Files.readAllBytes(CommandRun.reference("pose_squats_frames/frame_010.jpg"))),
				new Refusal("whole body not in the photo: feet cut off", "anterior", cut.toByteArray()),
				new Refusal("more than one person in the photo (2 found)", "anterior", two.toByteArray()),
				new Refusal("camera tilted: the body", "anterior", tilted.toByteArray()));
		for (Refusal refusal : refusals) {
			HttpResponse<String> page = practitioner.postFiles("/clients/" + sam + "/assessments",
					Map.of(refusal.view(), Map.entry("photo.jpg", refusal.photo())));
			assertThat(page.statusCode()).as(refusal.problem()).isEqualTo(422);
			assertThat(page.body()).as(refusal.problem()).contains("id=\"problem\"").contains(refusal.problem());
			if (refusal.problem().startsWith("camera")) {
				// Named by the camera alone, not as a posture or a raised arm.
				assertThat(page.body()).doesNotContain("not standing").doesNotContain("arms not relaxed");
			}
		}
		assertThat(practitioner.get("/clients/" + sam).body().split("/assessments/\\d", -1)).hasSize(before);
	}

	@Test
	void aPhotoKeptAsTheBackThoughReadAsTheFront_takesTheSidesOfTheBack() throws IOException {
		long sam = clientId("Sam Taylor");
		Browserless practitioner = signedIn("practitioner@demo.realign", "realign-demo");
		byte[] standing = Files.readAllBytes(CommandRun.reference(STANDING));

		// The photo shows the front; the model reads it so, and says so.
		HttpResponse<String> refused = practitioner.postFiles("/clients/" + sam + "/assessments",
				Map.of("posterior", Map.entry("back.jpg", standing)));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("shows the front, not the back");

		// Kept as the back all the same (as a practitioner keeps a back photo the model
		// misread), its left and right are the back view's: the person's left shoulder is
		// on the photo's left, where the model had put the right one.
		LandmarkSet asFront = stored(practitioner, sam, "anterior", standing);
		LandmarkSet asBack = stored(practitioner, sam, "posterior", standing);
		double frontLeft = asFront.find(LandmarkId.LEFT_SHOULDER).orElseThrow().x();
		double frontRight = asFront.find(LandmarkId.RIGHT_SHOULDER).orElseThrow().x();
		assertThat(frontLeft).isGreaterThan(frontRight);
		assertThat(asBack.find(LandmarkId.LEFT_SHOULDER).orElseThrow().x()).isCloseTo(frontRight, within(0.5));
		assertThat(asBack.find(LandmarkId.RIGHT_SHOULDER).orElseThrow().x()).isCloseTo(frontLeft, within(0.5));
		assertThat(asBack.find(LandmarkId.LEFT_ANKLE).orElseThrow().x())
			.isLessThan(asBack.find(LandmarkId.RIGHT_ANKLE).orElseThrow().x());
	}

	private LandmarkSet stored(Browserless practitioner, long client, String view, byte[] photo) {
		HttpResponse<String> page = practitioner.postFiles("/clients/" + client + "/assessments?acceptCapture=true",
				Map.of(view, Map.entry(view + ".jpg", photo)));
		assertThat(page.uri().getPath()).as(page.body()).matches("/clients/\\d+/assessments/\\d+");
		long id = Long.parseLong(page.uri().getPath().replaceAll(".*/", ""));
		return this.assessments.find(client, id)
			.orElseThrow()
			.view(View.fromId(view).orElseThrow())
			.orElseThrow()
			.landmarks();
	}

	@Test
	void aPhotoKeptDespiteTheCaptureCheck_isStoredWithTheOverrideShownOnItsPage() throws IOException {
		long sam = clientId("Sam Taylor");
		Browserless practitioner = signedIn("practitioner@demo.realign", "realign-demo");

		HttpResponse<String> page = practitioner.postFiles("/clients/" + sam + "/assessments?acceptCapture=true",
				Map.of("anterior", Map.entry("front.jpg", Files.readAllBytes(CommandRun.reference("pose.jpg")))));

		assertThat(page.uri().getPath()).as(page.body()).matches("/clients/\\d+/assessments/\\d+");
		assertThat(page.body()).contains("Capture check overridden on the").contains("not standing: lunging");
		long assessment = Long.parseLong(page.uri().getPath().replaceAll(".*/", ""));
		long practitionerId = this.directory.findAccount("practitioner@demo.realign").orElseThrow().id();
		assertThat(this.jdbc
			.sql("SELECT check_id FROM capture_override WHERE assessment_id = :a AND overridden_by = :by "
					+ "AND overridden_at IS NOT NULL")
			.param("a", assessment)
			.param("by", practitionerId)
			.query(String.class)
			.list()).contains("posture", "arms");
	}

	@Test
	void aTextFileNamedJpg_isRefusedWithAMessageAndNothingIsStored() {
		long sam = clientId("Sam Taylor");
		Browserless practitioner = signedIn("practitioner@demo.realign", "realign-demo");

		int before = practitioner.get("/clients/" + sam).body().split("/assessments/\\d", -1).length;
		HttpResponse<String> page = practitioner.postFiles("/clients/" + sam + "/assessments",
				Map.of("left-lateral", Map.entry("side.jpg", "not a photo at all".getBytes(StandardCharsets.UTF_8))));

		// Not an image at all: 415 (an image that cannot be used would be 422).
		assertThat(page.statusCode()).isEqualTo(415);
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
