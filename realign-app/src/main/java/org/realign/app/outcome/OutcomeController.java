package org.realign.app.outcome;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.outcome.OutcomeMeasures;
import org.realign.core.feedback.outcome.Psfs;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The practitioner's outcome measures page: NPRS, PSFS, the optional STarT Back tool (its
 * items by number only: the wording is Keele's and not shipped) and the
 * fingertip-to-floor distance, at intake and at each re-assessment, each compared with
 * its intake value against its sourced MCID. Values are recorded through
 * {@link OutcomeRecording}, the same path as {@code POST /api/clients/{id}/outcomes}; a
 * refused form names every problem and stores nothing.
 */
@Controller
class OutcomeController {

	/** PSFS asks for three to five activities; the form offers five rows. */
	static final int PSFS_ROWS = 5;

	private final ClientAccess access;

	private final OutcomeRecording recording;

	private final Clock clock;

	OutcomeController(ClientAccess access, OutcomeRecording recording, Clock clock) {
		this.access = access;
		this.recording = recording;
		this.clock = clock;
	}

	@GetMapping("/clients/{id}/outcomes")
	String show(@PathVariable long id, Principal principal, Model model) {
		return render(this.access.practitionerOf(principal, id), null, List.of(), null, model);
	}

	@PostMapping("/clients/{id}/outcomes")
	String record(@PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(name = "activity", required = false) List<String> activities,
			@RequestParam(name = "rating", required = false) List<String> ratings, Principal principal, Model model,
			HttpServletResponse response) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, id);
		String measureId = form.getOrDefault("measureId", "");
		List<String> problems = new ArrayList<>();
		LocalDate date = null;
		try {
			date = LocalDate.parse(form.getOrDefault("date", "").trim());
		}
		catch (DateTimeParseException ex) {
			problems.add("date: give the day measured as YYYY-MM-DD, not \"" + form.getOrDefault("date", "") + "\"");
		}
		Double value = null;
		OutcomeRecording.PsfsAnswers psfs = null;
		OutcomeRecording.StartBackAnswers startBack = null;
		switch (measureId) {
			case "nprs", "fingertip-to-floor" -> value = number(form.get("value"), problems);
			case "psfs" -> psfs = psfs(activities, ratings, problems);
			case "start-back" -> startBack = startBack(form, problems);
			default -> problems.add("measure: unknown measure \"" + measureId + "\"");
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return render(client, measureId, problems, null, model);
		}
		OutcomeRecording.Outcome outcome = this.recording.record(id, new OutcomeRecording.OutcomeRequest(measureId,
				date, form.getOrDefault("point", ""), value, psfs, startBack), principal.getName());
		if (outcome instanceof OutcomeRecording.Refused refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return render(client, measureId, refused.errors().stream().map(FieldError::message).toList(), null, model);
		}
		return render(client, null, List.of(), (OutcomeRecording.Recorded) outcome, model);
	}

	private static Double number(String text, List<String> problems) {
		if (text == null || text.isBlank()) {
			problems.add("value: required");
			return null;
		}
		// Decimal notation only: Double.valueOf would also take "NaN", "Infinity",
		// "0x1p3" and "4d", and read 1e400 as infinity.
		String entered = text.trim();
		if (!entered.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
			problems.add("value: must be a number, not \"" + text + "\"");
			return null;
		}
		double value = Double.parseDouble(entered);
		if (!Double.isFinite(value)) {
			problems.add("value: the number is too large");
			return null;
		}
		return (value == 0.0) ? 0.0 : value;
	}

	/** Rows left blank are not activities; a named activity needs a rating 0..10. */
	private static OutcomeRecording.PsfsAnswers psfs(List<String> activities, List<String> ratings,
			List<String> problems) {
		List<Psfs.Activity> answered = new ArrayList<>();
		List<String> names = activities == null ? List.of() : activities;
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i).trim();
			String rating = ratings != null && i < ratings.size() ? ratings.get(i).trim() : "";
			if (name.isEmpty() && rating.isEmpty()) {
				continue;
			}
			if (name.isEmpty()) {
				problems.add("activity " + (i + 1) + ": name the activity rated " + rating);
				continue;
			}
			try {
				int score = Integer.parseInt(rating);
				if (score < 0 || score > 10) {
					problems.add("activity " + (i + 1) + ": rate \"" + name + "\" from 0 to 10, not " + score);
					continue;
				}
				answered.add(new Psfs.Activity(name, score));
			}
			catch (NumberFormatException ex) {
				problems.add("activity " + (i + 1) + ": rate \"" + name + "\" from 0 to 10");
			}
		}
		return new OutcomeRecording.PsfsAnswers(answered);
	}

	private static OutcomeRecording.StartBackAnswers startBack(Map<String, String> form, List<String> problems) {
		List<Boolean> items = new ArrayList<>();
		for (int item = 1; item <= 8; item++) {
			String answer = form.get("item" + item);
			if ("agree".equals(answer) || "disagree".equals(answer)) {
				items.add("agree".equals(answer));
			}
			else {
				problems.add("STarT Back item " + item + ": not answered");
			}
		}
		return new OutcomeRecording.StartBackAnswers(items, form.getOrDefault("bothersomeness", ""));
	}

	private String render(Clients.ClientRecord client, String failedMeasure, List<String> problems,
			OutcomeRecording.Recorded recorded, Model model) {
		model.addAttribute("client", client);
		model.addAttribute("measures", OutcomeMeasures.all());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("failedMeasure", failedMeasure);
		model.addAttribute("problems", problems);
		model.addAttribute("recorded", recorded);
		model.addAttribute("entries", this.recording.newestFirst(client.id()));
		model.addAttribute("comparisons", this.recording.againstIntake(client.id()));
		model.addAttribute("psfsRows", IntStream.rangeClosed(1, PSFS_ROWS).boxed().toList());
		model.addAttribute("startBackItems", IntStream.rangeClosed(1, 8).boxed().toList());
		return "outcome/outcomes";
	}

}
