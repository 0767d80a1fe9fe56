package org.tailor.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrecisionRecallCurveTest {
    @Test
    void everyCutOffIsReadFromTheSameRanking() {
        // customer A ranks 5 7 2, relevant {2, 5}: hits at ranks 1 and 3
        // customer B ranks 1 (short list), relevant {4}: never a hit
        int[][] lists = {{5, 7, 2}, {1}};
        int[][] relevant = {{2, 5}, {4}};
        var c = PrecisionRecallCurve.of(lists, relevant, 3);
        // precision A: 1/1, 1/2, 2/3; B: 0 -> means 1/2, 1/4, 1/3
        assertArrayEquals(new double[] {0.5, 0.25, 1 / 3.0}, c.precision(), 1e-12);
        // recall A: 1/2, 1/2, 2/2; B: 0 -> means 1/4, 1/4, 1/2
        assertArrayEquals(new double[] {0.25, 0.25, 0.5}, c.recall(), 1e-12);
    }

    @Test
    void agreesWithTheSingleCutOffMetrics() {
        int[][] lists = {{3, 1, 4, 0}, {2, 0, 1, 3}};
        int[][] relevant = {{0, 4}, {1}};
        var c = PrecisionRecallCurve.of(lists, relevant, 4);
        for (int k = 1; k <= 4; k++) {
            double p = (new PrecisionAtK(k).evaluate(lists[0], relevant[0])
                    + new PrecisionAtK(k).evaluate(lists[1], relevant[1])) / 2;
            double r = (new RecallAtK(k).evaluate(lists[0], relevant[0])
                    + new RecallAtK(k).evaluate(lists[1], relevant[1])) / 2;
            assertArrayEquals(new double[] {p, r}, new double[] {c.precision()[k - 1], c.recall()[k - 1]}, 1e-12);
        }
    }

    @Test
    void rejectsANonPositiveCutOff() {
        assertThrows(IllegalArgumentException.class, () -> PrecisionRecallCurve.of(new int[0][], new int[0][], 0));
    }
}
