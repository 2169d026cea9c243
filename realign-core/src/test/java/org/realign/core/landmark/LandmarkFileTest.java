package org.realign.core.landmark;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LandmarkFileTest {

	static final String VALID = """
			{"views":[{"view":"left-lateral","image":{"width":1000,"height":1500},
			 "landmarks":[{"id":"c7","x":512.0,"y":388.5,"source":"manual"},
			  {"id":"left-ear","x":600,"y":300,"source":"blazepose-heavy","confidence":0.93,"visibility":0.8}]}]}
			""";

	@Test
	void aMarkersLocalisationErrorSurvivesTheFile() {
		String json = """
				{"views":[{"view":"left-lateral","image":{"width":1000,"height":1500},"landmarks":[
				{"id":"c7","x":512.0,"y":388.5,"source":"marker","confidence":0.97,"uncertainty":0.35}]}]}
				""";
		LandmarkSet set = LandmarkFile.parse(LandmarkFile.write(LandmarkFile.parse(json))).get(0);
		Landmark c7 = set.find(LandmarkId.C7).orElseThrow();
		assertThat(c7.source()).isEqualTo(LandmarkSource.MARKER);
		assertThat(c7.uncertainty().getAsDouble()).isEqualTo(0.35);
		assertThat(c7.confidence().getAsDouble()).isEqualTo(0.97);
	}

	@Test
	void aNegativeUncertaintyIsRefusedByName() {
		assertThatThrownBy(() -> LandmarkFile.parse("""
				{"views":[{"view":"left-lateral","image":{"width":1000,"height":1500},"landmarks":[
				{"id":"c7","x":512.0,"y":388.5,"source":"marker","uncertainty":-1}]}]}
				""")).isInstanceOf(LandmarkFileException.class).hasMessageContaining("uncertainty");
	}

	@Test
	void parse_validFile_readsViewImageAndLandmarks() {
		List<LandmarkSet> sets = LandmarkFile.parse(VALID);
		assertThat(sets).hasSize(1);
		LandmarkSet set = sets.get(0);
		assertThat(set.view()).isEqualTo(View.LEFT_LATERAL);
		assertThat(set.image()).isEqualTo(new ImageSize(1000, 1500));
		Landmark c7 = set.find(LandmarkId.C7).orElseThrow();
		assertThat(c7.x()).isEqualTo(512.0);
		assertThat(c7.y()).isEqualTo(388.5);
		assertThat(c7.source()).isEqualTo(LandmarkSource.MANUAL);
		Landmark ear = set.find(LandmarkId.LEFT_EAR).orElseThrow();
		assertThat(ear.source().isModel()).isTrue();
		assertThat(ear.confidence()).hasValue(0.93);
		assertThat(ear.presence()).isEmpty();
	}

	@Test
	void write_thenParse_givesTheSameLandmarks() {
		List<LandmarkSet> sets = LandmarkFile.parse(VALID);
		List<LandmarkSet> again = LandmarkFile.parse(LandmarkFile.write(sets));
		assertThat(again.get(0).landmarks()).containsExactlyElementsOf(sets.get(0).landmarks());
	}

	@Test
	void parse_notJson_saysSo() {
		assertOneLineError("{views: [", "not valid JSON");
	}

	@Test
	void parse_unknownView_namesIt() {
		assertOneLineError(VALID.replace("left-lateral", "sideways"), "unknown view \"sideways\"");
	}

	@Test
	void parse_unknownLandmarkId_namesIt() {
		assertOneLineError(VALID.replace("\"c7\"", "\"c8\""), "left-lateral: unknown landmark id \"c8\"");
	}

	@Test
	void parse_coordinateOutsideTheImage_namesLandmarkAndBound() {
		assertOneLineError(VALID.replace("512.0", "1200.5"),
				"left-lateral: landmark c7: x 1200.5 is outside the image (width 1000.0)");
		assertOneLineError(VALID.replace("388.5", "-3"), "left-lateral: landmark c7: y -3.0 is outside the image");
	}

	@Test
	void parse_integerBeyondTheDoubleRange_namesTheCoordinate() {
		// Found by LandmarkFileFuzzTest: a 400-digit integer made Jackson's asDouble
		// throw.
		assertOneLineError(VALID.replace("512.0", "1" + "5".repeat(400)), "left-lateral: landmark c7: x is infinite");
	}

	@Test
	void parse_nan_namesTheCoordinate() {
		assertOneLineError(VALID.replace("512.0", "NaN"), "left-lateral: landmark c7: x is NaN");
	}

	@Test
	void parse_duplicateLandmark_namesIt() {
		assertOneLineError(VALID.replace("\"left-ear\"", "\"c7\""), "left-lateral: duplicate landmark \"c7\"");
	}

	@Test
	void parse_duplicateView_namesIt() {
		String view = "{\"view\":\"anterior\",\"image\":{\"width\":10,\"height\":10},\"landmarks\":[]}";
		assertOneLineError("{\"views\":[" + view + "," + view + "]}", "duplicate view anterior");
	}

	@Test
	void parse_unknownSourceOrMissingField_namesIt() {
		assertOneLineError(VALID.replace("\"manual\"", "\"guess\""), "unknown source \"guess\"");
		assertOneLineError(VALID.replace("\"x\":512.0,", ""), "landmark c7: missing \"x\"");
		assertOneLineError("{}", "missing the \"views\" array");
	}

	/** Regression: a source name with a line break in it broke the one-line message. */
	@Test
	void parse_lineBreaksInQuotedValues_areEscaped_soTheMessageStaysOneLine() {
		assertOneLineError(VALID.replace("\"manual\"", "\"m\\nanual\\r\\u2028\""),
				"unknown source \"m\\u000aanual\\u000d\\u2028\"");
		assertOneLineError(VALID.replace("\"c7\"", "\"c\\n7\""), "unknown landmark id \"c\\u000a7\"");
	}

	@Test
	void parse_modelPointWithoutConfidence_saysItNeedsOne() {
		assertOneLineError(VALID.replace(",\"confidence\":0.93", ""),
				"landmark left-ear: a point placed by blazepose-heavy needs a \"confidence\"");
	}

	private static void assertOneLineError(String json, String expectedPart) {
		assertThatThrownBy(() -> LandmarkFile.parse(json)).isInstanceOf(LandmarkFileException.class)
			.hasMessageContaining(expectedPart)
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("\n").doesNotContain("\r"));
	}

}
