package org.realign.pose.marker;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realign.pose.RgbImage;
import org.realign.pose.marker.MarkerDetector.Candidate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A marker answers the candidate search at neighbouring scales, and more than one answer
 * can be kept; each looked at finds the same marker again. Candidates are verified in two
 * rounds, and one standing on a marker the first round found is not looked at again.
 */
class RepeatedCandidatesTest {

	private static final int SKIN = 0xC89A7C;

	@Test
	void aCandidateNearAStrongerOneWaitsForTheSecondRound() {
		List<Candidate> candidates = List.of(new Candidate(100, 100, 4.5, 9), new Candidate(101, 99, 3, 8),
				new Candidate(200, 100, 3, 7), new Candidate(100, 120, 9, 5));
		int[][] rounds = MarkerDetector.rounds(candidates);
		assertThat(rounds[0]).containsExactly(0, 2);
		// Within the largest marker's radius of a stronger candidate, whatever its scale.
		assertThat(rounds[1]).containsExactly(1, 3);
	}

	@Test
	void aCandidateOnAMarkerFoundIsNotLookedAtAgainButOneBesideItIs() {
		BufferedImage image = MarkerPainter.plain(160, SKIN);
		MarkerPainter.draw(image, 60.3, 70.6, 14, 0x2255DD, false, Double.POSITIVE_INFINITY, 0, 0);
		MarkerPainter.draw(image, 80.4, 70.2, 14, 0x2255DD, false, Double.POSITIVE_INFINITY, 0, 0);
		RgbImage photo = RgbImage.of(MarkerPainter.jpeg(MarkerPainter.blur(image, 0.7), 0.85f));
		Candidate lead = new Candidate(60.5, 70.5, 6.5, 9);
		Candidate repeat = new Candidate(61.5, 70.5, 4.5, 8);
		Candidate beside = new Candidate(80.5, 70.5, 6.5, 7);

		List<Optional<Marker>> verified = MarkerDetector.verify(photo, List.of(lead, repeat, beside), List.of(), 1,
				new double[3][], MarkerDetector.RETRY_STRENGTH);

		assertThat(verified.get(0)).hasValueSatisfying((m) -> assertThat(m.distanceTo(60.3, 70.6)).isLessThan(0.5));
		assertThat(verified.get(1)).as("the repeat on the marker found").isEmpty();
		assertThat(verified.get(2)).as("the marker beside it, in the second round too")
			.hasValueSatisfying((m) -> assertThat(m.distanceTo(80.4, 70.2)).isLessThan(0.5));
		// Alone, the repeat finds the marker: it was left out, not refused.
		assertThat(MarkerDetector
			.verify(photo, List.of(repeat), List.of(), 1, new double[1][], MarkerDetector.RETRY_STRENGTH)
			.get(0)).hasValueSatisfying((m) -> assertThat(m.distanceTo(60.3, 70.6)).isLessThan(0.5));
	}

}
