package org.realign.app.journal;

import java.time.LocalDate;
import java.util.List;

/**
 * A journal entry as the client reports it, from the page or the API.
 *
 * @param kind {@code cramp}, {@code pain} or {@code spasm}
 * @param date the day it happened, not in the future
 * @param where a body region id, e.g. {@code calf}, {@code low-back}
 * @param intensity 0..10; required for pain and spasm, optional for a cramp
 * @param setting for a cramp: {@code night}, {@code rest}, {@code after-exertion},
 * {@code during-exercise} or {@code other}
 * @param context for a cramp: circumstances ticked, ids of
 * {@link org.realign.core.feedback.CrampContext} (e.g. {@code diuretic},
 * {@code swelling})
 * @param trigger for a spasm: the movement that set it off, e.g. {@code lifting}
 * @param minutes for a spasm: how long it lasted, in minutes
 * @param avoiding for a spasm: whether the client has avoided the movement since
 * @param newOrWorseSymptoms for a spasm: whether symptoms are new or worse
 * @param note free text, at most 1000 characters
 */
record JournalRequest(String kind, LocalDate date, String where, Integer intensity, String setting,
		List<String> context, String trigger, Integer minutes, Boolean avoiding, Boolean newOrWorseSymptoms,
		String note) {

	JournalRequest {
		context = context == null ? List.of() : List.copyOf(context);
	}

}
