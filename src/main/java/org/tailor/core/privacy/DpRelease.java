package org.tailor.core.privacy;

import java.util.Map;

/**
 * One differentially private release of a histogram. {@code noisyCounts} are true count + Laplace noise, neither
 * rounded nor clamped (the UI may round for display; that post-processing costs no privacy). {@code sensitivity}
 * is the L1 sensitivity under {@code neighbours}, {@code scale} = sensitivity / epsilon. The bins are disjoint, so
 * the whole histogram costs epsilon once ({@code composition}). {@code stored} is true when this release is a
 * re-showing of the ledger's stored values (no new noise, no new cost).
 */
public record DpRelease(String query, double epsilon, double sensitivity, double scale, String neighbours,
                        String composition, long seed, Map<String, Double> noisyCounts, boolean stored) {
}
