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
    private final Map<String, String> descriptions = new LinkedHashMap<>();

    public AlgorithmCatalog() {
        factories.put("pop", params -> new PopularityRecommender());
        add("recentpop", "popularity with a half-life: halflife (days, 30)", RecentPopularityRecommender::new);
        add("itemknn", "item kNN: sim (cosine|pearson|jaccard), k (200), shrink (0)", ItemKnnRecommender::new);
        add("userknn", "user kNN: sim (cosine|pearson|jaccard), k (50), shrink (10)", UserKnnRecommender::new);
        add("als", "implicit ALS: factors (64), iterations (15), lambda (10), alpha (1), cg (3), seed (42)",
                AlsRecommender::new);
        add("bpr", "BPR-MF: factors (64), epochs (40), lr (0.05), reg (0.01), seed (42)", BprRecommender::new);
        add("ease", "EASE closed-form item model: lambda (400)", EaseRecommender::new);
        add("content", "TF-IDF over item title, category and genres (needs item text)", ContentRecommender::new);
        add("hybrid", "blend: a (ease), b (itemknn), weight (0.7), switch (3), fallback (pop)",
                p -> new HybridRecommender(p, this));
        add("neural", "NeuMF-style network: factors (16), hidden (32), epochs (12), neg (4), lr (0.01), seed (42)",
                NeuralRecommender::new);
        descriptions.put("pop", "popularity: distinct customers per item");
    }

    private void add(String name, String description, Function<VariantParams, Recommender> make) {
        factories.put(name, raw -> {
            VariantParams p = new VariantParams(name, raw);
            Recommender r = make.apply(p);
            p.checkAllUsed();
            return r;
        });
        descriptions.put(name, description);
    }

    /**
     * Splits a list of specs such as {@code pop,itemknn:k=50,shrink=10,als;ease:lambda=300}: commas or semicolons
     * separate variants, and a {@code key=value} token without a colon continues the variant before it.
     */
    public static java.util.List<String> splitSpecs(String list) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String part : list.split(";")) {
            for (String token : part.split(",")) {
                String t = token.trim();
                if (t.isEmpty()) {
                    continue;
                }
                if (t.contains("=") && !t.contains(":") && !out.isEmpty() && out.get(out.size() - 1).contains(":")) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + "," + t);
                } else {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** One line per variant: its parameters and their defaults. */
    public String describe(String name) {
        return descriptions.getOrDefault(name, "");
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
        if ("pop".equals(name.trim()) && !params.isEmpty()) {
            throw new IllegalArgumentException("Variant pop has no parameters");
        }
        return f.apply(params);
    }
}
