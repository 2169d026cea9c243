package org.realign.app.testsupport;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.realign.app.api.FeedbackJson;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.core.feedback.CrampContext;
import org.realign.core.feedback.CrampOnset;
import org.realign.core.feedback.CrampReport;
import org.realign.core.feedback.EasedBy;
import org.realign.core.feedback.ExerciseEntry;
import org.realign.core.feedback.Performed;
import org.realign.core.feedback.SessionDraft;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everyone an authorisation test needs, signed in: a fresh client of a practice, an owner
 * of that practice, another client of the same practice, and a practitioner of another
 * practice. Each test gets its own client, so that tests sharing the cached application
 * context (and its database) never see each other's records.
 *
 * @param clientId the client's id
 * @param client the client
 * @param practitioner the practice's owner
 * @param otherClient another client of the same practice
 * @param stranger a practitioner of another practice
 */
public record FeedbackPeople(long clientId, Browserless client, Browserless practitioner, Browserless otherClient,
		Browserless stranger) {

	public static final String PASSWORD = "realign-demo";

	/** A new practice with its owner, a client and a second client. */
	public static FeedbackPeople create(int port, PracticeDirectory directory, PasswordEncoder encoder) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String hash = encoder.encode(PASSWORD);
		long practice = directory.createPractice("Feedback " + tag);
		long owner = directory.createUser(practice, "owner-" + tag + "@example.org", hash, "Owner " + tag, Role.OWNER);
		long clientUser = directory.createUser(practice, "client-" + tag + "@example.org", hash, "Client " + tag,
				Role.CLIENT);
		long otherUser = directory.createUser(practice, "other-" + tag + "@example.org", hash, "Other " + tag,
				Role.CLIENT);
		long client = directory.createClient(practice, owner, clientUser, "Client " + tag);
		directory.createClient(practice, owner, otherUser, "Other " + tag);
		long elsewhere = directory.createPractice("Elsewhere " + tag);
		directory.createUser(elsewhere, "stranger-" + tag + "@example.org", hash, "Stranger " + tag, Role.PRACTITIONER);
		return new FeedbackPeople(client, signedIn(port, "client-" + tag + "@example.org"),
				signedIn(port, "owner-" + tag + "@example.org"), signedIn(port, "other-" + tag + "@example.org"),
				signedIn(port, "stranger-" + tag + "@example.org"));
	}

	public static Browserless signedIn(int port, String username) {
		return Browserless.signedIn(port, username, PASSWORD);
	}

	public String path(String rest) {
		return "/api/clients/" + this.clientId + rest;
	}

	/**
	 * The practitioner publishes a menu with a gluteal exercise that expects wake-up
	 * cramps.
	 */
	public FeedbackPeople withMenu() {
		var published = this.practitioner.sendJson("POST", path("/menu"),
				"{\"exercises\":[\"standing-gluteal-contractions\",\"static-back\"]}");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
		return this;
	}

	/**
	 * A session today with a gluteal cramp of the given intensity during the exercise.
	 */
	public static String wakeUpCrampSession(int intensity, boolean newOrWorseSymptoms) {
		SessionDraft draft = new SessionDraft(
				"ignored", "ignored", LocalDate.now(ZoneOffset.UTC), List.of(
						ExerciseEntry
							.done("standing-gluteal-contractions", Performed.of(10), 5,
									new CrampReport("gluteus-maximus", intensity, CrampOnset.DURING, 1,
											EasedBy.STRETCHING, Set.<CrampContext>of()))),
				List.of(), newOrWorseSymptoms, "");
		return FeedbackJson.MAPPER.writeValueAsString(draft);
	}

	/**
	 * A session on the given day with a night calf cramp soon after starting a statin: a
	 * cramp that needs medical review.
	 */
	public static String nightCrampAfterStatin(LocalDate day) {
		SessionDraft draft = new SessionDraft("ignored", "ignored", day,
				List.of(ExerciseEntry.done("static-back", Performed.of(60), 2)), List.of(new CrampReport("calf", 7,
						CrampOnset.NIGHT, 10, EasedBy.STRETCHING, Set.of(CrampContext.STATIN_STARTED_RECENTLY))),
				false, "");
		return FeedbackJson.MAPPER.writeValueAsString(draft);
	}

}
