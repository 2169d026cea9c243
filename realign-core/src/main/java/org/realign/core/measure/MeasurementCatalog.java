package org.realign.core.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.realign.core.landmark.Side;
import org.realign.core.landmark.View;
import org.realign.core.measure.MeasurementDefinition.Concern;
import org.realign.core.measure.MeasurementDefinition.CutoffKind;
import org.realign.core.measure.MeasurementDefinition.NormStatus;
import org.realign.core.measure.MeasurementDefinition.Direction;
import org.realign.core.measure.MeasurementDefinition.MeasurementError;
import org.realign.core.measure.MeasurementDefinition.ReferenceRange;
import org.realign.core.source.SourceCatalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The measurement definitions shipped in {@code kb/measurements.json}, by id, in file
 * order.
 */
public final class MeasurementCatalog {

	static final String FILE = "kb/measurements.json";

	private static volatile MeasurementCatalog shipped;

	private final Map<String, MeasurementDefinition> definitions;

	private MeasurementCatalog(Map<String, MeasurementDefinition> definitions) {
		this.definitions = definitions;
	}

	public static MeasurementCatalog of(List<MeasurementDefinition> definitions) {
		Map<String, MeasurementDefinition> byId = new LinkedHashMap<>();
		for (MeasurementDefinition definition : definitions) {
			if (byId.putIfAbsent(definition.id(), definition) != null) {
				throw new IllegalArgumentException("duplicate measurement id: " + definition.id());
			}
		}
		return new MeasurementCatalog(byId);
	}

