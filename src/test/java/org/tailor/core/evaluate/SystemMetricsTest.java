package org.tailor.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.recommend.ContentRecommender.ItemVectors;

class SystemMetricsTest {
    // 4 customers; item A (idx 0) bought by 4, B (1) by 2, C (2) by 1, D (3) by 1
    private static InteractionMatrix matrix() {
        return InteractionMatrix.builder()
                .add("u1", "A", 1).add("u2", "A", 1).add("u3", "A", 1).add("u4", "A", 1)
                .add("u1", "B", 1).add("u2", "B", 1).add("u3", "C", 1).add("u4", "D", 1).build();
    }

    @Test
    void coverageCountsDistinctRecommendedItems() {
        SystemMetric m = SystemMetrics.coverage(4);
        m.add(new int[] {0, 1});
        m.add(new int[] {1, 2});
        // {A, B, C} of 4 items
        assertEquals(0.75, m.result(), 1e-9);
    }

    @Test
    void noveltyIsMeanSelfInformation() {
        SystemMetric m = SystemMetrics.novelty(matrix());
        m.add(new int[] {0, 2});
        // A: -log2(4/4) = 0; C: -log2(1/4) = 2; mean 1
        assertEquals(1.0, m.result(), 1e-9);
    }

    @Test
    void averagePopularityOfRecommendedItems() {
        SystemMetric m = SystemMetrics.averagePopularity(matrix());
        m.add(new int[] {0, 1, 3});
        // (4 + 2 + 1) / 3
        assertEquals(7.0 / 3, m.result(), 1e-9);
    }

    @Test
    void diversityIsOneMinusMeanPairwiseCosine() {
        // items 0 and 1 share their only word; item 2 has its own: idf of "red" = ln(3/2), of "blue" = ln 3
        ItemVectors v = ItemVectors.tfIdf(new String[] {"red", "red", "blue"}, 3);
        SystemMetric m = SystemMetrics.diversity(v);
        m.add(new int[] {0, 1, 2});
        // pairs: (0,1) cos 1 -> 0; (0,2) cos 0 -> 1; (1,2) -> 1; mean 2/3
        assertEquals(2.0 / 3, m.result(), 1e-6);
    }
}
