package org.tailor.ui.recommenders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.CancelledException;
import org.tailor.core.task.Progress;
import org.tailor.ui.ShopFixture;

/**
 * The lab on {@link ShopFixture}. Training after the 20% holdout (H1 tests P5, H2 P6, H3 P6): distinct buyers
 * P1 4, P2 4, P3 3, P4 2, P5 2, P6 1, P7 1 over 7 customers and 7 items; ties go to the lower index (P6 before P7).
 * Popularity top 2: H1 [P5 P6] hit at rank 1; H2 [P4 P6] hit at rank 2; H3 [P3 P6] hit at rank 2.
 */
class WorkspaceRecommenderServiceTest {
    private final Workspace ws = ShopFixture.fill(Workspace.inMemory());
    private final WorkspaceRecommenderService service = new WorkspaceRecommenderService(ws, new AlgorithmCatalog());

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void popularityShowsEveryLabMetricComputedByHand() {
        var result = service.evaluate(request(List.of("pop"), 2), Progress.NONE, Cancellation.NONE);
        Map<String, Double> m = result.runs().get(0).metrics();
        assertEquals(List.of("ndcg@2", "precision@2", "recall@2", "hitrate@2", "map@2", "mrr@2", "coverage", "novelty",
                "avg_popularity", "diversity"), List.copyOf(m.keySet()));
        double rank2 = 1 / (Math.log(3) / Math.log(2)); // 0.630930
        assertEquals((1 + 2 * rank2) / 3, m.get("ndcg@2"), 1e-9);          // 0.753953
        assertEquals(0.5, m.get("precision@2"), 1e-9);                      // one hit in two slots each
        assertEquals(1.0, m.get("recall@2"), 1e-9);
        assertEquals(1.0, m.get("hitrate@2"), 1e-9);
        assertEquals((1 + 0.5 + 0.5) / 3, m.get("map@2"), 1e-9);            // AP = 1, 1/2, 1/2
        assertEquals((1 + 0.5 + 0.5) / 3, m.get("mrr@2"), 1e-9);
        assertEquals(4 / 7.0, m.get("coverage"), 1e-9);                     // P3 P4 P5 P6 of 7
        // slots P5 P6 P4 P6 P3 P6 with popularity 2 1 2 1 3 1 -> 10 / 6
        assertEquals(10 / 6.0, m.get("avg_popularity"), 1e-9);
        // novelty = mean of -log2(pop / 7) over the same slots
        double novelty = (2 * -log2(2 / 7.0) + 3 * -log2(1 / 7.0) + -log2(3 / 7.0)) / 6;
        assertEquals(novelty, m.get("novelty"), 1e-9);
        // diversity: only P4 "Desk lamp" and P6 "Candle lamp" share a word. TF-IDF idf(lamp) = ln(7/2),
        // idf(desk) = idf(candle) = ln 7, so cos = ln(3.5)^2 / (ln(7)^2 + ln(3.5)^2) = 0.293021;
        // lists H1 1, H2 1 - 0.293021, H3 1 -> mean 0.902326
        double cos = Math.pow(Math.log(3.5), 2) / (Math.pow(Math.log(7), 2) + Math.pow(Math.log(3.5), 2));
        assertEquals((3 - cos) / 3, m.get("diversity"), 1e-6);
        assertEquals(3, result.customersEvaluated());
        assertEquals(0, result.customersWithoutRelevant());
        var run = result.runs().get(0);
        // per customer (H1, H2, H3): precision@1 = 1, 0, 0; recall@1 the same (one relevant item each);
        // at K = 2 every list holds its hit: precision 1/2 each, recall 1 each
        assertArrayEquals(new double[] {1 / 3.0, 0.5}, Arrays.copyOf(run.precisionAtK(), 2), 1e-12);
        assertArrayEquals(new double[] {1 / 3.0, 1.0}, Arrays.copyOf(run.recallAtK(), 2), 1e-12);
        assertEquals(20, run.precisionAtK().length);
        assertArrayEquals(new double[] {1, 0.5, 0.5}, run.perUser().get("mrr@2"), 1e-12);
        assertTrue(result.split().startsWith("per-customer temporal"), result.split());
    }

