package org.realign.app.cli;

import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The Spring Boot settings that {@code serve}, {@code backup} and {@code restore} pass
 * through ({@code --server.port=9090}). Only {@code --name=value} passes: anything else
 * left over by the parser is a typo ({@code --hlep}, {@code --prot 9090}) and is refused
 * before anything starts, never handed to Spring, which would ignore it silently.
 */
public final class SpringArguments {

	private static final Pattern SETTING = Pattern.compile("--[A-Za-z][A-Za-z0-9_.\\-\\[\\]]*=.*", Pattern.DOTALL);

	private SpringArguments() {
	}

	/** Whether the argument has the form of a Spring Boot setting. */
	public static boolean isSetting(String argument) {
		return SETTING.matcher(argument).matches();
	}

	/**
	 * @return the arguments, all settings
	 * @throws CommandLine.ParameterException naming the first that is not (exit code 2
	 * with the command's usage)
	 */
	public static String[] checked(CommandSpec spec, String[] arguments) {
		for (String argument : arguments) {
			if (!isSetting(argument)) {
				String problem = argument.startsWith("-") ? "unknown option '" + argument + "'"
						: "unexpected argument '" + argument + "'";
				throw new CommandLine.ParameterException(spec.commandLine(), problem + " for '" + spec.qualifiedName()
						+ "' (Spring Boot settings are written --name=value, e.g. --server.port=9090)");
			}
		}
		return arguments;
	}

}
