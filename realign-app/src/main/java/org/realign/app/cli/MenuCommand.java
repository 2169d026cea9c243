package org.realign.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.realign.app.BadInputException;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.knowledge.Exercise;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.knowledge.KnowledgeBaseLoader;
import org.realign.core.knowledge.StarterMenu;
import org.realign.core.program.Advice;
import org.realign.core.program.MenuSuggestion;
import org.realign.core.program.SuggestedItem;
import org.realign.core.program.StarterMenus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints a starter menu, optionally fitted into fewer minutes. */
@Command(name = "menu", mixinStandardHelpOptions = true,
		description = "Print a starter exercise menu: after-back-spasm or daily-alignment.")
final class MenuCommand implements Callable<Integer> {

	@Option(names = "--starter", required = true, paramLabel = "ID",
			description = "The starter menu: after-back-spasm or daily-alignment.")
	String starter;

	@Option(names = "--minutes", paramLabel = "N", description = "Fit the menu into N minutes by shortening holds.")
	Integer minutes;

	@Option(names = "--json", description = "Print the menu as JSON.")
	boolean json;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		if (this.minutes != null
				&& (this.minutes < ClientConstraints.MIN_MINUTES || this.minutes > ClientConstraints.MAX_MINUTES)) {
			throw new BadInputException("--minutes must be between " + ClientConstraints.MIN_MINUTES + " and "
					+ ClientConstraints.MAX_MINUTES + ", was " + this.minutes);
		}
		KnowledgeBase kb = KnowledgeBaseLoader.loadChecked();
		StarterMenus starters = new StarterMenus(kb);
		MenuSuggestion menu;
		try {
			menu = starters.menu(this.starter,
					this.minutes == null ? OptionalInt.empty() : OptionalInt.of(this.minutes));
		}
		catch (IllegalArgumentException ex) {
			throw new BadInputException(ex.getMessage(), ex);
		}
		StarterMenu starterMenu = kb.starterMenu(this.starter).orElseThrow();
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.json) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("starter", starterMenu.id());
			json.put("name", starterMenu.name());
			json.put("purpose", starterMenu.purpose());
			json.put("menu", Advice.menuJson(menu));
			out.println(Json.pretty(json));
		}
		else {
			print(out, starterMenu, menu, kb);
		}
		out.flush();
		return 0;
	}

	private static void print(PrintWriter out, StarterMenu starter, MenuSuggestion menu, KnowledgeBase kb) {
		out.println(starter.name() + " (about " + ((menu.estimatedSeconds() + 59) / 60) + " of " + menu.minutes()
				+ " minutes)");
		out.println(starter.purpose());
		out.println();
		int number = 1;
		for (SuggestedItem item : menu.items()) {
			Exercise exercise = kb.exercises().find(item.exerciseId()).orElseThrow();
			out.println(number++ + ". " + exercise.name() + ": " + item.dose().describe() + " ("
					+ exercise.position().id() + ", " + String.join(", ", exercise.equipment()) + ")");
			for (int step = 0; step < exercise.steps().size(); step++) {
				out.println("   " + (step + 1) + ") " + exercise.steps().get(step));
			}
			out.println("   Feel it: " + exercise.feel());
			if (exercise.expectsWakeUpCramp()) {
				out.println("   A brief cramp in the working muscle can happen: stretch it out gently.");
			}
		}
		out.println();
		menu.notices().forEach(out::println);
	}

}
