package org.realign.app.session;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realign.core.feedback.CrampContext;
import org.realign.core.feedback.CrampOnset;
import org.realign.core.feedback.CrampReport;
import org.realign.core.feedback.EasedBy;
import org.realign.core.feedback.ExerciseEntry;
import org.realign.core.feedback.LogOutcome;
import org.realign.core.feedback.PainQuality;
import org.realign.core.feedback.PainReport;
import org.realign.core.feedback.Performed;
import org.realign.core.feedback.SessionDraft;
import org.realign.core.feedback.SessionLog;
import org.realign.core.feedback.SessionLogHistory;
import org.realign.core.feedback.SessionLogger;
import org.realign.core.feedback.SpasmReport;
import org.realign.core.prescription.Dose;
import org.realign.core.prescription.PrescribedItem;
import org.realign.core.prescription.PrescribedMenu;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Session logs survive a restart of the embedded database, and a correction is stored as
 * a new version next to the old one. Runs the real Flyway migrations on a file-based H2
 * in PostgreSQL mode.
 */
class JdbcSessionLogsIT {

	static final LocalDate DAY = LocalDate.of(2026, 11, 2);

	static final PrescribedMenu MENU = new PrescribedMenu("daily-alignment", 7,
			List.of(new PrescribedItem("standing-gluteal-contractions", List.of("gluteus-maximus"), Dose.reps(20), true,
					Optional.of("glute-bridge"), Optional.empty()),
					new PrescribedItem("air-bench", List.of("quadriceps"), Dose.holdSeconds(60), true,
							Optional.of("static-wall"), Optional.empty()),
					new PrescribedItem("cats-and-dogs", List.of("lumbar-erector-spinae"), Dose.reps(10), false,
							Optional.empty(), Optional.empty())));

	@TempDir
	Path dir;

	private String clientId;

	@BeforeEach
	void migrate() {
		Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource());
		OffsetDateTime now = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);
		jdbc.sql("INSERT INTO practice (name, created_at) VALUES ('Test practice', :now)").param("now", now).update();
		long practice = jdbc.sql("SELECT MAX(id) FROM practice").query(Long.class).single();
		jdbc.sql("INSERT INTO client (practice_id, display_name, created_at) VALUES (:p, 'Client', :now)")
			.param("p", practice)
			.param("now", now)
			.update();
		this.clientId = String.valueOf(jdbc.sql("SELECT MAX(id) FROM client").query(Long.class).single());
	}

	@Test
	void logs_surviveARestart_andACorrectionKeepsTheOldVersion() {
		SessionLogger logger = new SessionLogger(Clock.fixed(Instant.parse("2026-11-02T19:00:00Z"), ZoneOffset.UTC));
		SessionLogHistory first = ((LogOutcome.Recorded) logger.record("log-1", draft(6), MENU, "user-3")).history();
		new JdbcSessionLogs(JdbcClient.create(dataSource())).append(first.current());
		SessionLogHistory corrected = ((LogOutcome.Recorded) logger.correct(first, draft(2), MENU, "user-3",
				"typed 6 for 2"))
			.history();
		new JdbcSessionLogs(JdbcClient.create(dataSource())).append(corrected.current());

		// A new data source on the same file: the database was closed in between.
		JdbcSessionLogs restarted = new JdbcSessionLogs(JdbcClient.create(dataSource()));

		assertThat(restarted.history("log-1")).contains(corrected);
		assertThat(restarted.history("log-1").orElseThrow().versions().get(0)).isEqualTo(first.current());
		assertThat(restarted.currentVersions(this.clientId)).extracting(SessionLog::version).containsExactly(2);
		assertThat(restarted.currentVersions(this.clientId).get(0).worstPain()).isEqualTo(2);
		assertThat(restarted.history("log-unknown")).isEmpty();
	}

	@Test
	void append_sameVersionTwice_isRefusedAndWritesNothing() {
		SessionLogger logger = new SessionLogger(Clock.fixed(Instant.parse("2026-11-02T19:00:00Z"), ZoneOffset.UTC));
		SessionLog log = ((LogOutcome.Recorded) logger.record("log-2", draft(1), MENU, "user-3")).log();
		JdbcSessionLogs logs = new JdbcSessionLogs(JdbcClient.create(dataSource()));
		logs.append(log);

		assertThatIllegalStateException().isThrownBy(() -> logs.append(log)).withMessageContaining("already exists");
		assertThat(logs.history("log-2").orElseThrow().versions()).hasSize(1);
	}

	private SessionDraft draft(int nprs) {
		return new SessionDraft(
				this.clientId, MENU.menuId(), DAY, List.of(
						ExerciseEntry.done("standing-gluteal-contractions", Performed.of(20), 5,
								new CrampReport("gluteus-maximus", 4, CrampOnset.DURING, 1, EasedBy.STRETCHING,
										Set.of(CrampContext.LONG_OR_INTENSE_EXERTION))),
						ExerciseEntry.done("air-bench", Performed.of(45), 7,
								new PainReport(nprs, "knee", PainQuality.SHARP)),
						ExerciseEntry.done("cats-and-dogs", Performed.perSide(10, 10), 3,
								new SpasmReport("low-back", 3))),
				List.of(new CrampReport("calf", 5, CrampOnset.NIGHT, 3, EasedBy.MOVING,
						Set.of(CrampContext.STATIN_STARTED_RECENTLY))),
				false, "felt good");
	}

	private DataSource dataSource() {
		JdbcDataSource ds = new JdbcDataSource();
		ds.setURL("jdbc:h2:file:" + this.dir.resolve("realign").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		ds.setUser("realign");
		ds.setPassword("");
		return ds;
	}

}
