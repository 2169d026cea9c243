package org.realign.app.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a practitioner of another practice, or a client, tries on purpose: guessing ids,
 * naming someone else's client inside a JSON body, and posting fields the forms do not
 * have (practice, role, owner). Every attempt answers 404 or is ignored, and nothing of
 * the demo practice changes.
 */
@EmbeddedApp
class HostileAccessIT {

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	private long sam;

	private long jo;

	private long assessment;

	private Browserless stranger;

	@BeforeEach
	void strangerFromAnotherPractice() {
		this.sam = DemoClients.id(this.directory, "Sam Taylor");
		this.jo = DemoClients.id(this.directory, "Jo Rivera");
		this.assessment = this.jdbc.sql("SELECT MIN(id) FROM assessment WHERE client_id = ?")
			.param(this.sam)
			.query(Long.class)
			.single();
		if (this.directory.findAccount("hostile-elsewhere@example.org").isEmpty()) {
			long other = this.directory.createPractice("Hostile Elsewhere");
			this.directory.createUser(other, "hostile-elsewhere@example.org",
					this.passwordEncoder.encode("elsewhere-pass-1"), "Hostile Elsewhere", Role.OWNER);
		}
		this.stranger = Browserless.signedIn(this.port, "hostile-elsewhere@example.org", "elsewhere-pass-1");
	}

	@Test
	void guessedIds_ofAnotherPracticesClient_answer404OnEveryPageAndApi() {
		String c = "/clients/" + this.sam;
		String a = c + "/assessments/" + this.assessment;
		String api = "/api/clients/" + this.sam;
		List<String> failures = new ArrayList<>();
		for (String path : List.of(c, c + "/edit", c + "/intake", c + "/menu", c + "/progress", c + "/privacy",
				c + "/audit", c + "/menu/print", c + "/export", c + "/assessments/new", a, a + "/report.pdf",
				a + "/photos/left-lateral", api, api + "/menu", api + "/sessions", api + "/proposals", api + "/alerts",
				api + "/progress", api + "/safety", api + "/safety/questionnaire", api + "/spasms", api + "/outcomes",
				api + "/export")) {
			int status = this.stranger.getBytes(path).statusCode();
			if (status != 404) {
				failures.add("GET " + path + " -> " + status);
			}
		}
		String before = profileOf(this.sam);
		for (String[] post : List.of(
				new String[] { c + "/edit", "displayName=Taken&ageBand=&goals=&painfulAreas=&constraints=&equipment=" },
				new String[] { c + "/invitation", "" }, new String[] { c + "/menu", "action=publish" },
				new String[] { c + "/intake", "occasion=intake" },
				new String[] { c + "/erasure", "confirmName=Sam+Taylor" })) {
			int status = this.stranger.postForm(post[0], post[1]).statusCode();
			if (status != 404) {
				failures.add("POST " + post[0] + " -> " + status);
			}
		}
		for (String[] json : List.of(new String[] { "POST", api + "/menu", "{\"starter\":\"after-back-spasm\"}" },
				new String[] { "POST", api + "/safety/clearances", "{\"kind\":\"red-flags\",\"note\":\"x\"}" },
				new String[] { "POST", api + "/proposals/p-1/decision", "{\"verdict\":\"accept\"}" },
				new String[] { "POST", api + "/erasure", "{}" },
				new String[] { "PUT", api + "/assessments/" + this.assessment + "/views/left-lateral/landmarks",
						"{\"views\":[]}" })) {
			int status = this.stranger.sendJson(json[0], json[1], json[2]).statusCode();
			if (status != 404) {
				failures.add(json[0] + " " + json[1] + " -> " + status);
			}
		}
		assertThat(failures).isEmpty();
		assertThat(profileOf(this.sam)).isEqualTo(before);
	}

	@Test
	void anAssessmentIdOfAnotherClient_underThisClientsPath_answers404() {
		Browserless practitioner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
		String crossed = "/clients/" + this.jo + "/assessments/" + this.assessment;

		assertThat(practitioner.get(crossed).statusCode()).isEqualTo(404);
		assertThat(practitioner.getBytes(crossed + "/report.pdf").statusCode()).isEqualTo(404);
		assertThat(practitioner.getBytes(crossed + "/photos/left-lateral").statusCode()).isEqualTo(404);
	}

