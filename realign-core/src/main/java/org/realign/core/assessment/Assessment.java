package org.realign.core.assessment;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;

/**
 * The photos of one person taken at one time: at most one landmark set per view, so at
 * most four. Findings may combine views (Egoscue Condition I needs a lateral and an
 * anterior photo).
 */
public final class Assessment {

	private final Map<View, LandmarkSet> views;

	private Assessment(Map<View, LandmarkSet> views) {
		this.views = views;
	}

	/**
	 * An assessment of the given photos.
	 * @throws IllegalArgumentException when there are none or a view repeats
	 */
	public static Assessment of(Collection<LandmarkSet> sets) {
		if (sets.isEmpty()) {
			throw new IllegalArgumentException("an assessment needs at least one view");
		}
		Map<View, LandmarkSet> byView = new EnumMap<>(View.class);
		for (LandmarkSet set : sets) {
			if (byView.putIfAbsent(set.view(), set) != null) {
				throw new IllegalArgumentException("duplicate view " + set.view().id());
			}
		}
		return new Assessment(byView);
	}

	public static Assessment of(LandmarkSet... sets) {
		return of(List.of(sets));
	}

	/** The photos in view order: anterior, posterior, left-lateral, right-lateral. */
	public List<LandmarkSet> views() {
		return List.copyOf(this.views.values());
	}

	public Optional<LandmarkSet> view(View view) {
		return Optional.ofNullable(this.views.get(view));
	}

}
