package org.realign.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {

	@Test
	void enabled_rewritesOneLineAndClearsItAtTheEnd() {
		StringWriter text = new StringWriter();
		ProgressLine line = new ProgressLine(new PrintWriter(text), true);
		line.done(1, 3);
		line.done(2, 3);
		line.done(3, 3);
		line.finish();
		assertThat(text.toString())
			.isEqualTo("\rlandmarks: 1/3 photos\rlandmarks: 2/3 photos\rlandmarks: 3/3 photos\r\033[K");
	}

	@Test
	void disabled_writesNothing() {
		StringWriter text = new StringWriter();
		ProgressLine line = new ProgressLine(new PrintWriter(text), false);
		line.done(1, 2);
		line.finish();
		assertThat(text.toString()).isEmpty();
	}

	@Test
	void forBatch_singlePhoto_noProgressLine() {
		StringWriter text = new StringWriter();
		ProgressLine line = ProgressLine.forBatch(new PrintWriter(text), 1);
		line.done(1, 1);
		line.finish();
		assertThat(text.toString()).isEmpty();
	}

}
