package org.tailor.core.recommend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every recommender variant Tailor offers, listed explicitly (no classpath scanning). A variant is named
 * {@code name} or {@code name:param=value,param=value}.
 */
public final class AlgorithmCatalog {
    private final Map<String, Function<Map<String, String>, Recommender>> factories = new LinkedHashMap<>();

    public AlgorithmCatalog() {
        factories.put("pop", params -> new PopularityRecommender());
    }

    public List<String> names() {
        return List.copyOf(factories.keySet());
    }

    /** Creates a variant from {@code name[:k=v,...]}; unknown names or parameters fail with a readable message. */
    public Recommender create(String spec) {
        String name = spec;
        Map<String, String> params = new LinkedHashMap<>();
        int colon = spec.indexOf(':');
        if (colon >= 0) {
            name = spec.substring(0, colon);
            for (String kv : spec.substring(colon + 1).split(",")) {
                if (kv.isBlank()) {
                    continue;
                }
                String[] parts = kv.split("=", 2);
                if (parts.length != 2) {
                    throw new IllegalArgumentException("Parameter '" + kv + "' of variant " + name + " is not key=value");
                }
                params.put(parts[0].trim(), parts[1].trim());
            }
        }
        Function<Map<String, String>, Recommender> f = factories.get(name.trim());
        if (f == null) {
            throw new IllegalArgumentException("Unknown variant '" + name + "'. Known: " + String.join(", ", names()));
        }
        return f.apply(params);
    }
}
