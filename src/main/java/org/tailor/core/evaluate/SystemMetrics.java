package org.tailor.core.evaluate;

import java.util.BitSet;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.recommend.ContentRecommender.ItemVectors;

/** The system metrics of DESIGN.md, over training popularity (distinct customers per item). */
public final class SystemMetrics {
    private SystemMetrics() {
    }

    /** Catalogue coverage: distinct recommended items / items in the training catalogue. */
    public static SystemMetric coverage(int itemCount) {
        return new SystemMetric() {
            private final BitSet seen = new BitSet(itemCount);

            @Override
            public String name() {
                return "coverage";
            }

            @Override
            public void add(int[] ranked) {
                for (int i : ranked) {
                    seen.set(i);
                }
            }

            @Override
            public double result() {
                return itemCount == 0 ? 0 : seen.cardinality() / (double) itemCount;
            }
        };
    }

    /** Novelty: mean self-information -log2(pop(i) / customers) of recommended items (items nobody had count 1). */
    public static SystemMetric novelty(InteractionMatrix train) {
        return mean("novelty", train, pop -> -Math.log(Math.max(1, pop) / (double) train.userCount()) / Math.log(2));
    }

    /** Average popularity (distinct training customers) of recommended items. */
    public static SystemMetric averagePopularity(InteractionMatrix train) {
        return mean("avg_popularity", train, pop -> pop);
    }

    private static SystemMetric mean(String name, InteractionMatrix train, java.util.function.IntToDoubleFunction f) {
        return new SystemMetric() {
            private double sum;
            private long n;

            @Override
            public String name() {
                return name;
            }

            @Override
            public void add(int[] ranked) {
                for (int i : ranked) {
                    sum += f.applyAsDouble(train.columnLength(i));
                    n++;
                }
            }

            @Override
            public double result() {
                return n == 0 ? Double.NaN : sum / n;
            }
        };
    }

    /** Intra-list diversity: mean over lists of the mean pairwise (1 - cosine) of item feature vectors. */
    public static SystemMetric diversity(ItemVectors features) {
        return new SystemMetric() {
            private double sum;
            private long lists;

            @Override
            public String name() {
                return "diversity";
            }

            @Override
            public void add(int[] ranked) {
                if (ranked.length < 2) {
                    return;
                }
                double s = 0;
                int pairs = 0;
                for (int a = 0; a < ranked.length; a++) {
                    for (int b = a + 1; b < ranked.length; b++) {
                        s += 1 - features.cosine(ranked[a], ranked[b]);
                        pairs++;
                    }
                }
                sum += s / pairs;
                lists++;
            }

            @Override
            public double result() {
                return lists == 0 ? Double.NaN : sum / lists;
            }
        };
    }
}
