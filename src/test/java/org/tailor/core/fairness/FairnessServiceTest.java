package org.tailor.core.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

class FairnessServiceTest {
    @Test
    void workspaceRunGroupsByAgeBand() {
        try (Workspace ws = Workspace.inMemory()) {
            ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    w.customer("A", Map.of("age", "22"));
                    w.customer("B", Map.of("age", "40"));
                    // A: P1 (t1), P2 (t2), P3 (t3), P4 (t4), P5 (t5): latest 20% = 1 -> test P5
                    for (int i = 1; i <= 5; i++) {
                        w.interaction("A", "P" + i, "purchase", 1.0, 1.0, (long) i, null);
                    }
                    // B: P5 (t1), P1 (t2), P2 (t3), P3 (t4), P6 (t5): test P6
                    String[] b = {"P5", "P1", "P2", "P3", "P6"};
                    for (int i = 0; i < 5; i++) {
                        w.interaction("B", b[i], "purchase", 1.0, 1.0, (long) i + 1, null);
                    }
                }
                return null;
            });
            FairnessReport r = new FairnessService(new AlgorithmCatalog()).report(ws,
                    new FairnessParams("pop", "age", 1, 0.2), Progress.NONE, Cancellation.NONE);
            // train popularity: P1 2, P2 2, P3 2, P4 1, P5 1; test P6 is a cold item (not in training)
            // A's only unseen known item is P5 (pop 1) -> hit, NDCG 1. B's test item P6 is cold: it stays B's target
            // but no model can recommend it (BL-13), so B is evaluated with a miss: NDCG 0 (B is shown P4).
            assertEquals(2, r.customersEvaluated());
            assertEquals(0, r.customersWithoutRelevant());
            assertEquals("<25", r.groups().get(0).group());
            assertEquals(1.0, r.groups().get(0).meanNdcg(), 1e-12);
            assertEquals("35-44", r.groups().get(1).group());
            assertEquals(0, r.groups().get(1).withoutRelevant());
            assertEquals(0.0, r.groups().get(1).meanNdcg(), 1e-12);
            assertEquals(2, r.totalSlots());
        }
    }

    @Test
    void anUnknownGroupAttributeIsRefusedNamingTheValidOnes() {
        try (Workspace ws = Workspace.inMemory()) {
            ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    w.customer("A", Map.of("age", "22", "tier", "gold"));
                    w.customer("B", Map.of("gender", "F"));
                    w.interaction("A", "P1", "purchase", 1.0, 1.0, 1L, null);
                    w.interaction("B", "P1", "purchase", 1.0, 1.0, 2L, null);
                }
                return null;
            });
            // it used to put everyone into one group "unknown" and print a report comparing nothing
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FairnessService(
                    new AlgorithmCatalog()).report(ws, new FairnessParams("pop", "nosuch", 1, 0.2), Progress.NONE,
                    Cancellation.NONE));
            assertEquals("Unknown group attribute 'nosuch': no customer has a value in that column. Valid group"
                    + " attributes: age, age_band, gender, tier", e.getMessage());
        }
    }
}
