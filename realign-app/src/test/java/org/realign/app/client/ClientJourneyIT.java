package org.realign.app.client;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practitioner adds a client and invites them; the client creates a login; nobody else
 * gets in.
 */
@EmbeddedApp
class ClientJourneyIT {

	private static final Pattern CODE = Pattern.compile("id=\"invitation-code\">([A-Z0-9]+)<");

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void practitionerCreatesAndInvitesAClient_whoJoinsAndLogsIn() {
		Browserless practitioner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");

		HttpResponse<String> created = practitioner.postForm("/clients/new",
				"displayName=Robin+Hart&ageBand=40-49&goals=Walk+without+back+pain&painfulAreas=&constraints=no-kneeling&equipment=block");
		assertThat(created.uri().getPath()).matches("/clients/\\d+");
		assertThat(created.body()).contains("Robin Hart").contains("Walk without back pain");
		String clientPath = created.uri().getPath();

		assertThat(practitioner.get("/clients?q=rob").body()).contains("Robin Hart").doesNotContain("Sam Taylor");
		// A LIKE wildcard typed into the search is a literal, not "match everything".
		assertThat(practitioner.get("/clients?q=%25").body()).doesNotContain("Robin Hart");

		Matcher code = CODE.matcher(practitioner.postForm(clientPath + "/invitation", "").body());
		assertThat(code.find()).isTrue();

		Browserless client = new Browserless(this.port);
		HttpResponse<String> joined = client.postForm("/join", "code=" + code.group(1)
				+ "&email=robin%40example.org&password=correct-horse-1&confirmPassword=correct-horse-1");
		assertThat(joined.uri().getPath()).isEqualTo("/login");
		assertThat(joined.body()).contains("Your login is ready");
		assertThat(client.logIn("robin@example.org", "correct-horse-1").body()).contains("Signed in as Robin Hart");

		// The code worked once.
		HttpResponse<String> again = new Browserless(this.port).postForm("/join", "code=" + code.group(1)
				+ "&email=other%40example.org&password=correct-horse-2&confirmPassword=correct-horse-2");
		assertThat(again.body()).contains("That invitation code is not valid");
		assertThat(this.directory.findAccount("other@example.org")).isEmpty();
	}

	@Test
	void join_withMismatchedPasswordsOrAShortOne_namesTheFieldAndCreatesNothing() {
		HttpResponse<String> page = new Browserless(this.port).postForm("/join",
				"code=NOSUCHCODE&email=x%40example.org&password=short&confirmPassword=different");

		assertThat(page.body()).contains("The two passwords differ").contains("size must be between 10 and 128");
		assertThat(this.directory.findAccount("x@example.org")).isEmpty();
	}

	@Test
	void createClient_withoutAName_isRefusedWithAMessage() {
		Browserless practitioner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");

		HttpResponse<String> page = practitioner.postForm("/clients/new", "displayName=+&ageBand=");

		assertThat(page.uri().getPath()).isEqualTo("/clients/new");
		assertThat(page.body()).contains("must not be blank");
	}

	@Test
	void aClient_cannotSeeTheClientList() {
		Browserless client = Browserless.signedIn(this.port, "sam@demo.realign", "realign-demo");

		assertThat(client.get("/clients").statusCode()).isEqualTo(403);
	}

	@Test
	void anotherPracticesPractitioner_getsNotFoundForOurClients() {
		long other = this.directory.createPractice("Elsewhere Studio");
		this.directory.createUser(other, "elsewhere@example.org", this.passwordEncoder.encode("elsewhere-pass"),
				"Elsewhere", Role.PRACTITIONER);
		long ours = this.directory.findAccount("practitioner@demo.realign").orElseThrow().practiceId();
		long samId = this.directory.clientsOf(ours).get(0).id();

		Browserless stranger = Browserless.signedIn(this.port, "elsewhere@example.org", "elsewhere-pass");

		assertThat(stranger.get("/clients/" + samId).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/clients/" + samId + "/edit").statusCode()).isEqualTo(404);
		assertThat(stranger.postForm("/clients/" + samId + "/invitation", "").statusCode()).isEqualTo(404);
		assertThat(stranger.get("/clients").body()).doesNotContain("Sam Taylor");
	}

}
