package org.realign.app.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules for a new password, one place for change and reset. NIST SP 800-63B: length
 * matters, composition rules do not; at least 10 characters (as at {@code /join}), at
 * most 128, not the login itself.
 */
public final class NewPassword {

	static final int MIN = 10;

	static final int MAX = 128;

	private NewPassword() {
	}

	/**
	 * Message keys of what is wrong with the new password, empty when it may be used.
	 */
	public static List<String> problems(String password, String confirm, String login) {
		List<String> problems = new ArrayList<>();
		String value = password == null ? "" : password;
		if (value.length() < MIN) {
			problems.add("password.tooShort");
		}
		else if (value.length() > MAX) {
			problems.add("password.tooLong");
		}
		if (!value.equals(confirm == null ? "" : confirm)) {
			problems.add("password.differ");
		}
		if (login != null && !login.isBlank()
				&& value.strip().toLowerCase(Locale.ROOT).equals(login.strip().toLowerCase(Locale.ROOT))) {
			problems.add("password.isLogin");
		}
		return problems;
	}

}
