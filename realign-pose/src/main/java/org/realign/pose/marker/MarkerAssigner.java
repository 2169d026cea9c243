package org.realign.pose.marker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.realign.core.landmark.View;
import org.realign.pose.PoseLandmark;

/**
 * Names each marker found on a photo: the anatomical point of the view's marker set
 * ({@link MarkerSites}) it marks. The assignment is the one with the least total squared
 * distance from the predicted sites (in units of each site's tolerance), solved exactly
 * (Hungarian method), so that neighbours such as ASIS, PSIS and greater trochanter, or
 * Achilles and calcaneus, are told apart by their order rather than one by one. A marker
 * farther than {@value #GATE} tolerances from every site it could take stays unassigned:
 * shown to the practitioner, never guessed.
 */
public final class MarkerAssigner {

	/** How many tolerances away a marker may lie from its site's prediction. */
	static final double GATE = 2.0;

	/**
	 * @param markers the markers found
	 * @param keypoints the pose keypoints of the same photo
	 * @param view the view the photo shows
	 * @return the markers by anatomical point, and those that fit none
	 */
	public MarkerAssignment assign(List<Marker> markers, List<PoseLandmark> keypoints, View view) {
		List<MarkerSites.Site> sites = MarkerSites.predict(view, keypoints);
		int m = markers.size();
		int s = sites.size();
		int n = m + s;
		double unassigned = GATE * GATE;
		double forbidden = 1e6;
		// Rows: markers, then one dummy row per site (a site with no marker). Columns:
		// sites, then one dummy column per marker (a marker left unassigned).
		double[][] cost = new double[n][n];
		for (int i = 0; i < m; i++) {
			Marker marker = markers.get(i);
			for (int j = 0; j < s; j++) {
				MarkerSites.Site site = sites.get(j);
				double d = marker.distanceTo(site.x(), site.y()) / site.tolerance();
				cost[i][j] = (d <= GATE) ? d * d : forbidden;
			}
			for (int j = s; j < n; j++) {
				cost[i][j] = (j - s == i) ? unassigned : forbidden;
			}
		}
		int[] rowToColumn = hungarian(cost);
		Map<org.realign.core.landmark.LandmarkId, Marker> assigned = new LinkedHashMap<>();
		List<Marker> left = new ArrayList<>();
		for (int i = 0; i < m; i++) {
			int j = rowToColumn[i];
			if (j < s && cost[i][j] < forbidden) {
				assigned.put(sites.get(j).id(), markers.get(i));
			}
			else {
				left.add(markers.get(i));
			}
		}
		return new MarkerAssignment(view, assigned, left);
	}

	/**
	 * Minimum-cost perfect matching of a square matrix (the Hungarian method with
	 * potentials, O(n³)); returns the column of each row.
	 */
	static int[] hungarian(double[][] cost) {
		int n = cost.length;
		double[] u = new double[n + 1];
		double[] v = new double[n + 1];
		int[] p = new int[n + 1];
		int[] way = new int[n + 1];
		for (int i = 1; i <= n; i++) {
			p[0] = i;
			int j0 = 0;
			double[] minv = new double[n + 1];
			Arrays.fill(minv, Double.MAX_VALUE);
			boolean[] used = new boolean[n + 1];
			do {
				used[j0] = true;
				int i0 = p[j0];
				double delta = Double.MAX_VALUE;
				int j1 = 0;
				for (int j = 1; j <= n; j++) {
					if (!used[j]) {
						double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
						if (cur < minv[j]) {
							minv[j] = cur;
							way[j] = j0;
						}
						if (minv[j] < delta) {
							delta = minv[j];
							j1 = j;
						}
					}
				}
				for (int j = 0; j <= n; j++) {
					if (used[j]) {
						u[p[j]] += delta;
						v[j] -= delta;
					}
					else {
						minv[j] -= delta;
					}
				}
				j0 = j1;
			}
			while (p[j0] != 0);
			do {
				int j1 = way[j0];
				p[j0] = p[j1];
				j0 = j1;
			}
			while (j0 != 0);
		}
		int[] rowToColumn = new int[n];
		for (int j = 1; j <= n; j++) {
			rowToColumn[p[j] - 1] = j - 1;
		}
		return rowToColumn;
	}

}