    @Test
    void perCustomerListsTrainOncePerVariantAndDataVersion() {
        var first = service.topK("H1", List.of("pop"), 2, Progress.NONE, Cancellation.NONE).get(0).items();
        // all data: H1 owns P1-P5; unseen P6 (3 buyers), P7 (1)
        assertEquals(List.of("P6", "P7"), first.stream().map(RecommenderService.Recommendation::sku).toList());
        assertEquals("Candle lamp", first.get(0).title());
        assertEquals(3.0, first.get(0).score());
        assertEquals("popular with many customers", first.get(0).reasonText());
        service.topK("H2", List.of("pop"), 2, Progress.NONE, Cancellation.NONE);
        service.topK("L1", List.of("pop"), 2, Progress.NONE, Cancellation.NONE);
        assertEquals(1, service.modelsTrained(), "browsing customers reuses the trained model");

        ws.inTransaction(c -> {
            try (BatchWriter w = new BatchWriter(ws, null)) {
                w.interaction("L1", "P7", "purchase", 1.0, 5.0, 200L * 86_400, "L1-new");
                w.interaction("L2", "P7", "purchase", 1.0, 5.0, 200L * 86_400, "L2-new");
                w.interaction("L4", "P7", "purchase", 1.0, 5.0, 200L * 86_400, "L4-new");
            }
            return null;
        });
        var stale = service.topK("H1", List.of("pop"), 2, Progress.NONE, Cancellation.NONE).get(0).items();
        assertEquals(List.of("P6", "P7"), stale.stream().map(RecommenderService.Recommendation::sku).toList(),
                "the model in use stays until a retrain");
        // 20 interactions when trained (H1-H3 5 each, L1 1, L2 1, L3 2, L4 1), 23 now
        assertEquals(new RecommenderService.Drift(20, 23), service.drift());
        service.retrain(List.of("pop"), Progress.NONE, Cancellation.NONE);
        var after = service.topK("H1", List.of("pop"), 2, Progress.NONE, Cancellation.NONE).get(0).items();
        // P7 now has 4 buyers, P6 still 3
        assertEquals(List.of("P7", "P6"), after.stream().map(RecommenderService.Recommendation::sku).toList());
        assertEquals(2, service.modelsTrained(), "retrained on the new data");
        assertEquals(0, service.drift().added());
    }

    @Test
    void interactionsImportedAfterTrainingRefreshTheCustomerWithoutRetraining() {
        var before = service.topK("L1", List.of("itemknn"), 3, Progress.NONE, Cancellation.NONE).get(0).items();
        assertTrue(!before.isEmpty());
        String bought = before.get(0).sku();
        // an import (not the lab's own "add") brings a purchase of the item L1 was about to be offered
        ws.inTransaction(c -> {
            try (BatchWriter w = new BatchWriter(ws, null)) {
                w.interaction("L1", bought, "purchase", 1.0, 5.0, 300L * 86_400, "L1-imported");
            }
            return null;
        });
        var after = service.topK("L1", List.of("itemknn"), 3, Progress.NONE, Cancellation.NONE).get(0).items();
        assertTrue(after.stream().noneMatch(r -> r.sku().equals(bought)), "the new purchase is no longer offered");
        assertEquals(1, service.modelsTrained(), "refreshed by re-scoring the row, not by retraining");
    }

    @Test
    void itemKnnReasonsNameItemsTheCustomerBought() {
        var items = service.topK("L3", List.of("itemknn"), 2, Progress.NONE, Cancellation.NONE).get(0).items();
        Set<String> bought = Set.of("Candle lamp", "Picnic rug"); // L3 bought P6 and P7
        assertTrue(!items.isEmpty());
        for (var r : items) {
            assertEquals("similar-items", r.reasonKind());
            assertTrue(bought.containsAll(r.because()), r.because() + " not all bought by L3");
            assertTrue(r.reasonText().startsWith("you bought " + r.because().get(0)), r.reasonText());
        }
    }

    @Test
    void customersMatchingThePrefixComeFirst() {
        assertEquals(List.of("H1", "H2", "H3", "L1", "L2", "L3", "L4", "X1"), service.customers("", 10));
        assertEquals(List.of("L1", "L2", "L3", "L4", "H1"), service.customers("l", 5));
    }

    @Test
    void unknownCustomerAndUnknownVariantGiveReadableMessages() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> service.topK("C9", List.of("pop"), 2, Progress.NONE, Cancellation.NONE));
        assertEquals("Customer C9 is not in the workspace", e.getMessage());
        var v = assertThrows(IllegalArgumentException.class,
                () -> service.evaluate(request(List.of("nope"), 3), Progress.NONE, Cancellation.NONE));
        assertEquals("Unknown variant 'nope'. Known: " + String.join(", ", new AlgorithmCatalog().names()),
                v.getMessage());
    }

    @Test
    void evaluationStopsWhenCancelled() {
        assertThrows(CancelledException.class, () -> service.evaluate(request(List.of("pop"), 3), Progress.NONE, () -> true));
    }

    private static RecommenderService.EvaluationRequest request(List<String> specs, int k) {
        return new RecommenderService.EvaluationRequest(specs, k, RecommenderService.SplitKind.PER_CUSTOMER_TEMPORAL,
                42);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
