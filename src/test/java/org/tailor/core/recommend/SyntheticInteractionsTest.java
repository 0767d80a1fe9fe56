package org.tailor.core.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tailor.core.index.InteractionMatrix;

class SyntheticInteractionsTest {
    @Test
    void hasExactlyTheRequestedDistinctPairsAndIsSeeded() {
        InteractionMatrix a = SyntheticInteractions.generate(300, 200, 20_000, 7);
        InteractionMatrix b = SyntheticInteractions.generate(300, 200, 20_000, 7);
        // builder merges repeats, so nonZeros counts distinct pairs
        assertEquals(20_000, a.nonZeros());
        assertEquals(300, a.userCount());
        assertArrayEquals(a.rowIndices(), b.rowIndices());
        for (int u = 0; u < a.userCount(); u++) {
            assertTrue(a.rowLength(u) >= 20 && a.rowLength(u) <= 100, "customer " + u + ": " + a.rowLength(u));
        }
    }

    @Test
    void popularityIsSkewed() {
        InteractionMatrix m = SyntheticInteractions.generate(300, 200, 20_000, 7);
        int[] pop = new int[m.itemCount()];
        for (int i = 0; i < pop.length; i++) {
            pop[i] = m.columnLength(i);
        }
        Arrays.sort(pop);
        // the 20 most popular items hold far more than their 10% share of entries
        int top = Arrays.stream(pop, pop.length - 20, pop.length).sum();
        assertTrue(top > 0.2 * 20_000, "top-20 share " + top);
    }

    @Test
    void refusesImpossibleShapes() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticInteractions.generate(100, 50, 100, 1));
    }
}
