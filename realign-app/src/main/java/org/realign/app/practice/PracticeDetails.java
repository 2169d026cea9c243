package org.realign.app.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The checks both ways of creating a practice share. */
public final class PracticeDetails {

	static final int MAX_NAME = 200;

	private PracticeDetails() {
	}

	public static String login(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	public static List<String> problems(String practiceName, String ownerName, String email) {
		List<String> problems = new ArrayList<>();
		if (practiceName == null || practiceName.isBlank()) {
			problems.add("setup.practiceNameMissing");
		}
		else if (practiceName.strip().length() > MAX_NAME) {
			problems.add("setup.practiceNameTooLong");
		}
		if (ownerName == null || ownerName.isBlank()) {
			problems.add("setup.ownerNameMissing");
		}
		else if (ownerName.strip().length() > MAX_NAME) {
			problems.add("setup.ownerNameTooLong");
		}
		String login = login(email);
		if (!login.matches("[^@\\s]+@[^@\\s]+") || login.length() > MAX_NAME) {
			problems.add("setup.emailInvalid");
		}
		return problems;
	}

}
