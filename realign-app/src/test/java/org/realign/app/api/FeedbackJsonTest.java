package org.realign.app.api;

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

}
