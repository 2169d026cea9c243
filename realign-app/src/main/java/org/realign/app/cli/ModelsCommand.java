package org.realign.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.realign.app.BadInputException;
import org.realign.pose.ModelStore;
import org.realign.pose.PoseModelException;
import org.realign.pose.PoseNatives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code realign models}: the pose model cache.
 */
@Command(name = "models", mixinStandardHelpOptions = true,
		description = "The pose models used for automatic landmarks (cache: REALIGN_MODEL_DIR, default ~/.cache/realign/models).",
		subcommands = { ModelsCommand.Status.class, ModelsCommand.Import.class })
public final class ModelsCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
		return 0;
	}

	@Command(name = "status", mixinStandardHelpOptions = true,
			description = "Say whether the models are cached and which platform's pose natives this machine uses.")
	static final class Status implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			ModelStore store = ModelStore.fromEnvironment();
			String platform = PoseNatives.platform();
			if (!PoseNatives.bundled(platform)) {
				this.spec.commandLine().getOut().println(PoseNatives.unsupportedHere());
				return 0;
			}
			this.spec.commandLine()
				.getOut()
				.println("pose natives for " + platform + " (this build carries "
						+ String.join(", ", PoseNatives.PLATFORMS) + ")");
			if (store.isAvailable()) {
				this.spec.commandLine().getOut().println("pose models ready in " + store.directory());
			}
			else {
				this.spec.commandLine()
					.getOut()
					.println("automatic landmark placement is off: no pose models in " + store.directory()
							+ "; they are fetched on first use of 'realign landmarks', or run 'realign models import FILE.tgz'");
			}
			return 0;
		}

	}

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = { "Install the models from a copy of the npm package tarball, for machines without network.",
					"The file must be " + ModelStore.PACKAGE + " (checked against its sha512 integrity)." })
	static final class Import implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "FILE.tgz", description = "The package tarball (pose-0.5.1675469404.tgz).")
		Path tarball;

		@Override
		public Integer call() {
			ModelStore store = ModelStore.fromEnvironment();
			try {
				store.importArchive(this.tarball);
			}
			catch (PoseModelException ex) {
				throw new BadInputException(ex.getMessage(), ex);
			}
			this.spec.commandLine().getOut().println("pose models imported into " + store.directory());
			return 0;
		}

	}

}
