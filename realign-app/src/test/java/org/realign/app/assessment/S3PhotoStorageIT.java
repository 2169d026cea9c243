package org.realign.app.assessment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.realign.app.testsupport.TestS3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The S3 adapter against a real S3-compatible server (S3Proxy): a photo goes in whole
 * under the configured prefix, comes back byte for byte, is listed for the sweep and is
 * deleted; a missing photo and a name that tries to leave the prefix are told apart from
 * a server error.
 */
class S3PhotoStorageIT {

	private static TestS3 server;

	private static S3PhotoStorage storage;

	@BeforeAll
	static void start() {
		server = TestS3.start("photos-it");
		storage = new S3PhotoStorage(new PhotoStorageProperties.S3("photos-it", server.endpoint(), "eu-west-1", true,
				TestS3.ACCESS_KEY, TestS3.SECRET_KEY, "practice-a/", null, null));
	}

	@AfterAll
	static void stop() {
		storage.close();
		server.close();
	}

	@Test
	void aStoredPhotoIsReadBackWhole_listed_andDeleted() throws Exception {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		image.setRGB(10, 10, 0xff0000);
		PhotoStore photos = new PhotoStore(storage);
		Instant started = Instant.now().minusSeconds(5);

		List<String> before = server.keys("photos-it");

		String name = photos.store(image);

		assertThat(name).matches("[0-9a-f-]{36}\\.jpg");
		List<String> after = new ArrayList<>(server.keys("photos-it"));
		after.removeAll(before);
		assertThat(after).containsExactly("practice-a/" + name);
		byte[] read = photos.read(name);
		assertThat(ImageIO.read(new ByteArrayInputStream(read)).getWidth()).isEqualTo(64);
		assertThat(storage.list()).filteredOn((stored) -> stored.name().equals(name))
			.singleElement()
			.satisfies((stored) -> assertThat(stored.lastModified()).isAfter(started));

		photos.delete(name);
		assertThat(server.keys("photos-it")).isEqualTo(before);
		assertThatThrownBy(() -> photos.read(name)).isInstanceOf(PhotoStorage.PhotoMissingException.class);
		photos.delete(name); // deleting what is gone is not an error
	}

	@Test
	void theSweepRemovesOnlyOldPhotosNoRowNames() {
		PhotoStore photos = new PhotoStore(storage);
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		String kept = photos.store(image);
		String orphan = photos.store(image);
		assertThat(storage.list()).as("the listing the sweep works from")
			.extracting(PhotoStorage.Stored::name)
			.contains(kept, orphan);
		assertThat(storage.list()).allSatisfy((stored) -> assertThat(stored.lastModified())
			.isBetween(Instant.now().minusSeconds(120), Instant.now().plusSeconds(2)));

		assertThat(photos.sweep(Set.of(kept), Instant.now().minusSeconds(3600)))
			.as("an orphan younger than the grace may be an upload in flight on another server")
			.isEmpty();
		assertThat(photos.sweep(Set.of(kept), Instant.now().plusSeconds(5))).containsExactly(orphan);
		assertThat(server.keys("photos-it")).containsExactly("practice-a/" + kept);
		photos.delete(kept);
		assertThat(server.keys("photos-it")).isEmpty();
	}

	@Test
	void namesThatLeaveThePrefixAreRefused() {
		assertThatThrownBy(() -> storage.read("../other-practice/x.jpg")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> storage.put("a/b.jpg", new byte[1])).isInstanceOf(IllegalArgumentException.class);
	}

}
