package org.tailor.core.evaluate;

import java.util.List;
import java.util.Map;

/**
 * One variant's result on one split. {@code metrics} holds the means (list metrics over evaluated customers, then
 * coverage, novelty, diversity, avg_popularity; NaN means no data: diversity without item features, or
 * no customer scored). {@code perUser}
 * holds every list metric per evaluated customer, aligned with {@code users} (training customer indices; cold
 * customers served by the fallback get negative numbers -1, -2, ...), for significance tests and group fairness.
 * {@code population} says who was scored ("warm customers only" or "warm + cold customers (popularity fallback)").
 */
public record VariantResult(String variant, String spec, Map<String, Object> parameters, double trainSeconds,
                            Map<String, Double> metrics, int[] users, Map<String, double[]> perUser,
                            String population, List<String> notes) {
    public double metric(String name) {
        Double v = metrics.get(name);
        if (v == null) {
            throw new IllegalArgumentException("No metric " + name + " (have " + metrics.keySet() + ")");
        }
        return v;
    }
}
