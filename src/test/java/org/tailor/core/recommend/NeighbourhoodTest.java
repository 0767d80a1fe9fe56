package org.tailor.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

class NeighbourhoodTest {
    // u1: A B; u2: A B C; u3: A C; u4: D   (A=0, B=1, C=2, D=3)
    private static InteractionMatrix matrix() {
        return InteractionMatrix.builder().add("u1", "A", 1).add("u1", "B", 1).add("u2", "A", 1).add("u2", "B", 1)
                .add("u2", "C", 1).add("u3", "A", 1).add("u3", "C", 1).add("u4", "D", 1).build();
    }

    private static double[] scores(String spec, int user) {
        TrainedModel m = new AlgorithmCatalog().create(spec).train(matrix(), Progress.NONE, Cancellation.NONE);
        double[] s = new double[4];
        m.scoreAll(user, s);
        return s;
    }

    @Test
    void itemCosineScoresByHand() {
        // u3 has A, C. cos(A,B) = 2/sqrt(3*2) = 0.8164966; cos(C,B) = 1/sqrt(2*2) = 0.5 -> B = 1.3164966
        // A <- C: cos(A,C) = 2/sqrt(3*2) = 0.8164966; C <- A likewise; D shares nobody -> 0
        double[] s = scores("itemknn", 2);
        assertEquals(1.3164966, s[1], 1e-6);
        assertEquals(0.8164966, s[0], 1e-6);
        assertEquals(0.0, s[3], 1e-12);
    }

    @Test
    void itemJaccardAndShrinkByHand() {
        // jaccard(A,B) = 2/(3+2-2) = 2/3; jaccard(C,B) = 1/(2+2-1) = 1/3 -> B for u3 = 1
        assertEquals(1.0, scores("itemknn:sim=jaccard", 2)[1], 1e-6);
        // shrink 2: cos(A,B) * 2/(2+2) = 0.4082483; cos(C,B) * 1/(1+2) = 0.1666667 -> 0.5749150
        assertEquals(0.5749150, scores("itemknn:shrink=2", 2)[1], 1e-6);
    }

    @Test
    void itemPearsonByHand() {
        // 4 customers; A (n=3), B (n=2), co 2: (4*2 - 3*2)/sqrt((4*3-9)(4*2-4)) = 2/sqrt(12) = 0.5773503
        // C (n=2), B: co 1: (4 - 4)/... = 0 -> dropped; u3's B score = 0.5773503
        assertEquals(0.5773503, scores("itemknn:sim=pearson", 2)[1], 1e-6);
    }

    @Test
    void neighbourhoodSizeKeepsOnlyTheClosest() {
        // k = 1: A's nearest is B or C (both 0.8164966; tie -> lower index B); C's nearest is A.
        // u3 (A, C): B gets cos(A,B) only = 0.8164966
        assertEquals(0.8164966, scores("itemknn:k=1", 2)[1], 1e-6);
    }

    @Test
    void userCosineScoresByHand() {
        // u1 (A B) vs u2 (A B C): 2/sqrt(2*3) = 0.8164966; vs u3 (A C): 1/sqrt(2*2) = 0.5; vs u4: 0
        // C is held by u2 and u3 -> 1.3164966
        assertEquals(1.3164966, scores("userknn:shrink=0", 0)[2], 1e-6);
    }

    @Test
    void explanationNamesTheCustomersItemsThatContributed() {
        TrainedModel m = new AlgorithmCatalog().create("itemknn").train(matrix(), Progress.NONE, Cancellation.NONE);
        Explanation e = m.explain(2, 1);
        // B for u3: A contributes 0.8164966, C 0.5
        assertEquals("similar-items", e.kind());
        assertEquals(List.of(0, 2), e.becauseItemIdx());
        assertEquals(0.8164966, e.contributions().get(0), 1e-6);
    }
}
