package org.realign.app.api;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Numbers in request bodies are taken only as what they say: a whole number where one is
 * expected (7.9 is not silently read as a pain of 7), a JSON number and not text ("5",
 * "NaN"), and a finite one: 1e400 or an integer of four hundred digits is refused as too
 * large, where Jackson would read it as infinity and let it reach the record. The
 * refusals surface as {@link InputCoercionException} (too large) or a mismatched input
 * (the wrong kind), which {@link FeedbackJson} names by field in the caller's words.
 */
final class StrictNumbers {

	private StrictNumbers() {
	}

	static JsonMapper.Builder apply(JsonMapper.Builder builder) {
		SimpleModule finite = new SimpleModule("finite-numbers");
		finite.addDeserializer(Double.class, new FiniteDouble(Double.class, null));
		finite.addDeserializer(double.class, new FiniteDouble(double.class, 0.0));
		finite.addDeserializer(Float.class, new FiniteFloat(Float.class, null));
		finite.addDeserializer(float.class, new FiniteFloat(float.class, 0.0f));
		return builder.addModule(finite)
			.withCoercionConfig(LogicalType.Integer,
					(config) -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail));
	}

	/**
	 * A finite value, with -0 read as 0; a number token beyond the range is too large, a
	 * text one ("NaN", "Infinity", which Jackson takes even with text refused) is not a
	 * number.
	 */
	private static Double finite(JsonParser parser, DeserializationContext context, Double value, Class<?> type) {
		if (value == null || Double.isFinite(value)) {
			return (value != null && value == 0.0) ? 0.0 : value;
		}
		if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT
				|| parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
			throw new InputCoercionException(parser, "number out of range", parser.currentToken(), type);
		}
		return (Double) context.handleUnexpectedToken(type, parser);
	}

	private static final class FiniteDouble extends NumberDeserializers.DoubleDeserializer {

		@SuppressWarnings("unchecked")
		FiniteDouble(Class<?> type, Double nullValue) {
			super((Class<Double>) type, nullValue);
		}

		@Override
		public Double deserialize(JsonParser parser, DeserializationContext context) {
			return finite(parser, context, super.deserialize(parser, context), handledType());
		}

	}

	private static final class FiniteFloat extends NumberDeserializers.FloatDeserializer {

		@SuppressWarnings("unchecked")
		FiniteFloat(Class<?> type, Float nullValue) {
			super((Class<Float>) type, nullValue);
		}

		@Override
		public Float deserialize(JsonParser parser, DeserializationContext context) {
			Float value = super.deserialize(parser, context);
			Double checked = finite(parser, context, (value != null) ? value.doubleValue() : null, handledType());
			return (checked != null) ? checked.floatValue() : null;
		}

	}

}
