package org.tailor.ui.recommenders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.CancelledException;
import org.tailor.core.task.Progress;

/**
 * Fixture (time order per customer):
 * C1: P1 P2 P3 P4 | P5     C2: P1 P2 P3 P4 | P6     C3: P1 P5 P6 P7 | P8
 * With a 20% holdout each customer keeps floor(5 * 0.2) = 1 interaction (after '|') for test.
 */
class WorkspaceRecommenderServiceTest {
    private Workspace ws;
    private WorkspaceRecommenderService service;

    @BeforeEach
    void fill() {
        ws = Workspace.inMemory();
        ws.inTransaction(c -> {
            try (BatchWriter w = new BatchWriter(ws, null)) {
                w.item("P5", Map.of("title", "Desk lamp"));
                w.item("P7", Map.of("title", "Tea towel"));
                add(w, "C1", "P1", "P2", "P3", "P4", "P5");
                add(w, "C2", "P1", "P2", "P3", "P4", "P6");
                add(w, "C3", "P1", "P5", "P6", "P7", "P8");
            }
            return null;
        });
        service = new WorkspaceRecommenderService(ws, new AlgorithmCatalog());
    }

    private static void add(BatchWriter w, String customer, String... skus) {
        for (int i = 0; i < skus.length; i++) {
            w.interaction(customer, skus[i], "purchase", 1.0, 1.0, 100L + i, customer + "-" + i);
        }
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void popularityNdcgMatchesHandComputation() {
        var result = service.evaluate(List.of("pop"), 3, Progress.NONE, Cancellation.NONE);
        // Training popularity (distinct customers): P1=3, P2=P3=P4=2, P5=P6=P7=1; P8 is only in test (cold).
        // C1 unseen: P5, P6, P7 all score 1, ties by lower index -> [P5, P6, P7]; test P5 at rank 1 -> NDCG 1.
        // C2 unseen: same list; test P6 at rank 2 -> DCG 1/log2(3) = 0.63093, IDCG 1 -> 0.63093.
        // C3: its test item P8 is unknown to training -> no relevant item, counted apart.
        // mean over C1, C2 = (1 + 0.63093) / 2 = 0.815465
        assertEquals(1, result.rows().size());
        assertEquals("pop", result.rows().get(0).variant());
        assertEquals(0.815465, result.rows().get(0).metrics().get("ndcg@3"), 1e-5);
        assertEquals(2, result.customersEvaluated());
        assertEquals(1, result.customersWithoutRelevant());
        assertEquals(3, result.k());
    }

    @Test
    void topKForACustomerUsesAllInteractionsAndTitles() {
        var lists = service.topK("C2", List.of("pop"), 2, Progress.NONE, Cancellation.NONE);
        // All data: P5 bought by C1 and C3 (2), P7 and P8 by one customer each; C2 has not seen P5, P7, P8.
        // Top 2: P5 (2), then P7 before P8 (tie at 1, P7 has the lower index).
        var items = lists.get(0).items();
        assertEquals(2, items.size());
        assertEquals("P5", items.get(0).sku());
        assertEquals("Desk lamp", items.get(0).title());
        assertEquals(2.0, items.get(0).score());
        assertEquals("P7", items.get(1).sku());
        assertEquals("popular", items.get(1).reasonKind());
        assertEquals(2, items.get(1).rank());
    }

    @Test
    void customersMatchingThePrefixComeFirst() {
        assertEquals(List.of("C1", "C2", "C3"), service.customers("", 10));
        assertEquals(List.of("C2", "C1", "C3"), service.customers("c2", 10));
        assertEquals(List.of("C1", "C2"), service.customers("", 2));
    }

    @Test
    void unknownCustomerAndUnknownVariantGiveReadableMessages() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> service.topK("C9", List.of("pop"), 2, Progress.NONE, Cancellation.NONE));
        assertEquals("Customer C9 is not in the workspace", e.getMessage());
        var v = assertThrows(IllegalArgumentException.class,
                () -> service.evaluate(List.of("nope"), 3, Progress.NONE, Cancellation.NONE));
        assertEquals("Unknown variant 'nope'. Known: " + String.join(", ", new org.tailor.core.recommend.AlgorithmCatalog().names()), v.getMessage());
    }

    @Test
    void evaluationStopsWhenCancelled() {
        assertThrows(CancelledException.class, () -> service.evaluate(List.of("pop"), 3, Progress.NONE, () -> true));
    }
}
