package org.tailor.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.index.InteractionMatrixBuilder;
import org.tailor.core.model.ScoredItem;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** Every variant of the catalogue on empty and one-interaction data, and TopK with a huge K. */
class TinyDataEveryVariantTest {
    private final AlgorithmCatalog catalog = new AlgorithmCatalog();

    private static TrainingData data(InteractionMatrix m) {
        String[] text = new String[m.itemCount()];
        java.util.Arrays.fill(text, "green tea");
        long[] times = new long[m.nonZeros()];
        java.util.Arrays.fill(times, 1_700_000_000L);
        return new TrainingData(m, text, times);
    }

    @Test
    void everyVariantTrainsOnNoDataAndListsNothing() {
        InteractionMatrix empty = InteractionMatrix.builder().build();
        for (String name : catalog.names()) {
            TrainedModel model = catalog.create(name).train(data(empty), Progress.NONE, Cancellation.NONE);
            assertEquals(0, model.matrix().itemCount(), name);
        }
    }

    @Test
    void everyVariantOnACustomerWithoutInteractionsGivesAtMostTheCatalogue() {
        InteractionMatrixBuilder b = InteractionMatrix.builder();
        b.addUser("ann");
        b.addItem("0017");
        InteractionMatrix m = b.build();
        for (String name : catalog.names()) {
            TrainedModel model = catalog.create(name).train(data(m), Progress.NONE, Cancellation.NONE);
            List<ScoredItem> all = model.recommend(0, 5, i -> true);
            // one item in the catalogue: at most one recommendation, never item 0 twice
            assertTrue(all.size() <= 1, name + " " + all);
            assertEquals(List.of(), model.recommendUnseen(0, 0), name);
        }
    }

    @Test
    void everyVariantOnOneInteractionHasNothingUnseenLeft() {
        InteractionMatrixBuilder b = InteractionMatrix.builder();
        b.add("ann", "0017", 1.0);
        InteractionMatrix m = b.build();
        for (String name : catalog.names()) {
            TrainedModel model = catalog.create(name).train(data(m), Progress.NONE, Cancellation.NONE);
            // ann has the only item: nothing unseen, with any K
            assertEquals(List.of(), model.recommendUnseen(0, Integer.MAX_VALUE), name);
            assertEquals(1, model.recommend(0, Integer.MAX_VALUE, i -> true).size(), name);
        }
    }

    @Test
    void topKWithAHugeKReturnsEveryAllowedScoreWithoutAllocatingK() {
        double[] scores = {0.5, 2.0, Double.NaN, 1.0};
        // NaN skipped; 2.0 (idx 1), 1.0 (idx 3), 0.5 (idx 0)
        List<ScoredItem> top = TopK.select(scores, Integer.MAX_VALUE, i -> true);
        assertEquals(List.of(1, 3, 0), top.stream().map(ScoredItem::itemIdx).toList());
        assertEquals(2, TopK.select(scores, 100_000_000, i -> i != 1).size());
        assertEquals(List.of(), TopK.select(scores, 0, i -> true));
    }
}
