package org.realign.pose.marker;

import org.junit.jupiter.api.Test;
import org.realign.pose.marker.MarkerDetector.Candidate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate stage's suppression: one candidate per blob, but a small marker beside a
 * large contrasting patch keeps its own.
 */
class MarkerCandidatesTest {

	@Test
	void theSameBlobAtANeighbouringScaleIsOneCandidate() {
		Candidate blob = new Candidate(100, 100, 9, 8);
		assertThat(MarkerDetector.explains(blob, new Candidate(102, 101, 6.5, 7.5))).isTrue();
		assertThat(MarkerDetector.explains(blob, new Candidate(101, 100, 12.5, 7))).isTrue();
	}

	@Test
	void aLargeBlobsRimAtASmallScaleIsSuppressed() {
		Candidate head = new Candidate(100, 100, 21, 8);
		// at most about 0.6 of the blob's response on its rim
		assertThat(MarkerDetector.explains(head, new Candidate(116, 100, 3, 4.5))).isTrue();
	}

	@Test
	void aSmallMarkerBesideALargePatchIsKept() {
		Candidate head = new Candidate(100, 100, 21, 7.5);
		// measured on the drawn scenes: a 6 px acromion 15 px from a head's response,
		// answering with 0.78 of its strength
		assertThat(MarkerDetector.explains(head, new Candidate(115, 100, 3, 5.8))).isFalse();
		assertThat(MarkerDetector.explains(head, new Candidate(100, 121, 4.5, 6.9))).isFalse();
	}

	@Test
	void aLargeBlobKeepsItsCandidateBesideARimAnsweringAsStrongly() {
		// measured on a 27 px dot: its rim answered the 6.5 px scale with 4.93, the dot
		// the 17 px scale with 4.32
		Candidate rim = new Candidate(100, 100, 6.5, 4.93);
		assertThat(MarkerDetector.explains(rim, new Candidate(103, 101, 17, 4.32))).isFalse();
		// a large weak answer around a strong small one is still that one's
		assertThat(MarkerDetector.explains(rim, new Candidate(103, 101, 17, 2))).isTrue();
	}

	@Test
	void candidatesAreSortedStrongestFirstAndEqualOnesKeepTheirOrder() {
		java.util.Random random = new java.util.Random(7);
		for (boolean floats : new boolean[] { true, false }) {
			java.util.List<Candidate> all = new java.util.ArrayList<>();
			for (int i = 0; i < 3000; i++) {
				// Few distinct strengths, so that many are equal; as the scan makes them,
				// a float quotient of at least 1, or any double (the plain sort then).
				double strength = floats ? (float) (1 + random.nextInt(40)) / (float) (1 + random.nextInt(3))
						: 1 + random.nextInt(40) / 7.0;
				all.add(new Candidate(random.nextInt(500), random.nextInt(500), 3 + random.nextInt(4), strength));
			}
			java.util.List<Candidate> expected = new java.util.ArrayList<>(all);
			expected.sort(java.util.Comparator.comparingDouble(Candidate::strength).reversed());
			MarkerDetector.strongestFirst(all);
			assertThat(all).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void farCandidatesAreNeverSuppressed() {
		assertThat(MarkerDetector.explains(new Candidate(100, 100, 9, 8), new Candidate(140, 100, 9, 2))).isFalse();
	}

}
