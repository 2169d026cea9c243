package org.realign.app.api;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.SessionDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Reading a request body: an unknown field is refused by name (a misspelled field in
 * clinical data, silently dropped, is lost data), and a value of the wrong kind is named
 * in the caller's words, never with a Java type.
 */
class FeedbackJsonTest {

	private final FeedbackJson json = new FeedbackJson();

	private FieldError refusal(String body) {
		InvalidRequest refused = catchThrowableOfType(InvalidRequest.class,
				() -> this.json.request(body, SessionDraft.class));
		assertThat(refused).as("refused: " + body).isNotNull();
		assertThat(refused.errors()).hasSize(1);
		return refused.errors().get(0);
	}

	@Test
	void anUnknownField_isRefusedByName_evenNested() {
		FieldError top = refusal(
				"{\"clientId\":\"x\",\"menuId\":\"m\",\"newOrWorseSymptoms\":false,\"date\":\"2026-11-20\",\"entries\":[],\"standaloneCramps\":[],\"nots\":\"typo\"}");
		assertThat(top.field()).isEqualTo("nots");
		assertThat(top.code()).isEqualTo("unknown-field");
		assertThat(top.message()).isEqualTo("unknown field \"nots\"");

		FieldError nested = refusal(
				"{\"clientId\":\"x\",\"menuId\":\"m\",\"newOrWorseSymptoms\":false,\"date\":\"2026-11-20\",\"entries\":[{\"exerciseId\":\"static-back\",\"done\":true,\"feedback\":[],\"efort\":3}],\"standaloneCramps\":[]}");
		assertThat(nested.field()).isEqualTo("entries[0].efort");
		assertThat(nested.code()).isEqualTo("unknown-field");
	}

	@Test
	void aValueOfTheWrongKind_isNamedInPlainWords_withoutJavaTypes() {
		FieldError date = refusal(
				"{\"clientId\":\"x\",\"menuId\":\"m\",\"newOrWorseSymptoms\":false,\"date\":\"tomorrow\",\"entries\":[],\"standaloneCramps\":[]}");
		assertThat(date.field()).isEqualTo("date");
		assertThat(date.message()).isEqualTo("cannot read date: expected a date (YYYY-MM-DD)");

		FieldError list = refusal(
				"{\"clientId\":\"x\",\"menuId\":\"m\",\"newOrWorseSymptoms\":false,\"date\":\"2026-11-20\",\"entries\":7,\"standaloneCramps\":[]}");
		assertThat(list.field()).isEqualTo("entries");
		assertThat(list.message()).doesNotContain("java.").doesNotContain("`").doesNotContain("org.realign");
	}

	@Test
	void aMissingRequiredField_isNamed() {
		FieldError missing = refusal(
				"{\"menuId\":\"m\",\"newOrWorseSymptoms\":false,\"date\":\"2026-11-20\",\"entries\":[],\"standaloneCramps\":[]}");
		assertThat(missing.field()).isEqualTo("clientId");
		assertThat(missing.code()).isEqualTo("required");
	}

	@Test
	void notJson_isRefusedWithoutJavaNames() {
		FieldError broken = refusal("{\"date\":");
		assertThat(broken.field()).isEqualTo("body");
		assertThat(broken.message()).doesNotContain("java.").doesNotContain("tools.jackson").doesNotContain("`");
	}

	record WholeNumbers(int pain, Integer minutes, long id, Optional<Integer> effort, List<Integer> amounts) {
	}

	record Numbers(double reach, Double value, float share) {
	}

	private static final String HUGE = "1" + "5".repeat(400);

	private FieldError refusal(String body, Class<?> type) {
		InvalidRequest refused = catchThrowableOfType(InvalidRequest.class, () -> this.json.request(body, type));
		assertThat(refused).as("refused: " + body).isNotNull();
		assertThat(refused.errors()).hasSize(1);
		FieldError error = refused.errors().get(0);
		assertThat(error.message()).as(body)
			.doesNotContain("55555")
			.doesNotContain("2147483647")
			.doesNotContain("Integer")
			.doesNotContain("Double")
			.doesNotContain("java")
			.doesNotContain("`");
		return error;
	}

	/**
	 * Every whole-number field refuses what is not a whole JSON number of a usable size,
	 * by name: found when the landmark file's 400-digit coordinate escaped as Jackson's
	 * own error; here a pain of 7.9 was read as 7 and "5" as 5.
	 */
	@Test
	void aWholeNumberField_refusesHugeFractionalAndTextualNumbers_byName() {
		String valid = "{\"pain\":3,\"minutes\":10,\"id\":4,\"effort\":2,\"amounts\":[1,2]}";
		assertThat(this.json.request(valid, WholeNumbers.class))
			.isEqualTo(new WholeNumbers(3, 10, 4, Optional.of(2), List.of(1, 2)));
		for (String field : List.of("pain", "minutes", "id", "effort", "amounts")) {
			for (String sent : List.of(HUGE, "-" + HUGE, "4294967296000000000000")) {
				FieldError error = refusal(number(valid, field, sent), WholeNumbers.class);
				assertThat(error.field()).as(field + "=" + sent).startsWith(field);
				assertThat(error.message()).as(field + "=" + sent)
					.isEqualTo("cannot read " + error.field() + ": the number is too large (expected a whole number)");
			}
			for (String sent : List.of("7.9", "1e400", "-1e400", "1e1", "\"5\"", "\"NaN\"", "\"Infinity\"",
					"\"1e400\"")) {
				FieldError error = refusal(number(valid, field, sent), WholeNumbers.class);
				assertThat(error.field()).as(field + "=" + sent).startsWith(field);
				assertThat(error.message()).as(field + "=" + sent).endsWith("expected a whole number");
			}
		}
	}

	@Test
	void aNumberField_refusesWhatIsNotAFiniteJsonNumber_byName() {
		String valid = "{\"reach\":12.5,\"value\":-0,\"share\":1e2}";
		Numbers read = this.json.request(valid, Numbers.class);
		assertThat(read).isEqualTo(new Numbers(12.5, 0.0, 100f));
		assertThat(1 / this.json.request(valid.replace("-0", "-0.0"), Numbers.class).value())
			.as("-0 is read as 0, never shown as -0")
			.isPositive();
		for (String field : List.of("reach", "value", "share")) {
			for (String sent : List.of(HUGE, "-" + HUGE, "1e400", "-1e400")) {
				FieldError error = refusal(number(valid, field, sent), Numbers.class);
				assertThat(error.field()).isEqualTo(field);
				assertThat(error.message()).as(field + "=" + sent)
					.isEqualTo("cannot read " + field + ": the number is too large (expected a number)");
			}
			for (String sent : List.of("\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"5\"", "\"1e400\"", "NaN")) {
				FieldError error = refusal(number(valid, field, sent), Numbers.class);
				assertThat(error.field()).as(field + "=" + sent).isIn(field, "body");
			}
		}
	}

	/** The body with one field's value replaced by what is sent. */
	private static String number(String body, String field, String sent) {
		return body.replaceFirst("\"" + field + "\":(\\[)?[^,\\]}]+",
				"\"" + field + "\":$1" + sent.replace("\\", "\\\\"));
	}

}
