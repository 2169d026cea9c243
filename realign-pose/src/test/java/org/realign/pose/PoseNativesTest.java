package org.realign.pose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PoseNativesTest {

	@Test
	void theBuildCarriesTheNativesOfEveryPlatformPracticesUse() {
		for (String platform : PoseNatives.PLATFORMS) {
			assertThat(PoseNatives.bundled(platform)).as(platform).isTrue();
		}
	}

	@Test
	void thisMachineIsOneOfThem() {
		assertThat(PoseNatives.PLATFORMS).contains(PoseNatives.platform());
		PoseNatives.requireForThisMachine();
	}

	@Test
	void aPlatformWithoutNatives_isNotBundled_andTheMessageNamesItAndTheSupportedOnes() {
		assertThat(PoseNatives.bundled("linux-ppc64le")).isFalse();
		assertThat(PoseNatives.bundled("android-arm64")).isFalse();
		assertThat(PoseNatives.unsupported("linux-ppc64le")).contains("linux-ppc64le", "macosx-arm64", "windows-x86_64",
				"not available");
	}

	@Test
	void libraryNames_followEachPlatformsConvention() {
		assertThat(PoseNatives.library("org/bytedeco/tensorflowlite", "windows-x86_64", "jnitensorflowlite"))
			.isEqualTo("org/bytedeco/tensorflowlite/windows-x86_64/jnitensorflowlite.dll");
		assertThat(PoseNatives.library("org/bytedeco/javacpp", "macosx-arm64", "jnijavacpp"))
			.isEqualTo("org/bytedeco/javacpp/macosx-arm64/libjnijavacpp.dylib");
		assertThat(PoseNatives.library("org/bytedeco/javacpp", "linux-arm64", "jnijavacpp"))
			.isEqualTo("org/bytedeco/javacpp/linux-arm64/libjnijavacpp.so");
	}

}