	/** The shipped catalogue, read once from the classpath. */
	public static MeasurementCatalog shipped() {
		MeasurementCatalog catalog = shipped;
		if (catalog == null) {
			try (InputStream in = MeasurementCatalog.class.getClassLoader().getResourceAsStream(FILE)) {
				if (in == null) {
					throw new IllegalStateException(FILE + " is missing from the classpath");
				}
				catalog = parse(JsonMapper.builder().build().readTree(in));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + FILE, ex);
			}
			shipped = catalog;
		}
		return catalog;
	}

	static MeasurementCatalog parse(JsonNode root) {
		List<MeasurementDefinition> definitions = new ArrayList<>();
		for (JsonNode node : root) {
			definitions.add(definition(node));
		}
		return of(definitions);
	}

	private static MeasurementDefinition definition(JsonNode node) {
		String id = node.get("id").asString();
		try {
			List<View> views = new ArrayList<>();
			for (JsonNode view : node.get("views")) {
				views.add(View.fromId(view.asString())
					.orElseThrow(() -> new IllegalStateException("unknown view " + view.asString())));
			}
			List<Concern> concerns = new ArrayList<>();
			JsonNode concernNodes = node.get("concerns");
			if (concernNodes != null) {
				for (JsonNode concern : concernNodes) {
					concerns.add(new Concern(concern.get("finding").asString(),
							Direction.valueOf(
									concern.get("direction").asString().toUpperCase(Locale.ROOT).replace('-', '_')),
							concern.get("cutoff").asDouble(), optionalNumber(concern, "moderate"),
							optionalNumber(concern, "marked"), side(concern, "positiveSide"), cutoffKind(concern),
							concern.get("basis").asString(), strings(concern.get("sources"))));
				}
			}
			JsonNode normal = node.get("normal");
			JsonNode error = node.get("error");
			return new MeasurementDefinition(id, node.get("name").asString(), views, strings(node.get("landmarks")),
					node.get("formula").asString(), node.get("unit").asString(), node.get("sign").asString(),
					node.has("proxy") && node.get("proxy").asBoolean(), side(node, "side"),
					new ReferenceRange(optionalNumber(normal, "low"), optionalNumber(normal, "high"),
							optionalNumber(normal, "mean"), optionalNumber(normal, "sd"), normStatus(normal),
							normal.get("note").asString(), strings(normal.get("sources"))),
					concerns, new MeasurementError(error.get("value").asDouble(), error.get("kind").asString(),
							error.get("note").asString(), strings(error.get("sources"))),
					strings(node.get("sources")));
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(FILE + ": measurement " + id + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * {@code "published": true} for a cited range, {@code false} for an explicit "no
	 * published norm"; absent is neither, and the catalogue reports it.
	 */
	private static NormStatus normStatus(JsonNode normal) {
		JsonNode published = normal.get("published");
		if (published == null || !published.isBoolean()) {
			return NormStatus.UNSTATED;
		}
		return published.asBoolean() ? NormStatus.PUBLISHED : NormStatus.NO_PUBLISHED_NORM;
	}

	private static CutoffKind cutoffKind(JsonNode concern) {
		String kind = concern.path("kind").asString("");
		return CutoffKind.fromId(kind)
			.orElseThrow(() -> new IllegalStateException("cut-off for " + concern.path("finding").asString("")
					+ ": kind must be reference-interval or clinical, not '" + kind + "'"));
	}

	private static OptionalDouble optionalNumber(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? OptionalDouble.empty() : OptionalDouble.of(value.asDouble());
	}

	private static Optional<Side> side(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return Optional.empty();
		}
		return Optional.of(Side.fromId(value.asString())
			.orElseThrow(() -> new IllegalStateException("unknown side " + value.asString())));
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		if (array != null) {
			array.forEach((value) -> values.add(value.asString()));
		}
		return values;
	}

	/** The project's placeholder source: never enough on its own. */
	public static final String CONVENTION = "realign-convention";

	private static boolean citesPublished(List<String> sources) {
		return sources.stream().anyMatch((id) -> !CONVENTION.equals(id));
	}

	public List<MeasurementDefinition> all() {
		return List.copyOf(this.definitions.values());
	}

	public Optional<MeasurementDefinition> find(String id) {
		return Optional.ofNullable(this.definitions.get(id));
	}

	public MeasurementDefinition get(String id) {
		return find(id).orElseThrow(() -> new IllegalArgumentException("no measurement " + id));
	}

	/**
	 * What is wrong with the catalogue, one readable line per problem: a definition with
	 * no source, a cited id the source catalogue does not know, a concern without a
	 * source, a definition with no formula in code, an unknown landmark.
	 */
	public List<String> problems(SourceCatalog sources) {
		List<String> problems = new ArrayList<>();
		for (MeasurementDefinition definition : this.definitions.values()) {
			String where = "measurement " + definition.id();
			if (definition.sources().isEmpty()) {
				problems.add(where + " cites no source");
			}
			if (definition.error().sources().isEmpty()) {
				problems.add(where + ": its measurement error cites no source");
			}
			if (definition.normal().sources().isEmpty()) {
				problems.add(where + ": its normal range cites no source");
			}
			switch (definition.normal().status()) {
				case UNSTATED -> problems.add(where
						+ " has neither a sourced normal range nor an explicit \"no published norm\" (normal.published)");
				case PUBLISHED -> {
					var normal = definition.normal();
					boolean hasRange = normal.low().isPresent() || normal.high().isPresent()
							|| (normal.mean().isPresent() && normal.sd().isPresent());
					if (!hasRange) {
						problems.add(where + ": its normal range is marked published but gives no bound or spread");
					}
					if (!citesPublished(normal.sources())) {
						problems.add(where + ": its normal range cites only the project's own convention");
					}
				}
				case NO_PUBLISHED_NORM -> {
					if (!definition.concerns().isEmpty()) {
						problems.add(where
								+ " has no published norm, so it may not fire a finding on its own, but it has cut-offs");
					}
				}
			}
			for (Concern concern : definition.concerns()) {
				if (!citesPublished(concern.sources())) {
					problems.add(where + ": the cut-off for " + concern.finding()
							+ " cites no published source (only the project's own convention)");
				}
				if (concern.kind() == CutoffKind.REFERENCE_INTERVAL && !definition.normal().published()) {
					problems.add(where + ": the cut-off for " + concern.finding()
							+ " claims to be the edge of a normal range, but the measurement has none");
				}
				if ("not-established".equals(definition.error().kind())) {
					problems.add(where + ": the cut-off for " + concern.finding()
							+ " rests on a measurement whose error is not established");
				}
				if (concern.sources().isEmpty()) {
					problems.add(where + ": the cut-off for " + concern.finding() + " cites no source");
				}
			}
			for (String id : definition.allSourceIds()) {
				if (!sources.contains(id)) {
					problems.add(where + " cites unknown source " + id);
				}
			}
			if (!Formulas.has(definition.id())) {
				problems.add(where + " has no formula in Formulas");
			}
			for (View view : definition.views()) {
				try {
					definition.landmarksFor(view);
				}
				catch (IllegalStateException ex) {
					problems.add(where + " on " + view.id() + ": " + ex.getMessage());
				}
			}
		}
		return problems;
	}

}
