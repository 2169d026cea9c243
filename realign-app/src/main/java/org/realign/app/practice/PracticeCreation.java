package org.realign.app.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import javax.sql.DataSource;

import org.realign.app.BadInputException;
import org.realign.app.identity.OneTimeCodes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * {@code realign practice create}: the practice and its owner, made from the command line
 * by whoever runs the installation, instead of the first visit's setup page. The owner
 * gets a one-time code (a password reset, 24 hours) with which they choose their own
 * password at {@code /reset}: no password passes through the shell's history.
 */
public final class PracticeCreation {

	/** As for any reset code (PasswordResets.VALIDITY). */
	static final Duration CODE_VALIDITY = Duration.ofHours(24);

	private PracticeCreation() {
	}

	/** What the command prints. */
	public record Created(long practiceId, String ownerLogin, String resetCode, OffsetDateTime codeExpires) {
	}

	/**
	 * @throws BadInputException naming the problem; nothing is written
	 */
	public static Created create(DataSource dataSource, Clock clock, String practiceName, String ownerName,
			String email) {
		List<String> problems = PracticeDetails.problems(practiceName, ownerName, email);
		if (!problems.isEmpty()) {
			ResourceBundle words = ResourceBundle.getBundle("i18n.practice", Locale.ROOT);
			throw new BadInputException(String.join(" ", problems.stream().map(words::getString).toList()));
		}
		String login = PracticeDetails.login(email);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		return transaction.execute((status) -> {
			Optional<String> existing = jdbc.sql("SELECT name FROM practice ORDER BY id")
				.query(String.class)
				.optional();
			if (existing.isPresent()) {
				throw new BadInputException("this database already has its practice ('" + existing.get()
						+ "'): its owner invites practitioners at /practice/people");
			}
			OffsetDateTime now = OffsetDateTime.now(clock);
			GeneratedKeyHolder practiceKey = new GeneratedKeyHolder();
			jdbc.sql("INSERT INTO practice (name, created_at) VALUES (:name, :now)")
				.param("name", practiceName.strip())
				.param("now", now)
				.update(practiceKey, "id");
			long practice = practiceKey.getKey().longValue();
			// A password nobody knows until the owner sets theirs with the code.
			String unknown = PasswordEncoderFactories.createDelegatingPasswordEncoder()
				.encode(OneTimeCodes.newCode() + OneTimeCodes.newCode() + OneTimeCodes.newCode());
			GeneratedKeyHolder userKey = new GeneratedKeyHolder();
			jdbc.sql("INSERT INTO app_user (practice_id, username, password_hash, display_name, role, created_at) "
					+ "VALUES (:practice, :login, :hash, :name, 'OWNER', :now)")
				.param("practice", practice)
				.param("login", login)
				.param("hash", unknown)
				.param("name", ownerName.strip())
				.param("now", now)
				.update(userKey, "id");
			long owner = userKey.getKey().longValue();
			String code = OneTimeCodes.newCode();
			OffsetDateTime expires = now.plus(CODE_VALIDITY);
			jdbc.sql("INSERT INTO password_reset (user_id, code_hash, created_by, created_at, expires_at) "
					+ "VALUES (:user, :hash, :user, :now, :expires)")
				.param("user", owner)
				.param("hash", OneTimeCodes.hash(code))
				.param("now", now)
				.param("expires", expires)
				.update();
			jdbc.sql("INSERT INTO audit_event (occurred_at, actor, client_id, action, http_method, path, status) "
					+ "VALUES (:now, 'command line', NULL, 'practice-created', 'POST', :path, 200)")
				.param("now", now)
				.param("path", "realign practice create (" + login + ")")
				.update();
			return new Created(practice, login, code, expires);
		});
	}

}
