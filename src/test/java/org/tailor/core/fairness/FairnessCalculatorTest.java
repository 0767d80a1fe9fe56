package org.tailor.core.fairness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tailor.core.evaluate.Split;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.index.InteractionMatrixBuilder;
import org.tailor.core.recommend.PopularityRecommender;
import org.tailor.core.recommend.TrainedModel;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

class FairnessCalculatorTest {
    @Test
    void decilesKeepTiesTogether() {
        // n = 10, sorted 1,1,2,3,4,5,5,5,8,9; decile = 1 + floor(10 * (#less popular) / 10)
        // pop 5 -> 5 less -> 6 (all three), pop 1 -> 1, pop 2 -> 3, pop 3 -> 4, pop 4 -> 5, pop 8 -> 9, pop 9 -> 10
        assertArrayEquals(new int[] {6, 6, 6, 1, 1, 3, 4, 5, 9, 10},
                PopularityDeciles.of(new int[] {5, 5, 5, 1, 1, 2, 3, 4, 8, 9}));
        // 20 distinct values: two items per decile
        int[] pop = new int[20];
        for (int i = 0; i < 20; i++) {
            pop[i] = i;
        }
        int[] d = PopularityDeciles.of(pop);
        assertEquals(1, d[0]);
        assertEquals(1, d[1]);
        assertEquals(2, d[2]);
        assertEquals(10, d[19]);
    }

    @Test
    void giniOfHandCases() {
        // [0,0,0,4]: (2*4-4-1)*4 / (4*4) = 12/16
        assertEquals(0.75, ExposureGini.of(new long[] {4, 0, 0, 0}), 1e-12);
        assertEquals(0.0, ExposureGini.of(new long[] {3, 3, 3}), 1e-12);
        assertEquals(0.0, ExposureGini.of(new long[] {0, 0}), 1e-12);
    }

    @Test
    void exposureAndGroupNdcgOfATinyCase() {
        // train: U1 {A}, U2 {A,B}, U3 {A,B,C}; popularity A=3, B=2, C=1, D=0
        InteractionMatrixBuilder b = InteractionMatrix.builder();
        b.add("U1", "A", 1).add("U2", "A", 1).add("U2", "B", 1).add("U3", "A", 1).add("U3", "B", 1).add("U3", "C", 1);
        b.addItem("D");
        InteractionMatrix m = b.build();
        // pop top-2 unseen: U1 [B, C], U2 [C, D], U3 [D] -> slots B 1, C 2, D 2; 5 in all
        // test: U1 relevant C (rank 2), U2 relevant D (rank 2), U3 relevant D (rank 1)
        int c = m.items().indexOf("C").getAsInt();
        int d = m.items().indexOf("D").getAsInt();
        Split split = new Split(m, Map.of(0, new int[] {c}, 1, new int[] {d}, 2, new int[] {d}), 0, 0, 0, 0, "tiny");
        TrainedModel model = new PopularityRecommender().train(m, Progress.NONE, Cancellation.NONE);
        String[] gender = {"F", "M", "M"};
        FairnessReport r = new FairnessCalculator().compute("pop", split, model, u -> gender[u], "gender", 2,
                Progress.NONE, Cancellation.NONE);
        assertEquals(5, r.totalSlots());
        // deciles (n = 4): D 0 less -> 1; C 1 less -> 1 + floor(10/4) = 3; B 2 less -> 6; A 3 less -> 8
        assertEquals(0.4, r.exposure().get(0).share(), 1e-12);   // decile 1: D, 2 of 5
        assertEquals(0.4, r.exposure().get(2).share(), 1e-12);   // decile 3: C, 2 of 5
        assertEquals(0.2, r.exposure().get(5).share(), 1e-12);   // decile 6: B, 1 of 5
        assertEquals(0.0, r.exposure().get(7).share(), 1e-12);   // decile 8: A, never (everyone has it)
        assertEquals(1, r.exposure().get(7).items());
        // Gini over [A 0, B 1, C 2, D 2] sorted: (-3*0 - 1*1 + 1*2 + 3*2) / (4 * 5) = 7/20
        assertEquals(0.35, r.gini(), 1e-12);
        // NDCG: hit at rank 2 = 1/log2(3); F: U1 only; M: U2 1/log2(3) and U3 1.0
        double rank2 = 1 / (Math.log(3) / Math.log(2));
        assertEquals(List.of("F", "M"), r.groups().stream().map(GroupQuality::group).toList());
        assertEquals(rank2, r.groups().get(0).meanNdcg(), 1e-12);
        assertEquals((rank2 + 1) / 2, r.groups().get(1).meanNdcg(), 1e-12);
        assertEquals(2, r.groups().get(1).customers());
        assertEquals(rank2 / ((rank2 + 1) / 2), r.disparityRatio(), 1e-12);
        assertEquals(3, r.customersEvaluated());
    }

    @Test
    void oneGroupHasNoRatio() {
        InteractionMatrix m = InteractionMatrix.builder().add("U1", "A", 1).add("U1", "B", 1).build();
        Split split = new Split(m, Map.of(), 1, 0, 0, 0, "tiny");
        TrainedModel model = new PopularityRecommender().train(m, Progress.NONE, Cancellation.NONE);
        FairnessReport r = new FairnessCalculator().compute("pop", split, model, u -> null, "gender", 2,
                Progress.NONE, Cancellation.NONE);
        assertNull(r.disparityRatio());
        assertEquals("unknown", r.groups().get(0).group());
        assertEquals(1, r.groups().get(0).withoutRelevant());
        assertEquals(0, r.totalSlots());
        assertEquals(0.0, r.gini());
    }
}
