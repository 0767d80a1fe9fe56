package org.tailor.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tailor.core.evaluate.EvaluationSet;
import org.tailor.core.evaluate.RatingsFile;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** BL-12: no variant recommends what the customer already bought; C6, who has everything, gets an empty list. */
class AlreadyBoughtExclusionTest {
    private static final Path FILE = Path.of("../shared/cases/BL-12-already-purchased-items-filter/transactions.csv");

    private static TrainedModel train(String spec) {
        EvaluationSet set = EvaluationSet.of(RatingsFile.readRatings(FILE), List.of(), 0, "BL-12");
        return new AlgorithmCatalog().create(spec).train(set.trainingData(), Progress.NONE, Cancellation.NONE);
    }

    private static Map<String, List<String>> lists(TrainedModel model, int k, boolean exclude) {
        Map<String, List<String>> out = new TreeMap<>();
        for (CustomerList l : BatchRecommendations.forAll(model, k, exclude, Progress.NONE, Cancellation.NONE)) {
            out.put(l.customerId(), BatchRecommendations.itemIds(model.matrix(), l));
        }
        return out;
    }

    @Test
    void popularityTopTwoBreaksTiesByLowerProductId() {
        Map<String, List<String>> l = lists(train("pop"), 2, true);
        // popularity P1 = 5, P2 = 4, P3 = 3, P4 = 2, P5 = 2 (expected.md)
        assertEquals(List.of("P3", "P4"), l.get("C1"));
        assertEquals(List.of("P2", "P4"), l.get("C2"));
        assertEquals(List.of("P3", "P5"), l.get("C3"));
        assertEquals(List.of("P1", "P4"), l.get("C4"));
        assertEquals(List.of("P2", "P3"), l.get("C5"));
        assertEquals(List.of(), l.get("C6"));
    }

    @Test
    void customerWhoBoughtEverythingGetsEmptyListWithReason() {
        TrainedModel model = train("pop");
        List<CustomerList> all = BatchRecommendations.forAll(model, 2, true, Progress.NONE, Cancellation.NONE);
        CustomerList c6 = all.stream().filter(l -> l.customerId().equals("C6")).findFirst().orElseThrow();
        assertTrue(c6.items().isEmpty());
        assertEquals(BatchRecommendations.NOTHING_LEFT, c6.reason());
        assertEquals(6, all.size());
    }

    @Test
    void withTheFilterOffC1GetsWhatItBought() {
        assertEquals(List.of("P1", "P2"), lists(train("pop"), 2, false).get("C1"));
    }

    @Test
    void filterUsesTheCustomersOwnRowWhenIdsLookLikeItemIndices() {
        // customer "1" bought item "2"; customer "2" bought items "1" and "3". Customer indices: "1" -> 0, "2" -> 1;
        // item indices: "2" -> 0, "1" -> 1, "3" -> 2. A transposed lookup would confuse the two.
        InteractionMatrix m = InteractionMatrix.builder().add("1", "2", 1).add("2", "1", 1).add("2", "3", 1).build();
        TrainedModel model = new AlgorithmCatalog().create("pop").train(m, Progress.NONE, Cancellation.NONE);
        Map<String, List<String>> l = lists(model, 3, true);
        assertEquals(List.of("1", "3"), l.get("1"));
        assertEquals(List.of("2"), l.get("2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pop", "itemknn", "itemknn:sim=pearson", "itemknn:sim=jaccard", "userknn",
        "userknn:sim=pearson", "als", "bpr", "ease", "neural", "hybrid"})
    void noVariantRecommendsABoughtPair(String spec) {
        TrainedModel model = train(spec);
        InteractionMatrix m = model.matrix();
        for (CustomerList l : BatchRecommendations.forAll(model, 5, true, Progress.NONE, Cancellation.NONE)) {
            int u = m.users().indexOf(l.customerId()).orElseThrow();
            l.items().forEach(s -> assertFalse(m.contains(u, s.itemIdx()),
                    spec + " recommended " + m.items().id(s.itemIdx()) + " to " + l.customerId()));
            // the unbought products, and only those, fill the list: 5 products minus what the customer has
            assertEquals(5 - m.rowLength(u), l.items().size(), spec + " " + l.customerId());
        }
    }
}
