package org.realign.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.realign.core.knowledge.Exercise;
import org.realign.core.knowledge.KnowledgeBaseLoader;
import org.realign.core.knowledge.Target;
import org.realign.core.program.Advice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the exercise catalogue. */
@Command(name = "exercises", mixinStandardHelpOptions = true, description = "List the corrective exercise catalogue.")
final class ExercisesCommand implements Callable<Integer> {

	@Option(names = "--json", description = "Print the full catalogue as JSON.")
	boolean json;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		List<Exercise> exercises = KnowledgeBaseLoader.loadChecked().exercises().all();
		if (this.json) {
			out.println(Json.pretty(exercises.stream().map(ExercisesCommand::toJson).toList()));
		}
		else {
			out.printf("%-34s %-10s %-18s %s%n", "ID", "POSITION", "DOSE", "TARGETS");
			for (Exercise exercise : exercises) {
				out.printf("%-34s %-10s %-18s %s%n", exercise.id(), exercise.position().id(),
						exercise.dose().describe(),
						String.join(", ",
								exercise.targets()
									.stream()
									.map((t) -> t.muscle() + " (" + t.change().id() + ")")
									.toList()));
			}
			out.println(exercises.size() + " exercises");
		}
		out.flush();
		return 0;
	}

	static Map<String, Object> toJson(Exercise exercise) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", exercise.id());
		json.put("name", exercise.name());
		json.put("position", exercise.position().id());
		json.put("equipment", exercise.equipment());
		json.put("floor", exercise.floor());
		json.put("kneeling", exercise.kneeling());
		json.put("steps", exercise.steps());
		json.put("feel", exercise.feel());
		json.put("targets", exercise.targets().stream().map(ExercisesCommand::targetJson).toList());
		json.put("dose", Advice.doseJson(exercise.dose()));
		json.put("regressions", exercise.regressions());
		json.put("progressions", exercise.progressions());
		json.put("avoidWhenPainful", exercise.avoidWhenPainful());
		json.put("cautions", exercise.cautions());
		json.put("expectsWakeUpCramp", exercise.expectsWakeUpCramp());
		json.put("sources", exercise.sources());
		return json;
	}

	private static Map<String, Object> targetJson(Target target) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("muscle", target.muscle());
		json.put("change", target.change().id());
		return json;
	}

}
