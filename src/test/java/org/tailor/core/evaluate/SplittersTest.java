package org.tailor.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tailor.core.index.InteractionMatrix;

/** BL-14 and the other protocols. */
class SplittersTest {
    private static final List<RatingRow> ROWS = RatingsFile.readRatings(
            Path.of("../shared/cases/BL-14-duplicate-interactions-split-leakage/transactions_repeats.csv"));

    private static Set<String> pairs(List<RatingRow> rows) {
        Set<String> s = new HashSet<>();
        rows.forEach(r -> s.add(r.customerId() + "/" + r.itemId()));
        return s;
    }

    @Test
    void randomSplitOverUniquePairsNeverLeaks() {
        for (long seed = 0; seed < 200; seed++) {
            RowSplit s = Splitters.random(ROWS, 0.3, seed);
            Set<String> train = pairs(s.train());
            Set<String> test = pairs(s.test());
            // 9 distinct pairs in the file, round(9 * 0.3) = 3 in test
            assertEquals(3, test.size());
            assertEquals(6, train.size());
            train.retainAll(test);
            assertTrue(train.isEmpty(), "seed " + seed);
            assertEquals(0, s.toEvaluationSet(0).split().droppedAlreadyInTrain());
        }
    }

    @Test
    void globalTemporalCutOffGivesSixTrainPairsThreeTargetsOneDropped() {
        long cutoff = LocalDate.of(2024, 3, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        EvaluationSet set = Splitters.globalTemporal(ROWS, cutoff).toEvaluationSet(0);
        Split s = set.split();
        // (C1,P1) (C2,P2) (C2,P3) (C3,P1) (C3,P3) (C4,P4); repeats merged into one entry each
        assertEquals(6, s.train().nonZeros());
        int targets = s.testRelevant().values().stream().mapToInt(a -> a.length).sum();
        assertEquals(3, targets);
        assertEquals(1, s.droppedAlreadyInTrain());
    }

    @Test
    void evaluatorRefusesOverlappingTrainAndTest() {
        InteractionMatrix train = InteractionMatrix.builder().add("C1", "P1", 1).add("C1", "P2", 1).build();
        Split leaky = new Split(train, Map.of(0, new int[] {0}), 0, 0, 0, 0, "hand-made leaky split");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Experiment.run(leaky,
                List.of(new org.tailor.core.recommend.AlgorithmCatalog().create("pop")), 2,
                org.tailor.core.task.Progress.NONE, org.tailor.core.task.Cancellation.NONE));
        assertTrue(e.getMessage().contains("share 1"), e.getMessage());
    }

    @Test
    void perCustomerTemporalPutsLatestRowsInTest() {
        RowSplit s = Splitters.perCustomerTemporal(ROWS, 0.34);
        // C1 has 3 rows -> floor(1.02) = 1 in test: its latest, O3 (C1,P2)
        assertTrue(s.test().stream().anyMatch(r -> r.customerId().equals("C1") && r.itemId().equals("P2")));
        assertEquals(1, s.test().stream().filter(r -> r.customerId().equals("C1")).count());
    }

    @Test
    void leaveOneOutHoldsOutEachCustomersLatestItem() {
        RowSplit s = Splitters.leaveOneOut(ROWS);
        // latest items: C1 P2 (03-01), C2 P2 (03-03; all three P2 rows go), C3 P4, C4 P2
        assertEquals(Set.of("C1/P2", "C2/P2", "C3/P4", "C4/P2"), pairs(s.test()));
        assertTrue(pairs(s.train()).stream().noneMatch(pairs(s.test())::contains));
    }
}
