package org.realign.app.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realign.app.testsupport.CommandRun;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's answers to bad input, before any database is opened. */
class BackupCommandTest {

	@TempDir
	Path temp;

	@Test
	void help_listsBackupAndRestore() {
		CommandRun help = CommandRun.of("--help");

		assertThat(help.out()).contains("backup").contains("restore");
	}

	@Test
	void backup_withoutOut_isAUsageError() {
		CommandRun run = CommandRun.of("backup");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("--out");
	}

	@Test
	void restore_ofAMissingArchive_namesItAndTouchesNoDatabase() {
		Path dataDir = this.temp.resolve("data");
		CommandRun run = CommandRun.of("restore", "--in", this.temp.resolve("nope.zip").toString(),
				"--realign.data-dir=" + dataDir);

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).isEqualTo("realign: no backup archive at " + this.temp.resolve("nope.zip") + "\n");
		assertThat(dataDir).doesNotExist();
	}

}
