package org.realign.app.session;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.knowledge.KnowledgeBaseLoader;
import org.realign.core.knowledge.Muscle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body map names only the catalogue's muscles, reaches every one of them, and gives
 * each region an id the session API can store as a place.
 */
class BodyMapTest {

	private final KnowledgeBase knowledge = KnowledgeBaseLoader.load();

	private final BodyMap map = new BodyMap(this.knowledge);

	@Test
	void regions_nameOnlyCatalogueMuscles_andReachEveryOne() {
		Set<String> catalogue = new HashSet<>(this.knowledge.muscles().stream().map(Muscle::id).toList());
		Set<String> onTheMap = new HashSet<>();
		this.map.regions().forEach((region) -> onTheMap.addAll(region.muscles()));

		assertThat(catalogue).containsAll(onTheMap);
		assertThat(onTheMap).containsAll(catalogue);
	}

	@Test
	void regionIds_areUniqueKebabCase_andEachRegionHasAnOutline() {
		List<String> ids = this.map.regions().stream().map(BodyMap.Region::id).toList();

		assertThat(ids).doesNotHaveDuplicates().allMatch((id) -> id.matches("[a-z]+(-[a-z]+)*"));
		assertThat(this.map.regions()).allMatch((region) -> !region.outlines().isEmpty());
		assertThat(this.map.regions(BodyMap.Side.FRONT)).isNotEmpty();
		assertThat(this.map.regions(BodyMap.Side.BACK)).isNotEmpty();
	}

	@Test
	void plainNames_followTheMuscleOrder() {
		BodyMap.Region buttock = this.map.region("buttock").orElseThrow();

		assertThat(buttock.muscleList()).isEqualTo("gluteus-maximus piriformis");
		assertThat(buttock.plainNameList()).isEqualTo("big buttock muscle|deep buttock rotator");
	}

	@Test
	void calfRegion_isTheIdTheCrampRulesKnowAsCalf() {
		// CrampClassifier treats "calf" and "foot" as the usual, benign sites.
		assertThat(this.map.region("calf")).isPresent();
		assertThat(this.map.region("foot")).isPresent();
	}

}
