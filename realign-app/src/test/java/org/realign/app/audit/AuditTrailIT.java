package org.realign.app.audit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Views, changes and refused attempts on a client's record all land in its audit trail.
 */
@EmbeddedApp
class AuditTrailIT {

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditLog audit;

	@Test
	void viewsChangesAndRefusals_areRecordedAndShownToThePractitioner() {
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		Browserless practitioner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
		practitioner.get("/clients/" + sam);
		practitioner.postForm("/clients/" + sam + "/edit", "displayName=Sam+Taylor&ageBand=30-39");
		long other = this.directory.createPractice("Audit Elsewhere");
		this.directory.createUser(other, "audit-elsewhere@example.org", this.passwordEncoder.encode("elsewhere-pass"),
				"Snoop", Role.PRACTITIONER);
		Browserless stranger = Browserless.signedIn(this.port, "audit-elsewhere@example.org", "elsewhere-pass");
		stranger.get("/api/clients/" + sam);

		List<AuditLog.Event> events = this.audit.forClient(sam);
		assertThat(events).anySatisfy((e) -> {
			assertThat(e.actor()).isEqualTo("practitioner@demo.realign");
			assertThat(e.action()).isEqualTo("view");
			assertThat(e.path()).isEqualTo("/clients/" + sam);
		});
		assertThat(events).anySatisfy((e) -> {
			assertThat(e.action()).isEqualTo("change");
			assertThat(e.method()).isEqualTo("POST");
		});
		assertThat(events).anySatisfy((e) -> {
			assertThat(e.actor()).isEqualTo("audit-elsewhere@example.org");
			assertThat(e.status()).isEqualTo(404);
		});

		Browserless jo = Browserless.signedIn(this.port, "jo@demo.realign", "realign-demo");
		jo.get("/clients/" + sam);
		assertThat(this.audit.forClient(sam)).anySatisfy((e) -> {
			assertThat(e.actor()).isEqualTo("jo@demo.realign");
			assertThat(e.status()).isEqualTo(403);
		});

		String page = practitioner.get("/clients/" + sam + "/audit").body();
		assertThat(page).contains("audit-elsewhere@example.org").contains("refused (404)");
		assertThat(stranger.get("/clients/" + sam + "/audit").statusCode()).isEqualTo(404);
	}

}
