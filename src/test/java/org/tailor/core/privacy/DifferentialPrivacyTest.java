package org.tailor.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tailor.core.CaseCsv;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.Workspace;

/** BL-18: Laplace scale, the statistical check over 500 releases, and budget accounting. */
class DifferentialPrivacyTest {
    private static final String CASE = "BL-18-dp-noise-scale-and-budget";

    private static Map<String, Long> trueCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map<String, String> r : CaseCsv.read(CASE, "customers_segments.csv")) {
            String s = r.get("segment");
            counts.merge(s == null || s.isBlank() ? "none" : s, 1L, Long::sum);
        }
        return counts;
    }

    @Test
    void inputHasTheExpectedBins() {
        assertEquals(Map.of("gold", 50L, "silver", 125L, "bronze", 200L, "none", 125L), trueCounts());
    }

    @Test
    void scaleIsSensitivityOneOverEpsilon() {
        DpRelease r = new DpHistogram().release("q", trueCounts(), 0.5, 1);
        assertEquals(1.0, r.sensitivity());
        assertEquals(2.0, r.scale(), 1e-12);   // b = 1 / 0.5
        assertEquals("add/remove one customer", r.neighbours());
    }

    @Test
    void fiveHundredReleasesHaveMeanAbsoluteNoiseTwoAndMeanZero() {
        Map<String, Long> counts = trueCounts();
        double sumAbs = 0;
        double sum = 0;
        int n = 0;
        for (long seed = 1; seed <= 500; seed++) {
            DpRelease r = new DpHistogram().release("q", counts, 0.5, seed);
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                double noise = r.noisyCounts().get(e.getKey()) - e.getValue();
                sumAbs += Math.abs(noise);
                sum += noise;
                n++;
            }
        }
        assertEquals(2000, n);
        // E|X| = b = 2 for Laplace(0, 2): expected.md allows 2.0 +- 0.15 and mean 0 +- 0.25
        assertEquals(2.0, sumAbs / n, 0.15);
        assertEquals(0.0, sum / n, 0.25);
    }

    @Test
    void budgetUsesParallelCompositionRefusesOverspendAndReshowsStoredReleases() {
        try (Workspace ws = Workspace.inMemory()) {
            ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    for (Map<String, String> r : CaseCsv.read(CASE, "customers_segments.csv")) {
                        Map<String, String> f = new HashMap<>();
                        f.put("segment", r.get("segment"));
                        f.put("gender", Integer.parseInt(r.get("customer_id").substring(1)) % 2 == 0 ? "F" : "M");
                        w.customer(r.get("customer_id"), f);
                    }
                }
                return null;
            });
            PrivacyBudget budget = new PrivacyBudget(ws);
            assertEquals(1.0, budget.total());
            DpService dp = new DpService();
            DpRelease first = dp.segmentHistogram(ws, "segment", 0.5, 7, false);
            assertEquals(4, first.noisyCounts().size());
            assertEquals(0.5, budget.spent(), 1e-12);          // four disjoint bins cost 0.5, not 2.0
            DpRelease again = dp.segmentHistogram(ws, "segment", 0.5, 99, false);
            assertTrue(again.stored());
            assertEquals(first.noisyCounts(), again.noisyCounts());
            assertEquals(0.5, budget.spent(), 1e-12);          // re-showing is free
            dp.segmentHistogram(ws, "gender", 0.5, 8, false);
            assertEquals(1.0, budget.spent(), 1e-12);
            assertEquals(0.0, budget.remaining(), 1e-12);
            boolean[] computed = {false};
            assertThrows(PrivacyBudgetExceededException.class, () -> budget.release("third", 0.1, false, () -> {
                computed[0] = true;
                return null;
            }));
            assertFalse(computed[0]);                          // refused before any noise was drawn
            assertEquals(0.0, budget.remaining(), 1e-12);      // and it cost nothing
            assertEquals(2, ws.count("privacy_ledger"));
            assertThrows(PrivacyBudgetExceededException.class, () -> dp.segmentHistogram(ws, "segment", 0.5, 7, true));
        }
    }

    @Test
    void anUnknownHistogramColumnIsRefusedBeforeAnyBudgetIsSpent() {
        try (Workspace ws = Workspace.inMemory()) {
            ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    w.customer("c1", Map.of("gender", "F"));
                    w.customer("c2", Map.of("gender", "M"));
                }
                return null;
            });
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new DpService().segmentHistogram(ws, "nosuch", 0.1, 1, false));
            assertEquals("Unknown histogram column 'nosuch': no customer has a value in that column. Valid columns:"
                    + " gender", e.getMessage());
            assertEquals(0.0, new PrivacyBudget(ws).spent(), 1e-12);   // nothing booked
            assertEquals(0, ws.count("privacy_ledger"));
        }
    }
}
