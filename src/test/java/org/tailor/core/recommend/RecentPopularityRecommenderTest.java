package org.tailor.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tailor.core.evaluate.EvaluationSet;
import org.tailor.core.evaluate.RatingRow;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

class RecentPopularityRecommenderTest {
    private static final long DAY = 86_400;

    @Test
    void recentSalesOutweighOldOnes() {
        // A: two buyers 60 days before the latest sale; B: one buyer at the latest time. Half-life 30 days:
        // A = 2 * 0.5^2 = 0.5, B = 1 * 0.5^0 = 1 -> B first; plain popularity would put A first
        List<RatingRow> rows = List.of(new RatingRow("u1", "A", Double.NaN, 0, 1),
                new RatingRow("u2", "A", Double.NaN, 0, 2), new RatingRow("u3", "B", Double.NaN, 60 * DAY, 3),
                new RatingRow("u4", "C", Double.NaN, 60 * DAY, 4));
        TrainedModel m = new AlgorithmCatalog().create("recentpop:halflife=30")
                .train(EvaluationSet.of(rows, List.of(), 0, "t").trainingData(), Progress.NONE, Cancellation.NONE);
        double[] s = new double[3];
        m.scoreAll(0, s);
        assertEquals(0.5, s[0], 1e-12);
        assertEquals(1.0, s[1], 1e-12);
        // u4 has C: B (1.0) then A (0.5)
        assertEquals(List.of(1, 0), m.recommendUnseen(3, 2).stream().map(x -> x.itemIdx()).toList());
    }

    @Test
    void withoutTimesItSaysWhatIsMissing() {
        List<RatingRow> rows = List.of(new RatingRow("u1", "A", Double.NaN, RatingRow.NO_TIME, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AlgorithmCatalog()
                .create("recentpop").train(EvaluationSet.of(rows, List.of(), 0, "t").trainingData(), Progress.NONE,
                        Cancellation.NONE));
        assertEquals("recentpop needs interaction times; this data has none", e.getMessage());
    }
}
