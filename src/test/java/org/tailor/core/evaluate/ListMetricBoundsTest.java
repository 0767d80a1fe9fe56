package org.tailor.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every list metric stays in [0, 1], whatever the list: repeats, short lists, huge K. */
class ListMetricBoundsTest {
    private static final double EPS = 1e-9;

    @Test
    void everyMetricStaysWithinZeroAndOneForRandomListsWithRepeats() {
        SplittableRandom rnd = new SplittableRandom(20240607);
        int checked = 0;
        for (int trial = 0; trial < 3000; trial++) {
            int items = 1 + rnd.nextInt(12);
            int[] ranked = new int[rnd.nextInt(15)];
            for (int r = 0; r < ranked.length; r++) {
                // few items, long lists: repeats are frequent
                ranked[r] = rnd.nextInt(items);
            }
            TreeSet<Integer> rel = new TreeSet<>();
            int nRel = 1 + rnd.nextInt(items);
            while (rel.size() < nRel) {
                rel.add(rnd.nextInt(items + 3)); // some relevant items are never listable (cold items)
            }
            int[] relevant = rel.stream().mapToInt(Integer::intValue).toArray();
            int k = trial % 10 == 0 ? Integer.MAX_VALUE : 1 + rnd.nextInt(15);
            for (ListMetric m : new ListScorer(k).metrics()) {
                double v = m.evaluate(ranked, relevant);
                assertTrue(v >= 0 && v <= 1 + EPS, m.name() + " = " + v + " for list "
                        + java.util.Arrays.toString(ranked) + " relevant " + rel);
                checked++;
            }
        }
        assertEquals(3000 * 6, checked);
    }

    @Test
    void aRepeatedItemIsOneHitNotThree() {
        // list [1, 1, 1], relevant {1, 2}, K = 3: one distinct hit at rank 1
        int[] ranked = {1, 1, 1};
        int[] relevant = {1, 2};
        // precision 1/3; recall 1/2 (not 3/2)
        assertEquals(1.0 / 3, new PrecisionAtK(3).evaluate(ranked, relevant), EPS);
        assertEquals(0.5, new RecallAtK(3).evaluate(ranked, relevant), EPS);
        // AP = (1/1) / min(2, 3) = 0.5 (not (1 + 2/2 + 3/3) / 2 = 1.5)
        assertEquals(0.5, new MapAtK(3).evaluate(ranked, relevant), EPS);
        // DCG = 1; IDCG = 1 + 1/log2(3) = 1.6309298 -> 0.6131472
        assertEquals(0.6131472, new NdcgAtK(3).evaluate(ranked, relevant), 1e-6);
        assertEquals(1.0, new HitRateAtK(3).evaluate(ranked, relevant), EPS);
        assertEquals(1.0, new MrrAtK(3).evaluate(ranked, relevant), EPS);
    }

    @Test
    void hugeKNeedsNoMemoryOfItsOwn() {
        // K = 2^31 - 1 with a list of 2: hits at ranks 1 and 2, relevant {4, 7}; precision = 2 / (2^31 - 1)
        int[] ranked = {4, 7};
        int[] relevant = {4, 7};
        assertEquals(1.0, new NdcgAtK(Integer.MAX_VALUE).evaluate(ranked, relevant), EPS);
        assertEquals(2.0 / Integer.MAX_VALUE, new PrecisionAtK(Integer.MAX_VALUE).evaluate(ranked, relevant), 1e-15);
    }

    @Test
    void cutOffIsCappedAtTheCatalogueAndSaysSo() {
        CutOff c = CutOff.of(100_000_000, 1387);
        assertEquals(1387, c.k());
        assertTrue(c.isCapped());
        assertTrue(c.note().startsWith("K capped at 1387 items"), c.note());
        assertEquals(10, CutOff.of(10, 1387).k());
        assertEquals("", CutOff.of(10, 1387).note());
        assertEquals("K must be positive, was 0",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> CutOff.of(0, 5)).getMessage());
        assertEquals("K must be positive, was -1",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> CutOff.of(-1, 5)).getMessage());
    }

    @Test
    void relevanceThresholdMustBeAFiniteNonNegativeNumber() {
        for (double bad : new double[] {Double.NaN, -1, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                    IllegalArgumentException.class, () -> Relevance.checkThreshold(bad));
            assertTrue(e.getMessage().startsWith("--min-relevant must be a number of 0 or more"), e.getMessage());
        }
        assertEquals(4.0, Relevance.checkThreshold(4.0));
        assertEquals(0.0, Relevance.checkThreshold(0.0));
    }
}
