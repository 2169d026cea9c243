package org.realign.app.privacy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.realign.app.assessment.Assessments;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export with {@code blurFaces=true}: every photo of the record is in it, the head
 * (around the tragus the practitioner marked) is blurred, the feet are the photo as
 * stored but for JPEG's re-encoding.
 */
@EmbeddedApp
class FaceBlurredExportIT {

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	Assessments assessments;

	private static Map<String, BufferedImage> photos(byte[] zipBytes) throws IOException {
		Map<String, BufferedImage> photos = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().startsWith("photos/")) {
					photos.put(entry.getName().substring("photos/".length()),
							ImageIO.read(new ByteArrayInputStream(zip.readAllBytes())));
				}
			}
		}
		return photos;
	}

	/** Mean absolute difference per channel over a square of the given half size. */
	private static double difference(BufferedImage a, BufferedImage b, int cx, int cy, int half) {
		double sum = 0;
		int n = 0;
		for (int y = Math.max(0, cy - half); y < Math.min(a.getHeight(), cy + half); y++) {
			for (int x = Math.max(0, cx - half); x < Math.min(a.getWidth(), cx + half); x++) {
				int p = a.getRGB(x, y);
				int q = b.getRGB(x, y);
				for (int shift = 0; shift <= 16; shift += 8) {
					sum += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
					n++;
				}
			}
		}
		return sum / n;
	}

	private static Landmark first(LandmarkSet points, LandmarkId... ids) {
		for (LandmarkId id : ids) {
			if (points.find(id).isPresent()) {
				return points.find(id).get();
			}
		}
		throw new AssertionError("none of " + Arrays.toString(ids) + " in " + points);
	}

	@Test
	void blurredExport_blursTheHeadOfEveryPhoto_andLeavesTheFeet() throws IOException {
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		Browserless practitioner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");

		HttpResponse<byte[]> plain = practitioner.getBytes("/clients/" + sam + "/export");
		HttpResponse<byte[]> blurred = practitioner.getBytes("/clients/" + sam + "/export?blurFaces=true");

		assertThat(blurred.statusCode()).isEqualTo(200);
		assertThat(blurred.headers().firstValue("Content-Disposition").orElse("")).contains("faces-blurred");
		Map<String, BufferedImage> originals = photos(plain.body());
		Map<String, BufferedImage> copies = photos(blurred.body());
		assertThat(copies.keySet()).isNotEmpty().isEqualTo(originals.keySet());
		Map<String, LandmarkSet> landmarks = new LinkedHashMap<>();
		this.assessments.list(sam)
			.forEach((summary) -> this.assessments.find(sam, summary.id())
				.orElseThrow()
				.views()
				.forEach((view) -> landmarks.put(view.photo(), view.landmarks())));
		copies.forEach((name, copy) -> {
			BufferedImage original = originals.get(name);
			assertThat(copy.getWidth()).isEqualTo(original.getWidth());
			assertThat(copy.getHeight()).isEqualTo(original.getHeight());
			LandmarkSet points = landmarks.get(name);
			// other test classes may add photos of Sam placed by the pose model
			Landmark head = first(points, LandmarkId.LEFT_TRAGUS, LandmarkId.RIGHT_TRAGUS, LandmarkId.NOSE);
			Landmark foot = first(points, LandmarkId.LEFT_LATERAL_MALLEOLUS, LandmarkId.RIGHT_LATERAL_MALLEOLUS,
					LandmarkId.LEFT_ANKLE, LandmarkId.RIGHT_ANKLE);
			double atTheHead = difference(original, copy, (int) head.x(), (int) head.y(), 40);
			double atTheFeet = difference(original, copy, (int) foot.x(), (int) foot.y(), 12);
			assertThat(atTheHead).as(name + " at the head").isGreaterThan(3.0).isGreaterThan(3 * atTheFeet);
		});
	}

	@Test
	void blurredExport_isRefusedToOthersAsThePlainOneIs() {
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		Browserless jo = Browserless.signedIn(this.port, "jo@demo.realign", "realign-demo");
		assertThat(jo.getBytes("/clients/" + sam + "/export?blurFaces=true").statusCode()).isEqualTo(404);
		assertThat(Browserless.signedIn(this.port, "sam@demo.realign", "realign-demo")
			.getBytes("/api/clients/" + sam + "/export?blurFaces=true")
			.statusCode()).isEqualTo(200);
	}

}
