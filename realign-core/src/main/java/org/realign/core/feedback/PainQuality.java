package org.realign.core.feedback;

/** How a pain feels. */
public enum PainQuality {

	SHARP("sharp"), DULL("dull"), BURNING("burning"), RADIATING("radiating");

	private final String id;

	PainQuality(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

}
