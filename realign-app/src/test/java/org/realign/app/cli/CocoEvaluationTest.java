package org.realign.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realign.app.BadInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The annotation file is the user's: a number in it that is not one (an id of 400 digits
 * or 1.5, a keypoint of 1e400) is refused in one line naming the file, never escaping as
 * Jackson's conversion error or read as infinity.
 */
class CocoEvaluationTest {

	private static final String HUGE = "1" + "5".repeat(400);

	private static final String VALID = """
			{"images":[{"id":1,"file_name":"a.jpg"}],
			 "annotations":[{"image_id":1,"keypoints":[10.5,20,2,30,40,2]}],
			 "categories":[{"keypoints":["left_shoulder","right_shoulder"]}]}
			""";

	@TempDir
	Path dir;

	private CocoEvaluation.Annotations read(String json) throws IOException {
		Path file = this.dir.resolve("annotations.json");
		Files.writeString(file, json);
		return CocoEvaluation.read(file);
	}

	@Test
	void aValidFile_isRead() throws IOException {
		CocoEvaluation.Annotations read = read(VALID);
		assertThat(read.images()).hasSize(1);
		assertThat(read.images().get(0).people().get(0)).containsExactly(10.5, 20.0, 2.0, 30.0, 40.0, 2.0);
	}

	@Test
	void aKeypointValueBeyondTheDoubleRange_isRefusedByName() {
		for (String value : new String[] { HUGE, "-" + HUGE, "1e400" }) {
			assertThatThrownBy(() -> read(VALID.replace("10.5", value))).as(value)
				.isInstanceOf(BadInputException.class)
				.hasMessage("annotations.json: a keypoint value of image 1 is not a number of a usable size");
		}
	}

	@Test
	void anImageIdThatIsNoWholeNumberOfUsableSize_isRefusedByName() {
		for (String id : new String[] { HUGE, "1.5", "1e400", "\"1\"" }) {
			assertThatThrownBy(() -> read(VALID.replace("\"id\":1", "\"id\":" + id))).as(id)
				.isInstanceOf(BadInputException.class)
				.hasMessage("annotations.json: an image without a whole-number \"id\" and a \"file_name\"");
			assertThatThrownBy(() -> read(VALID.replace("\"image_id\":1", "\"image_id\":" + id))).as(id)
				.isInstanceOf(BadInputException.class)
				.hasMessage("annotations.json: an annotation without a whole-number \"image_id\"");
		}
	}

}
