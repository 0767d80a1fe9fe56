package org.tailor.core.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.index.InteractionMatrixBuilder;
import org.tailor.core.model.ScoredItem;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

class FactorModelsTest {
    /** Two taste groups: customers 0-9 buy items 0-4, customers 10-19 buy items 5-9, each skipping one item. */
    private static InteractionMatrix twoGroups() {
        InteractionMatrixBuilder b = InteractionMatrix.builder();
        for (int i = 0; i < 10; i++) {
            b.addItem("i" + i);
        }
        for (int u = 0; u < 20; u++) {
            int base = u < 10 ? 0 : 5;
            for (int i = 0; i < 5; i++) {
                if (i != u % 5) {
                    b.add("u" + u, "i" + (base + i), 1);
                }
            }
        }
        return b.build();
    }

    private static double[] scores(TrainedModel m, int u) {
        double[] s = new double[m.matrix().itemCount()];
        m.scoreAll(u, s);
        return s;
    }

    @Test
    void alsIsSeededAndReproducible() {
        InteractionMatrix m = twoGroups();
        Recommender r = new AlgorithmCatalog().create("als:factors=4,iterations=5,lambda=0.1");
        assertArrayEquals(scores(r.train(m, Progress.NONE, Cancellation.NONE), 3),
                scores(r.train(m, Progress.NONE, Cancellation.NONE), 3));
    }

    @Test
    void everyFactorVariantRecommendsTheMissingItemOfTheOwnGroup() {
        for (String spec : List.of("als:factors=4,iterations=10,lambda=0.1", "bpr:factors=8,epochs=60",
                "ease:lambda=1", "neural:epochs=40,lr=0.05")) {
            TrainedModel model = new AlgorithmCatalog().create(spec).train(twoGroups(), Progress.NONE,
                    Cancellation.NONE);
            // customer 3 (group 1) skipped item 3; customer 12 (group 2) skipped item 5 + 2 = 7
            assertEquals(3, model.recommendUnseen(3, 1).get(0).itemIdx(), spec);
            assertEquals(7, model.recommendUnseen(12, 1).get(0).itemIdx(), spec);
        }
    }

    @Test
    void alsFoldInMatchesTheTrainedCustomerWithoutRetraining() {
        InteractionMatrix m = twoGroups();
        FactorModel model = (FactorModel) new AlgorithmCatalog().create("als:factors=4,iterations=10,lambda=0.1")
                .train(m, Progress.NONE, Cancellation.NONE);
        // folding customer 3's own row in solves the same equations as the last half-step did (to CG accuracy)
        double[] folded = new double[10];
        model.scoreRow(m.itemsOf(3), m.weightsOf(3), folded);
        double[] trained = scores(model, 3);
        for (int i = 0; i < 10; i++) {
            assertEquals(trained[i], folded[i], 0.05, "item " + i);
        }
    }

    @Test
    void liveUpdateRefreshesOneCustomerAfterANewPurchase() {
        InteractionMatrix m = twoGroups();
        for (String spec : List.of("als:factors=4,iterations=10,lambda=0.1", "itemknn", "ease:lambda=1",
                "userknn")) {
            TrainedModel model = new AlgorithmCatalog().create(spec).train(m, Progress.NONE, Cancellation.NONE);
            LiveRecommendations live = new LiveRecommendations(model);
            // customer 3 buys item 3 (the one it lacked): it must leave the list, and the list has only unbought items
            List<ScoredItem> after = live.refresh("u3", List.of("i3"), 3);
            List<Integer> idx = new ArrayList<>();
            after.forEach(s -> idx.add(s.itemIdx()));
            assertFalse(idx.contains(3), spec + " " + idx);
            assertTrue(idx.stream().noneMatch(i -> m.contains(3, i)), spec);
            // a brand-new customer who bought items 5 and 6 is served from group 2
            int top = live.refresh("newcomer", List.of("i5", "i6"), 1).get(0).itemIdx();
            assertTrue(top >= 7 && top <= 9, spec + " gave " + top);
        }
    }

    @Test
    void factorExplanationPointsAtTheOwnGroupsItems() {
        TrainedModel model = new AlgorithmCatalog().create("als:factors=4,iterations=10,lambda=0.1")
                .train(twoGroups(), Progress.NONE, Cancellation.NONE);
        Explanation e = model.explain(3, 3);
        assertEquals("factors", e.kind());
        assertFalse(e.becauseItemIdx().isEmpty());
        e.becauseItemIdx().forEach(i -> assertTrue(i < 5, "explained by item " + i));
    }
}
