package org.tailor.core.persona;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.CancelledException;

class KMeansTest {
    @Test
    void twoObviousGroupsWithHandComputedInertia() {
        // groups {(0,0),(0,1)} and {(10,10),(10,11)}: centroids (0,0.5) and (10,10.5);
        // inertia = 4 points * 0.5^2 = 1.0
        double[][] x = {{0, 0}, {10, 10}, {0, 1}, {10, 11}};
        KMeans.Result r = new KMeans(2, 7, 5, 100).fit(x, Cancellation.NONE);
        assertEquals(1.0, r.inertia(), 1e-12);
        assertEquals(r.assignment()[0], r.assignment()[2]);
        assertEquals(r.assignment()[1], r.assignment()[3]);
        assertNotEquals(r.assignment()[0], r.assignment()[1]);
        double[] c0 = r.centroids()[r.assignment()[0]];
        assertArrayEquals(new double[] {0, 0.5}, c0, 1e-12);
    }

    @Test
    void restartsKeepTheLowestInertia() {
        // 1-D points 0,1,2 | 10,11,12 | 20,21,22, k = 3: the best clustering puts each triple together,
        // inertia = 3 groups * (1 + 0 + 1) = 6. A bad local optimum has a larger inertia; 10 restarts find 6.
        double[][] x = {{0}, {1}, {2}, {10}, {11}, {12}, {20}, {21}, {22}};
        KMeans.Result r = new KMeans(3, 1, 10, 100).fit(x, Cancellation.NONE);
        assertEquals(6.0, r.inertia(), 1e-12);
    }

    @Test
    void sameSeedSameResult() {
        double[][] x = {{0.1}, {0.4}, {3.3}, {2.9}, {7.5}, {7.0}, {1.2}};
        KMeans.Result a = new KMeans(3, 42, 3, 100).fit(x, Cancellation.NONE);
        KMeans.Result b = new KMeans(3, 42, 3, 100).fit(x, Cancellation.NONE);
        assertArrayEquals(a.assignment(), b.assignment());
    }

    @Test
    void fewerPointsThanClustersGiveOneClusterPerPoint() {
        double[][] x = {{1, 1}, {5, 5}};
        KMeans.Result r = new KMeans(5, 7, 2, 100).fit(x, Cancellation.NONE);
        assertEquals(2, r.centroids().length);
        assertEquals(0.0, r.inertia(), 1e-12);
    }

    @Test
    void cancellationStopsTheWork() {
        double[][] x = {{1}, {2}};
        org.junit.jupiter.api.Assertions.assertThrows(CancelledException.class,
                () -> new KMeans(2, 7, 2, 100).fit(x, () -> true));
    }
}
