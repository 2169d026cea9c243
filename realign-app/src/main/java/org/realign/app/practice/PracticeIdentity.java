package org.realign.app.practice;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.realign.app.audit.AuditLog;
import org.realign.app.identity.PracticeDirectory.Account;
import org.realign.pose.ImageLoader;
import org.realign.pose.ImageRejectedException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the practice presents itself: its name, address, contact and logo, on its pages,
 * the printed menu and the PDF report. The logo goes through the same checks as a photo
 * (content sniffed, pixel and memory limits before decoding) and is stored re-encoded as
 * a small PNG, so that nothing but pixels of the upload is ever served back.
 */
@Service("practiceIdentity")
public class PracticeIdentity {

	/** Larger logos are scaled down to fit this box (print at about 50 x 25 mm). */
	static final int LOGO_WIDTH = 600;

	static final int LOGO_HEIGHT = 300;

	/** A logo file is at most 2 MB. */
	public static final int MAX_LOGO_BYTES = 2 * 1024 * 1024;

	static final int MAX_ADDRESS = 500;

	static final int MAX_CONTACT = 300;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final ImageLoader images = new ImageLoader(25_000_000L);

	PracticeIdentity(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The practice as printed. */
	public record Identity(long practiceId, String name, String address, String contact, boolean hasLogo) {
	}

	public Identity of(long practiceId) {
		return this.jdbc.sql("""
				SELECT p.id, p.name, p.address, p.contact,
				       (SELECT COUNT(*) FROM practice_logo l WHERE l.practice_id = p.id) AS logos
				FROM practice p WHERE p.id = :id""")
			.param("id", practiceId)
			.query((rs, row) -> new Identity(rs.getLong("id"), rs.getString("name"), rs.getString("address"),
					rs.getString("contact"), rs.getInt("logos") > 0))
			.single();
	}

	/** For the page bar: the practice of whoever is signed in. */
	public Optional<Identity> forLogin(String username) {
		return this.jdbc.sql("SELECT practice_id FROM app_user WHERE username = :username")
			.param("username", username)
			.query(Long.class)
			.optional()
			.map(this::of);
	}

	/** The logo as PNG bytes. */
	public Optional<byte[]> logo(long practiceId) {
		return this.jdbc.sql("SELECT image FROM practice_logo WHERE practice_id = :id")
			.param("id", practiceId)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	/**
	 * @throws People.ProblemException naming what is wrong; nothing changes
	 */
	@Transactional
	public void update(Account owner, String name, String address, String contact) {
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty()) {
			throw new People.ProblemException("setup.practiceNameMissing");
		}
		if (cleanName.length() > PracticeDetails.MAX_NAME) {
			throw new People.ProblemException("setup.practiceNameTooLong");
		}
		String cleanAddress = blankToNull(address);
		String cleanContact = blankToNull(contact);
		if (cleanAddress != null && cleanAddress.length() > MAX_ADDRESS) {
			throw new People.ProblemException("profile.addressTooLong");
		}
		if (cleanContact != null && cleanContact.length() > MAX_CONTACT) {
			throw new People.ProblemException("profile.contactTooLong");
		}
		this.jdbc.sql("UPDATE practice SET name = :name, address = :address, contact = :contact WHERE id = :id")
			.param("name", cleanName)
			.param("address", cleanAddress)
			.param("contact", cleanContact)
			.param("id", owner.practiceId())
			.update();
		this.audit.recordAccountEvent(owner.username(), null, "practice-details-changed", "/practice/profile",
				cleanName);
	}

	/**
	 * Replaces the logo with the uploaded image, checked as a photo is.
	 * @throws ImageRejectedException naming why the file is refused; nothing changes
	 */
	@Transactional
	public void setLogo(Account owner, String fileName, byte[] bytes) {
		if (bytes.length > MAX_LOGO_BYTES) {
			throw new ImageRejectedException(fileName + ": the logo is larger than 2 MB");
		}
		BufferedImage image = this.images.decode(fileName, bytes);
		byte[] png = png(fit(image));
		this.jdbc.sql("DELETE FROM practice_logo WHERE practice_id = :id").param("id", owner.practiceId()).update();
		this.jdbc.sql("""
				INSERT INTO practice_logo (practice_id, content_type, image, updated_at)
				VALUES (:id, 'image/png', :image, :now)""")
			.param("id", owner.practiceId())
			.param("image", png)
			.param("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
		this.audit.recordAccountEvent(owner.username(), null, "practice-logo-changed", "/practice/profile",
				png.length + " bytes");
	}

	@Transactional
	public void removeLogo(Account owner) {
		if (this.jdbc.sql("DELETE FROM practice_logo WHERE practice_id = :id")
			.param("id", owner.practiceId())
			.update() > 0) {
			this.audit.recordAccountEvent(owner.username(), null, "practice-logo-removed", "/practice/profile", "logo");
		}
	}

	private static BufferedImage fit(BufferedImage image) {
		double scale = Math.min(1.0,
				Math.min((double) LOGO_WIDTH / image.getWidth(), (double) LOGO_HEIGHT / image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.drawImage(image, 0, 0, width, height, null);
		g.dispose();
		return out;
	}

	private static byte[] png(BufferedImage image) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
