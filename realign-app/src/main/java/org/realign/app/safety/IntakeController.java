package org.realign.app.safety;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.safety.RedFlagQuestion;
import org.realign.core.feedback.safety.RedFlagQuestionnaire;
import org.realign.core.feedback.safety.ScreeningAnswers;
import org.realign.core.feedback.safety.ScreeningOutcome;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The practitioner's intake page for the red-flag screen: the questionnaire as a form,
 * the client's safety status and the screenings it rests on. Answers are recorded through
 * {@link SafetyScreenings}, the same path as {@code POST
 * /api/clients/{id}/safety/screenings}.
 */
@Controller
class IntakeController {

	/** Form fields are {@code answer.<question id>} with the value yes or no. */
	static final String ANSWER_PREFIX = "answer.";

	private final ClientAccess access;

	private final SafetyScreenings screenings;

	private final Clock clock;

	IntakeController(ClientAccess access, SafetyScreenings screenings, Clock clock) {
		this.access = access;
		this.screenings = screenings;
		this.clock = clock;
	}

	@GetMapping("/clients/{id}/intake")
	String show(@PathVariable long id, Principal principal, Model model) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, id);
		return render(client, Map.of(), List.of(), null, model);
	}

	@PostMapping("/clients/{id}/intake")
	String screen(@PathVariable long id, @RequestParam Map<String, String> form, Principal principal, Model model) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, id);
		RedFlagQuestionnaire questionnaire = this.screenings.questionnaire();
		Map<String, Boolean> answers = new LinkedHashMap<>();
		for (RedFlagQuestion question : questionnaire.questions()) {
			String value = form.get(ANSWER_PREFIX + question.id());
			if ("yes".equals(value) || "no".equals(value)) {
				answers.put(question.id(), "yes".equals(value));
			}
		}
		ScreeningAnswers.Occasion occasion = ScreeningAnswers.Occasion.RESCREEN.id().equals(form.get("occasion"))
				? ScreeningAnswers.Occasion.RESCREEN : ScreeningAnswers.Occasion.INTAKE;
		int version = parseVersion(form.get("questionnaireVersion"), questionnaire.version());
		ScreeningAnswers screening = new ScreeningAnswers(String.valueOf(id), LocalDate.now(this.clock), occasion,
				version, answers);
		SafetyScreenings.Recorded recorded = this.screenings.record(id, screening, principal.getName());
		if (recorded.outcome() instanceof ScreeningOutcome.Invalid invalid) {
			return render(client, answers, problems(questionnaire, invalid.errors()), null, model);
		}
		return render(client, Map.of(), List.of(), (ScreeningOutcome.Screened) recorded.outcome(), model);
	}

	private static int parseVersion(String text, int otherwise) {
		try {
			return text == null ? otherwise : Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/**
	 * The screening's errors in the practitioner's terms: a missing answer names its
	 * question.
	 */
	private static List<String> problems(RedFlagQuestionnaire questionnaire, List<FieldError> errors) {
		List<String> problems = new ArrayList<>();
		for (FieldError error : errors) {
			String questionId = error.field().startsWith("answers.") ? error.field().substring("answers.".length())
					: null;
			problems.add(questionId == null ? error.message()
					: questionnaire.question(questionId)
						.map((question) -> "not answered: \u201c" + question.question() + "\u201d")
						.orElse(error.message()));
		}
		return problems;
	}

	private String render(Clients.ClientRecord client, Map<String, Boolean> answers, List<String> problems,
			ScreeningOutcome.Screened screened, Model model) {
		RedFlagQuestionnaire questionnaire = this.screenings.questionnaire();
		List<SafetyScreenings.Entry> history = this.screenings.history(client.id());
		Map<String, String> questionTexts = new LinkedHashMap<>();
		questionnaire.questions().forEach((question) -> questionTexts.put(question.id(), question.question()));
		model.addAttribute("client", client);
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("questionTexts", questionTexts);
		model.addAttribute("answers", answers);
		model.addAttribute("problems", problems);
		model.addAttribute("screened", screened);
		model.addAttribute("status", this.screenings.status(client.id()));
		List<SafetyScreenings.Entry> newestFirst = new ArrayList<>(history);
		Collections.reverse(newestFirst);
		model.addAttribute("history", newestFirst);
		model.addAttribute("occasion",
				history.isEmpty() ? ScreeningAnswers.Occasion.INTAKE.id() : ScreeningAnswers.Occasion.RESCREEN.id());
		return "safety/screen";
	}

}
