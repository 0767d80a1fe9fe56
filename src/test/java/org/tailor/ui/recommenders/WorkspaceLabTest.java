package org.tailor.ui.recommenders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.ShopFixture;
import org.tailor.ui.recommenders.RecommenderService.EvaluationRequest;
import org.tailor.ui.recommenders.RecommenderService.ParamSpec;
import org.tailor.ui.recommenders.RecommenderService.SplitKind;

/** The lab over a real workspace file: parameters, stored runs across a restart, live additions. */
class WorkspaceLabTest {
    @TempDir
    Path dir;

    @Test
    void parametersComeFromTheCatalogueWithDefaultsAndChoices() {
        try (Workspace ws = Workspace.inMemory()) {
            var service = new WorkspaceRecommenderService(ws, new AlgorithmCatalog());
            assertEquals(List.of(new ParamSpec("sim", "cosine", List.of("cosine", "pearson", "jaccard")),
                    new ParamSpec("k", "200", List.of()), new ParamSpec("shrink", "0", List.of())),
                    service.parameters("itemknn"));
            assertEquals(List.of(), service.parameters("pop"));
            assertEquals(List.of(), service.parameters("content"), "its description has no parameter list");
            assertEquals("", service.check("als:factors=8"));
            assertEquals("Variant als has no parameter 'bogus'. Known: factors, iterations, lambda, alpha, cg, seed",
                    service.check("als:bogus=1"));
            assertTrue(service.isIterative("bpr"));
            assertTrue(!service.isIterative("ease"));
        }
    }

    @Test
    void everyRunIsStoredAndReadBackAfterARestart() {
        Path file = dir.resolve("lab.db");
        RecommenderService.RunRecord first;
        try (Workspace ws = ShopFixture.fill(Workspace.open(file))) {
            var service = new WorkspaceRecommenderService(ws, new AlgorithmCatalog());
            var result = service.evaluate(new EvaluationRequest(List.of("pop", "itemknn:k=5"), 2,
                    SplitKind.LEAVE_ONE_OUT, 9), Progress.NONE, Cancellation.NONE);
            first = result.runs().get(0);
            assertTrue(result.split().startsWith("leave-one-out"), result.split());
        }
        try (Workspace ws = Workspace.open(file)) {
            var runs = new WorkspaceRecommenderService(ws, new AlgorithmCatalog()).runs();
            assertEquals(2, runs.size());
            var pop = runs.get(1);
            assertEquals(first.id(), pop.id());
            assertEquals("pop", pop.spec());
            assertEquals("itemknn:sim=cosine,k=5,shrink=0.0", runs.get(0).spec());
            assertEquals(first.split(), pop.split());
            assertEquals(9, pop.seed());
            assertEquals("customers=8;items=7;interactions=20;erasures=0", pop.dataVersion());
            assertEquals(first.metrics(), pop.metrics());
            assertEquals(List.copyOf(first.perUser().keySet()), List.copyOf(pop.perUser().keySet()));
            assertEquals(first.users().length, pop.users().length);
            assertTrue(pop.pairsWith(runs.get(0)));
        }
    }

    @Test
    void aTypedInPurchaseIsStoredAndRefreshesTheCustomerWithoutRetraining() {
        Path file = dir.resolve("live.db");
        try (Workspace ws = ShopFixture.fill(Workspace.open(file))) {
            var service = new WorkspaceRecommenderService(ws, new AlgorithmCatalog());
            // L1 bought P1 only; item kNN over all data
            var before = service.topK("L1", List.of("itemknn", "pop"), 3, Progress.NONE, Cancellation.NONE);
            assertTrue(before.get(0).items().stream().noneMatch(r -> r.sku().equals("P1")));
            var live = service.addInteraction("L1", "P7", List.of("itemknn", "pop"), 3);
            assertEquals(2, service.modelsTrained(), "no retraining for the refresh");
            assertEquals(List.of(), live.notRefreshed(), "kNN re-scores the row, popularity drops what was bought");
            var knn = live.lists().get(0).items();
            assertTrue(knn.stream().noneMatch(r -> r.sku().equals("P7") || r.sku().equals("P1")),
                    "what the customer has is never offered");
            // P7's only other buyer is L3, who also bought P6: P6 now scores for L1 through P7
            assertTrue(knn.stream().anyMatch(r -> r.sku().equals("P6")), knn.toString());
            assertTrue(live.millis() >= 0);
            assertEquals(new RecommenderService.Drift(20, 21), service.drift());
        }
        try (Workspace ws = Workspace.open(file)) {
            assertEquals(21, ws.count("interaction"), "the purchase persists");
        }
    }
}
