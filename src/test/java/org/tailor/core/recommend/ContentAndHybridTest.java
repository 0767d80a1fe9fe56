package org.tailor.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

class ContentAndHybridTest {
    // A=0 "Space Saga Sci-Fi", B=1 "Space Quest Sci-Fi", C=2 "Romance in Paris", D=3 "Paris Nights Romance"
    private static final String[] TEXT = {"Space Saga|Sci-Fi", "Space Quest|Sci-Fi", "Romance in Paris",
        "Paris Nights|Romance"};

    private static InteractionMatrix matrix() {
        var b = InteractionMatrix.builder();
        for (String sku : new String[] {"A", "B", "C", "D"}) {
            b.addItem(sku);
        }
        return b.add("u1", "A", 1).add("u2", "C", 1).add("u3", "A", 1).add("u3", "B", 1)
                .add("u4", "D", 1).build();
    }

    @Test
    void contentRecommendsItemsSharingWords() {
        TrainedModel m = new AlgorithmCatalog().create("content")
                .train(new TrainingData(matrix(), TEXT, null), Progress.NONE, Cancellation.NONE);
        assertEquals(1, m.recommendUnseen(0, 1).get(0).itemIdx());
        assertEquals(3, m.recommendUnseen(1, 1).get(0).itemIdx());
        Explanation e = m.explain(0, 1);
        assertEquals(List.of(0), e.becauseItemIdx());
    }

    @Test
    void contentTfIdfCosineByHand() {
        // words (>= 2 letters): A {space, saga, sci, fi}, B {space, quest, sci, fi}; 4 items
        // idf: space, sci, fi in 2 items -> ln 2; saga, quest in 1 -> ln 4 = 2 ln 2
        // A = (1, 2, 1, 1) * ln2 over (space, saga, sci, fi): |A|^2 = 7 ln2^2; B likewise with quest
        // A.B = 3 ln2^2 -> cosine 3/7
        ContentRecommender.ItemVectors v = ContentRecommender.ItemVectors.tfIdf(TEXT, 4);
        assertEquals(3.0 / 7, v.cosine(0, 1), 1e-6);
        assertEquals(0.0, v.cosine(0, 2), 1e-12);
    }

    @Test
    void contentWithoutItemTextSaysWhatItNeeds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AlgorithmCatalog()
                .create("content").train(matrix(), Progress.NONE, Cancellation.NONE));
        assertTrue(e.getMessage().contains("item titles"));
    }

    @Test
    void hybridSwitchesToFallbackForCustomersWithFewInteractions() {
        TrainedModel m = new AlgorithmCatalog().create("hybrid:a=itemknn,b=content,switch=2,fallback=pop")
                .train(new TrainingData(matrix(), TEXT, null), Progress.NONE, Cancellation.NONE);
        double[] s = new double[4];
        m.scoreAll(0, s);
        // u1 has one interaction (< 2): popularity A=2, B=1, C=1, D=1
        assertEquals(List.of(2.0, 1.0, 1.0, 1.0), List.of(s[0], s[1], s[2], s[3]));
        // u3 has two: blended z-scores, finite
        m.scoreAll(2, s);
        for (double x : s) {
            assertTrue(Double.isFinite(x));
        }
    }

    @Test
    void standardiseGivesZeroMeanUnitSpread() {
        double[] v = {1, 2, 3};
        HybridRecommender.standardise(v);
        // mean 2, population sd sqrt(2/3) = 0.8164966
        assertEquals(-1.2247449, v[0], 1e-6);
        assertEquals(0.0, v[1], 1e-12);
    }
}
