package org.tailor.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ListMetricsTest {
    private static final double EPS = 1e-6;
    // ranked list [3, 1, 7, 5]; relevant {1, 5, 9}
    private static final int[] RANKED = {3, 1, 7, 5};
    private static final int[] RELEVANT = {1, 5, 9};

    @Test
    void metricsAtThreeCountOnlyTheHitAtRankTwo() {
        // one hit (item 1) at rank 2 within K = 3
        assertEquals(1.0 / 3, new PrecisionAtK(3).evaluate(RANKED, RELEVANT), EPS);
        assertEquals(1.0 / 3, new RecallAtK(3).evaluate(RANKED, RELEVANT), EPS);
        assertEquals(1.0, new HitRateAtK(3).evaluate(RANKED, RELEVANT), EPS);
        assertEquals(0.5, new MrrAtK(3).evaluate(RANKED, RELEVANT), EPS);
        // AP: precision at the hit = 1/2; divided by min(3, 3) = 3 -> 0.1666667
        assertEquals(0.5 / 3, new MapAtK(3).evaluate(RANKED, RELEVANT), EPS);
        // DCG = 1/log2(3) = 0.6309298; IDCG = 1 + 0.6309298 + 0.5 = 2.1309298 -> 0.2960819
        assertEquals(0.2960819, new NdcgAtK(3).evaluate(RANKED, RELEVANT), EPS);
    }

    @Test
    void metricsAtFourSeeTheSecondHit() {
        // hits at ranks 2 and 4
        assertEquals(0.5, new PrecisionAtK(4).evaluate(RANKED, RELEVANT), EPS);
        assertEquals(2.0 / 3, new RecallAtK(4).evaluate(RANKED, RELEVANT), EPS);
        // AP = (1/2 + 2/4) / min(3, 4) = 1/3
        assertEquals(1.0 / 3, new MapAtK(4).evaluate(RANKED, RELEVANT), EPS);
        assertEquals(0.5, new MrrAtK(4).evaluate(RANKED, RELEVANT), EPS);
        // DCG = 0.6309298 + 1/log2(5) = 0.6309298 + 0.4306766 = 1.0616064; / 2.1309298 = 0.4981893
        assertEquals(0.4981893, new NdcgAtK(4).evaluate(RANKED, RELEVANT), EPS);
    }

    @Test
    void shortListIsScoredAgainstKNotItsLength() {
        int[] ranked = {9};
        assertEquals(1.0 / 3, new PrecisionAtK(3).evaluate(ranked, RELEVANT), EPS);
        assertEquals(1.0 / 3, new RecallAtK(3).evaluate(ranked, RELEVANT), EPS);
        assertEquals(1.0 / 3, new MapAtK(3).evaluate(ranked, RELEVANT), EPS);
        assertEquals(1.0, new MrrAtK(3).evaluate(ranked, RELEVANT), EPS);
        // 1 / 2.1309298
        assertEquals(0.4692787, new NdcgAtK(3).evaluate(ranked, RELEVANT), EPS);
    }

    @Test
    void missScoresZeroEverywhere() {
        int[] ranked = {2, 4};
        assertEquals(0, new HitRateAtK(2).evaluate(ranked, RELEVANT), EPS);
        assertEquals(0, new MrrAtK(2).evaluate(ranked, RELEVANT), EPS);
        assertEquals(0, new MapAtK(2).evaluate(ranked, RELEVANT), EPS);
        assertEquals(0, new NdcgAtK(2).evaluate(ranked, RELEVANT), EPS);
    }
}
