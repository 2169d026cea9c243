package org.realign.core.prescription;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one JSON form of a {@link Dose}, the knowledge base's: {@code {"type":"hold",
 * "seconds":60,"perSide":false}} or {@code {"type":"reps","sets":3,"reps":10,
 * "perSide":false}}. The knowledge base loader reads it, and {@link #module()} makes
 * every mapper that writes or reads menus, proposals and API answers use it, so a dose
 * reads the same in the catalogue, the API and the database.
 * <p>
 * Menus stored before the dose was one type hold {@code {"amount":30,"unit":"REPS",
 * "perSide":false}}; they are read as one set of that many repetitions (or a hold of that
 * many seconds), which is exactly what they prescribed.
 */
public final class DoseJson {

	private DoseJson() {
	}

	/**
	 * A dose from its JSON; never rejects values (the knowledge base validator and
	 * {@link PrescribedItem} do).
	 */
	public static Dose read(JsonNode node) {
		if (!node.has("type") && node.has("unit")) {
			String unit = node.path("unit").asString("");
			int amount = node.path("amount").asInt(0);
			boolean perSide = node.path("perSide").asBoolean(false);
			return ("SECONDS".equals(unit) || "s".equals(unit)) ? Dose.hold(amount, perSide)
					: Dose.reps(1, amount, perSide);
		}
		return new Dose(node.path("type").asString(""), node.path("sets").asInt(0), node.path("reps").asInt(0),
				node.path("seconds").asInt(0), node.path("perSide").asBoolean(false));
	}

	/** Writes the dose in the knowledge base's form. */
	public static void write(Dose dose, JsonGenerator json) {
		json.writeStartObject();
		json.writeStringProperty("type", dose.type());
		if (dose.isHold()) {
			json.writeNumberProperty("seconds", dose.seconds());
		}
		else {
			json.writeNumberProperty("sets", dose.sets());
			json.writeNumberProperty("reps", dose.reps());
		}
		json.writeBooleanProperty("perSide", dose.perSide());
		json.writeEndObject();
	}

	/** A Jackson module that writes and reads every {@link Dose} in this form. */
	public static SimpleModule module() {
		return new SimpleModule("realign-dose").addSerializer(Dose.class, new ValueSerializer<Dose>() {
			@Override
			public void serialize(Dose dose, JsonGenerator json, SerializationContext context) {
				write(dose, json);
			}
		}).addDeserializer(Dose.class, new ValueDeserializer<Dose>() {
			@Override
			public Dose deserialize(JsonParser parser, DeserializationContext context) {
				return read(context.readTree(parser));
			}
		});
	}

}
