package org.tailor.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NdcgAtKTest {
    private static final double LOG2_3 = Math.log(3) / Math.log(2);

    @Test
    void idealDcgUsesMinOfRelevantAndK() {
        // 4 relevant, hit only at rank 1, K=3: DCG = 1, IDCG = 1 + 1/log2(3) + 1/2 = 2.130930 -> 0.469279
        assertEquals(0.469279, new NdcgAtK(3).evaluate(new int[] {1, 9, 8}, new int[] {1, 2, 3, 4}), 1e-6);
    }

    @Test
    void hitsAtRanksOneAndThreeWithTwoRelevant() {
        // DCG = 1 + 1/2 = 1.5; IDCG = 1 + 1/log2(3) = 1.630930 -> 0.919721
        assertEquals(1.5 / (1 + 1 / LOG2_3), new NdcgAtK(3).evaluate(new int[] {5, 9, 6}, new int[] {5, 6}), 1e-9);
        assertEquals(0.919721, new NdcgAtK(3).evaluate(new int[] {5, 9, 6}, new int[] {5, 6}), 1e-6);
    }

    @Test
    void shortListAndNoHitGiveZero() {
        assertEquals(0.0, new NdcgAtK(10).evaluate(new int[] {}, new int[] {1}), 0);
    }
}
