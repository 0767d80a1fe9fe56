package org.tailor.core.privacy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Laplace histogram of customers per category under add/remove-one-customer neighbours: one customer changes one
 * bin by 1, so the L1 sensitivity is 1 and the scale b = 1 / epsilon. Noise is drawn bin by bin in the order of
 * {@code trueCounts} from one seeded {@link LaplaceNoise}.
 */
public final class DpHistogram {
    public static final String NEIGHBOURS = "add/remove one customer";
    public static final String COMPOSITION = "parallel composition: disjoint bins share one epsilon";

    public DpRelease release(String query, Map<String, Long> trueCounts, double epsilon, long seed) {
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be positive, was " + epsilon);
        }
        double sensitivity = 1.0;
        double scale = sensitivity / epsilon;
        LaplaceNoise noise = new LaplaceNoise(seed);
        Map<String, Double> noisy = new LinkedHashMap<>();
        trueCounts.forEach((bin, count) -> noisy.put(bin, count + noise.sample(scale)));
        return new DpRelease(query, epsilon, sensitivity, scale, NEIGHBOURS, COMPOSITION, seed, noisy, false);
    }
}
