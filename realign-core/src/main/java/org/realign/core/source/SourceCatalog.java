package org.realign.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every source the knowledge base cites, by id. Each part of the knowledge base keeps its
 * own file under {@code kb/sources/} so that they can grow independently; ids must be
 * unique across all of them.
 */
public final class SourceCatalog {

	/** The source files, one per part of the knowledge base. */
	static final List<String> FILES = List.of("kb/sources/measurement.json", "kb/sources/knowledge.json",
			"kb/sources/feedback.json");

	private final Map<String, Source> sources;

	private SourceCatalog(Map<String, Source> sources) {
		this.sources = Map.copyOf(sources);
	}

	public static SourceCatalog of(Collection<Source> sources) {
		Map<String, Source> byId = new LinkedHashMap<>();
		for (Source source : sources) {
			if (byId.putIfAbsent(source.id(), source) != null) {
				throw new IllegalArgumentException("duplicate source id: " + source.id());
			}
		}
		return new SourceCatalog(byId);
	}

	/** Loads the shipped sources from the classpath. A missing file counts as empty. */
	public static SourceCatalog load() {
		JsonMapper mapper = JsonMapper.builder().build();
		List<Source> all = new ArrayList<>();
		for (String file : FILES) {
			try (InputStream in = SourceCatalog.class.getClassLoader().getResourceAsStream(file)) {
				if (in != null) {
					all.addAll(mapper.readValue(in, new TypeReference<List<Source>>() {
					}));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + file, ex);
			}
		}
		return of(all);
	}

	public Optional<Source> find(String id) {
		return Optional.ofNullable(this.sources.get(id));
	}

	public boolean contains(String id) {
		return this.sources.containsKey(id);
	}

	public Collection<Source> all() {
		return this.sources.values();
	}

}
