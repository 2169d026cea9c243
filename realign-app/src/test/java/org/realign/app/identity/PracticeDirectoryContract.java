package org.realign.app.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The same migrations and the same persistence behaviour on every database we support:
 * each subclass supplies a fresh, empty database of one kind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PracticeDirectoryContract {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

	private PracticeDirectory directory;

	private MigrateResult migration;

	/** A fresh, empty database. */
	abstract DataSource emptyDatabase();

	/** For the log: which database this is. */
	abstract String databaseName();

	@BeforeAll
	void migrate() {
		DataSource dataSource = emptyDatabase();
		this.migration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		System.out.printf("Flyway applied %d migrations to %s (%s), schema now at version %s%n",
				this.migration.migrationsExecuted, databaseName(), this.migration.database,
				this.migration.targetSchemaVersion);
		this.directory = new JdbcPracticeDirectory(JdbcClient.create(dataSource), CLOCK);
	}

	@Test
	void migrate_appliesEveryMigrationToAnEmptyDatabase() {
		assertThat(this.migration.success).isTrue();
		assertThat(this.migration.migrationsExecuted).isPositive();
		assertThat(this.migration.initialSchemaVersion).isNull();
	}

	@Test
	void createdAccount_isFoundByUsernameWithItsPracticeAndRole() {
		long practice = this.directory.createPractice("Roundtrip Studio");
		long user = this.directory.createUser(practice, "roundtrip@example.org", "{noop}x", "Round Trip",
				Role.PRACTITIONER);

		PracticeDirectory.Account account = this.directory.findAccount("roundtrip@example.org").orElseThrow();

		assertThat(account.id()).isEqualTo(user);
		assertThat(account.practiceId()).isEqualTo(practice);
		assertThat(account.role()).isEqualTo(Role.PRACTITIONER);
		assertThat(account.displayName()).isEqualTo("Round Trip");
		assertThat(account.enabled()).isTrue();
		assertThat(this.directory.findAccount("nobody@example.org")).isEmpty();
	}

	@Test
	void clientsOf_listsOnlyThatPracticesClientsByName() {
		long mine = this.directory.createPractice("Mine");
		long theirs = this.directory.createPractice("Theirs");
		this.directory.createClient(mine, null, null, "Zoe");
		this.directory.createClient(mine, null, null, "Adam");
		this.directory.createClient(theirs, null, null, "Eve");

		assertThat(this.directory.clientsOf(mine)).extracting(PracticeDirectory.ClientSummary::displayName)
			.containsExactly("Adam", "Zoe");
	}

	@Test
	void failedLogins_countUpAndASuccessfulLoginClearsThemAndTheLock() {
		long practice = this.directory.createPractice("Lockout");
		this.directory.createUser(practice, "lock@example.org", "{noop}x", "Lock", Role.CLIENT);
		Instant until = Instant.parse("2026-11-24T10:15:00Z");

		assertThat(this.directory.recordFailedLogin("lock@example.org")).isEqualTo(1);
		assertThat(this.directory.recordFailedLogin("lock@example.org")).isEqualTo(2);
		this.directory.lockUntil("lock@example.org", until);
		PracticeDirectory.Account locked = this.directory.findAccount("lock@example.org").orElseThrow();
		assertThat(locked.lockedUntil()).isEqualTo(until);
		assertThat(locked.isLockedAt(until.minusSeconds(1))).isTrue();
		assertThat(locked.isLockedAt(until)).isFalse();

		this.directory.recordSuccessfulLogin("lock@example.org");
		assertThat(this.directory.findAccount("lock@example.org").orElseThrow().lockedUntil()).isNull();
		assertThat(this.directory.recordFailedLogin("lock@example.org")).isEqualTo(1);
	}

	@Test
	void createUser_withATakenUsername_isRefusedByTheDatabase() {
		long practice = this.directory.createPractice("Unique");
		this.directory.createUser(practice, "taken@example.org", "{noop}x", "First", Role.CLIENT);

		assertThatThrownBy(
				() -> this.directory.createUser(practice, "taken@example.org", "{noop}y", "Second", Role.CLIENT))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
