package org.tailor.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatsTest {
    private static final double[] D = {0.5, 1.2, -0.3, 0.8, 0.0, 1.5, 0.7, -0.1, 0.9, 0.4};
    private static final double[] TIED = {1, 1, 2, -1, 3, 2, 2, -2, 1, 0, 4};

    @Test
    void pairedTTestMatchesScipy() {
        // scipy 1.17 stats.ttest_1samp(D, 0).pvalue = 0.013457926618792793
        assertEquals(0.0134579266, Stats.pairedTTest(D), 1e-8);
        // scipy: ttest_1samp(TIED, 0).pvalue = 0.04603149949370691
        assertEquals(0.0460314995, Stats.pairedTTest(TIED), 1e-8);
    }

    @Test
    void wilcoxonMatchesScipyNormalApproximation() {
        // scipy: wilcoxon(D, zero_method='wilcox', correction=False, method='approx').pvalue = 0.020879263166351643
        assertEquals(0.0208792632, Stats.wilcoxon(D), 1e-6);
        // with ties and a zero: scipy gives 0.05604677300770543
        assertEquals(0.0560467730, Stats.wilcoxon(TIED), 1e-6);
    }

    @Test
    void wilcoxonByHandOnThreePositiveDifferences() {
        // d = 1, 2, 3: W+ = 6, mean = 3*4/4 = 3, var = 3*4*7/24 = 3.5, z = 3/sqrt(3.5) = 1.6035675
        // p = 2 * (1 - Phi(1.6035675)) = erfc(1.6035675 / sqrt 2) = 0.1088094
        assertEquals(0.1088094, Stats.wilcoxon(new double[] {1, 2, 3}), 1e-6);
    }

    @Test
    void holmAdjustsStepDown() {
        // sorted 0.01*4 = 0.04, 0.03*3 = 0.09, 0.04*2 = 0.08 -> max(0.09, 0.08) = 0.09, 0.20*1 = 0.20
        assertArrayEquals(new double[] {0.04, 0.09, 0.09, 0.20}, Stats.holm(new double[] {0.01, 0.04, 0.03, 0.20}),
                1e-12);
    }

    @Test
    void identicalVariantsAreNotSignificant() {
        double[] zeros = new double[20];
        assertEquals(1.0, Stats.pairedTTest(zeros));
        assertEquals(1.0, Stats.wilcoxon(zeros));
    }

    @Test
    void bootstrapIntervalIsSeededAndHoldsTheMean() {
        double[] a = Stats.bootstrapMeanCi(D, 2000, 0.95, 7);
        double[] b = Stats.bootstrapMeanCi(D, 2000, 0.95, 7);
        assertArrayEquals(a, b);
        // sample mean = 5.6 / 10 = 0.56
        assertTrue(a[0] < 0.56 && 0.56 < a[1], "interval " + a[0] + ".." + a[1]);
        // the interval of a constant is that constant
        assertArrayEquals(new double[] {2, 2}, Stats.bootstrapMeanCi(new double[] {2, 2, 2}, 100, 0.95, 1));
    }
}
