package org.realign.app.menu;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.core.knowledge.KnowledgeBase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printable menu: the practitioner and the client see the menu in force; other
 * clients and other practices get 404; anonymous users are sent to sign in.
 */
@EmbeddedApp
class MenuPrintIT {

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	PublishedMenus menus;

	@Autowired
	KnowledgeBase knowledge;

	private Browserless signedIn(String username, String password) {
		return Browserless.signedIn(this.port, username, password);
	}

	private long clientId(String name) {
		return DemoClients.id(this.directory, name);
	}

	/**
	 * The first exercise of Sam's published demo menu, named as the catalogue names it.
	 */
	private String firstExerciseName(long samId) {
		String exerciseId = this.menus.current(samId).orElseThrow().items().get(0).exerciseId();
		return this.knowledge.exercises().find(exerciseId).orElseThrow().name();
	}

	@Test
	void practitionerAndSam_seeSamsMenuWithItsExercises() {
		long sam = clientId("Sam Taylor");
		String exercise = firstExerciseName(sam);
		String path = "/clients/" + sam + "/menu/print";

		var practitioner = signedIn("practitioner@demo.realign", "realign-demo").get(path);
		assertThat(practitioner.statusCode()).isEqualTo(200);
		assertThat(practitioner.body()).contains("Sam Taylor").contains(exercise).contains("/css/print.css");

		Browserless samBrowser = signedIn("sam@demo.realign", "realign-demo");
		assertThat(samBrowser.get(path).body()).contains(exercise);
		var own = samBrowser.get("/me/menu/print");
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains(exercise);
		assertThat(samBrowser.get("/").body()).contains("/me/menu/print");
		// The session page reads the same MenuStep lookup.
		assertThat(samBrowser.get("/today").body()).contains(exercise);
		assertThat(signedIn("practitioner@demo.realign", "realign-demo").get("/clients/" + sam).body()).contains(path);
	}

	@Test
	void anotherClient_getsNotFound() {
		var response = signedIn("jo@demo.realign", "realign-demo")
			.get("/clients/" + clientId("Sam Taylor") + "/menu/print");
		assertThat(response.statusCode()).isEqualTo(404);
	}

	@Test
	void practitionerOfAnotherPractice_getsNotFound() {
		long other = this.directory.createPractice("Print Elsewhere");
		this.directory.createUser(other, "print-elsewhere@example.org", this.passwordEncoder.encode("elsewhere-pass"),
				"Print Elsewhere", Role.PRACTITIONER);
		var response = signedIn("print-elsewhere@example.org", "elsewhere-pass")
			.get("/clients/" + clientId("Sam Taylor") + "/menu/print");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain(firstExerciseName(clientId("Sam Taylor")));
	}

	@Test
	void clientWithoutAPublishedMenu_getsAClearMessage() {
		long practice = this.directory.findAccount("practitioner@demo.realign").orElseThrow().practiceId();
		long user = this.directory.createUser(practice, "print-new@example.org",
				this.passwordEncoder.encode("new-client-pass"), "Nova Print", Role.CLIENT);
		this.directory.createClient(practice, null, user, "Nova Print");
		var response = signedIn("print-new@example.org", "new-client-pass").get("/me/menu/print");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"no-menu\"").contains("No menu has been published yet");
	}

	@Test
	void anonymous_isSentToSignIn() {
		var response = new Browserless(this.port).get("/clients/" + clientId("Sam Taylor") + "/menu/print");
		assertThat(response.uri().getPath()).isEqualTo("/login");
		assertThat(new Browserless(this.port).get("/me/menu/print").uri().getPath()).isEqualTo("/login");
	}

}
