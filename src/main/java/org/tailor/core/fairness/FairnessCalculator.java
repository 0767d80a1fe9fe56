package org.tailor.core.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.tailor.core.evaluate.NdcgAtK;
import org.tailor.core.evaluate.Split;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.model.ScoredItem;
import org.tailor.core.recommend.TrainedModel;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Exposure and group quality of one trained model on one split. Every training customer gets a top-K list of
 * unseen items (exposure counts all of them); customers with relevant test items are scored with NDCG@K and
 * grouped by {@code groupOf} (a customer index to a group label; null means "unknown").
 */
public final class FairnessCalculator {
    /** Age bands are listed youngest first; other groups follow in natural order ("unknown" among them). */
    static final List<String> AGE_BANDS = List.of("<25", "25-34", "35-44", "45-54", "55+");

    public FairnessReport compute(String variant, Split split, TrainedModel model, IntFunction<String> groupOf,
                                  String groupBy, int k, Progress progress, Cancellation cancel) {
        InteractionMatrix train = split.train();
        long[] slots = new long[train.itemCount()];
        NdcgAtK ndcg = new NdcgAtK(k);
        Map<String, double[]> perGroup = new TreeMap<>();   // sum ndcg, evaluated, without relevant
        long total = 0;
        int evaluated = 0;
        int without = 0;
        for (int u = 0; u < train.userCount(); u++) {
            if (u % 256 == 0) {
                cancel.check();
                progress.report(u / (double) Math.max(1, train.userCount()), "Recommending");
            }
            List<ScoredItem> recs = model.recommendUnseen(u, k);
            for (ScoredItem s : recs) {
                slots[s.itemIdx()]++;
            }
            total += recs.size();
            String g = groupOf.apply(u);
            double[] acc = perGroup.computeIfAbsent(g == null || g.isBlank() ? "unknown" : g, x -> new double[3]);
            int[] relevant = split.testRelevant().get(u);
            if (relevant == null) {
                acc[2]++;
                without++;
                continue;
            }
            acc[0] += ndcg.evaluate(recs.stream().mapToInt(ScoredItem::itemIdx).toArray(), relevant);
            acc[1]++;
            evaluated++;
        }
        int[] popularity = new int[train.itemCount()];
        for (int i = 0; i < popularity.length; i++) {
            popularity[i] = train.columnLength(i);
        }
        int[] decile = PopularityDeciles.of(popularity);
        long[] decileSlots = new long[10];
        int[] decileItems = new int[10];
        for (int i = 0; i < decile.length; i++) {
            decileSlots[decile[i] - 1] += slots[i];
            decileItems[decile[i] - 1]++;
        }
        List<DecileExposure> exposure = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            exposure.add(new DecileExposure(d + 1, decileItems[d], decileSlots[d],
                    total == 0 ? 0 : decileSlots[d] / (double) total));
        }
        List<GroupQuality> groups = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int groupsEvaluated = 0;
        for (Map.Entry<String, double[]> e : perGroup.entrySet()) {
            double[] a = e.getValue();
            double mean = a[1] == 0 ? 0 : a[0] / a[1];
            groups.add(new GroupQuality(e.getKey(), (int) a[1], mean, (int) a[2]));
            if (a[1] > 0) {
                groupsEvaluated++;
                min = Math.min(min, mean);
                max = Math.max(max, mean);
            }
        }
        groups.sort(java.util.Comparator.comparingInt((GroupQuality g) -> AGE_BANDS.indexOf(g.group()) < 0 ? 99
                : AGE_BANDS.indexOf(g.group())).thenComparing(GroupQuality::group,
                org.tailor.core.persona.NaturalOrder.INSTANCE));
        Double ratio = groupsEvaluated < 2 || max <= 0 ? null : min / max;
        return new FairnessReport(variant, k, groupBy, split.description(), total, exposure, ExposureGini.of(slots),
                groups, ratio, evaluated, without);
    }
}