	@Test
	void aClientNamingAnotherClientInTheBody_logsOnlyForThemselves() {
		Browserless samsPhone = Browserless.signedIn(this.port, "sam@demo.realign", "realign-demo");
		String menu = samsPhone.get("/api/clients/" + this.sam + "/menu").body();
		int at = menu.indexOf("\"exerciseId\":\"") + "\"exerciseId\":\"".length();
		String session = "{\"clientId\":\"" + this.jo + "\",\"menuId\":\"x\",\"date\":\""
				+ LocalDate.now(ZoneOffset.UTC) + "\",\"entries\":[{\"exerciseId\":\""
				+ menu.substring(at, menu.indexOf('"', at))
				+ "\",\"done\":true,\"performed\":{\"amount\":5},\"effort\":5,\"feedback\":[]}],"
				+ "\"standaloneCramps\":[],\"newOrWorseSymptoms\":false,\"notes\":\"aimed at Jo\"}";
		long josLogs = logsOf(this.jo);
		long samsLogs = logsOf(this.sam);

		HttpResponse<String> own = samsPhone.sendJson("POST", "/api/clients/" + this.sam + "/sessions", session);
		HttpResponse<String> jos = samsPhone.sendJson("POST", "/api/clients/" + this.jo + "/sessions", session);

		assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
		assertThat(jos.statusCode()).isEqualTo(404);
		assertThat(logsOf(this.sam)).isEqualTo(samsLogs + 1);
		assertThat(logsOf(this.jo)).isEqualTo(josLogs);
	}

	@Test
	void fieldsTheFormsDoNotHave_practiceRoleAndOwner_areIgnored() {
		Browserless practitioner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
		long demoPractice = this.directory.findAccount("practitioner@demo.realign").orElseThrow().practiceId();
		long otherPractice = this.directory.findAccount("hostile-elsewhere@example.org").orElseThrow().practiceId();

		HttpResponse<String> created = practitioner.postForm("/clients/new",
				"displayName=Mass+Assigned&ageBand=&goals=&painfulAreas=&constraints=&equipment=&practiceId="
						+ otherPractice + "&practice_id=" + otherPractice + "&id=1&userId=1&user_id=1");
		long id = Long.parseLong(created.uri().getPath().substring("/clients/".length()));
		assertThat(practiceOf(id)).isEqualTo(demoPractice);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM client WHERE id = ? AND user_id IS NULL")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);

		practitioner.postForm("/clients/" + id + "/edit", "displayName=Mass+Assigned&ageBand=&goals=&painfulAreas="
				+ "&constraints=&equipment=&practiceId=" + otherPractice + "&practice_id=" + otherPractice);
		assertThat(practiceOf(id)).isEqualTo(demoPractice);
		assertThat(this.stranger.get("/api/clients").body()).doesNotContain("Mass Assigned");

		Matcher code = Pattern.compile("id=\"invitation-code\">([A-Z0-9]+)<")
			.matcher(practitioner.postForm("/clients/" + id + "/invitation", "").body());
		assertThat(code.find()).isTrue();
		new Browserless(this.port).postForm("/join",
				"code=" + code.group(1) + "&email=mass-assigned%40example.org&password=mass-assign-1"
						+ "&confirmPassword=mass-assign-1&role=OWNER&practiceId=" + otherPractice);
		PracticeDirectory.Account joined = this.directory.findAccount("mass-assigned@example.org").orElseThrow();
		assertThat(joined.role()).isEqualTo(Role.CLIENT);
		assertThat(joined.practiceId()).isEqualTo(demoPractice);
	}

	private String profileOf(long client) {
		return String.valueOf(this.jdbc.sql("SELECT * FROM client WHERE id = ?").param(client).query().singleRow());
	}

	private long practiceOf(long client) {
		return this.jdbc.sql("SELECT practice_id FROM client WHERE id = ?").param(client).query(Long.class).single();
	}

	private long logsOf(long client) {
		return this.jdbc.sql("SELECT COUNT(*) FROM session_log WHERE client_id = ?")
			.param(client)
			.query(Long.class)
			.single();
	}

}
