package org.tailor.core.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Content-based: every item's text (title, category, genres) becomes a unit TF-IDF vector over lower-cased words
 * of two or more letters or digits; a customer's profile is the sum of their items' vectors, and an item's score is
 * its dot product with the profile. Needs item text ({@link TrainingData#itemText()}).
 */
public final class ContentRecommender implements Recommender {
    private final Map<String, Object> params;

    public ContentRecommender(VariantParams p) {
        this.params = p.effective();
    }

    @Override
    public String name() {
        return "content";
    }

    @Override
    public Map<String, Object> parameters() {
        return params;
    }

    @Override
    public TrainedModel train(InteractionMatrix matrix, Progress progress, Cancellation cancel) {
        throw new IllegalArgumentException("The content variant needs item titles, categories or genres "
                + "(give an item file, e.g. --items)");
    }

    @Override
    public TrainedModel train(TrainingData data, Progress progress, Cancellation cancel) {
        if (!data.hasItemText()) {
            return train(data.matrix(), progress, cancel);
        }
        ItemVectors vectors = ItemVectors.tfIdf(data.itemText(), data.matrix().itemCount());
        progress.report(1.0, "TF-IDF vectors over " + vectors.vocabularySize() + " terms");
        return new Model(data.matrix(), vectors);
    }

    /** Unit TF-IDF vectors of items, sparse (term ids ascending). Also used for intra-list diversity. */
    public record ItemVectors(int[][] terms, float[][] values, int vocabularySize) {
        public static ItemVectors tfIdf(String[] text, int itemCount) {
            Map<String, Integer> vocab = new HashMap<>();
            List<Map<Integer, Integer>> tf = new ArrayList<>();
            for (int i = 0; i < itemCount; i++) {
                Map<Integer, Integer> counts = new HashMap<>();
                String s = i < text.length && text[i] != null ? text[i] : "";
                for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    if (w.length() >= 2) {
                        counts.merge(vocab.computeIfAbsent(w, k -> vocab.size()), 1, Integer::sum);
                    }
                }
                tf.add(counts);
            }
            int[] df = new int[vocab.size()];
            for (Map<Integer, Integer> c : tf) {
                c.keySet().forEach(t -> df[t]++);
            }
            int[][] terms = new int[itemCount][];
            float[][] values = new float[itemCount][];
            for (int i = 0; i < itemCount; i++) {
                int[] ts = tf.get(i).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
                double[] v = new double[ts.length];
                double norm = 0;
                for (int x = 0; x < ts.length; x++) {
                    v[x] = tf.get(i).get(ts[x]) * Math.log((double) itemCount / df[ts[x]]);
                    norm += v[x] * v[x];
                }
                norm = Math.sqrt(norm);
                float[] fv = new float[ts.length];
                for (int x = 0; x < ts.length; x++) {
                    fv[x] = norm == 0 ? 0f : (float) (v[x] / norm);
                }
                terms[i] = ts;
                values[i] = fv;
            }
            return new ItemVectors(terms, values, vocab.size());
        }

        /** Cosine of two items (vectors are unit length; 0 when either has no text). */
        public double cosine(int a, int b) {
            int[] ta = terms[a];
            int[] tb = terms[b];
            double s = 0;
            int x = 0;
            int y = 0;
            while (x < ta.length && y < tb.length) {
                if (ta[x] == tb[y]) {
                    s += values[a][x++] * values[b][y++];
                } else if (ta[x] < tb[y]) {
                    x++;
                } else {
                    y++;
                }
            }
            return s;
        }
    }

    private record Model(InteractionMatrix matrix, ItemVectors vectors) implements TrainedModel, RowScorer {
        @Override
        public void scoreAll(int userIdx, double[] out) {
            scoreRow(matrix.itemsOf(userIdx), matrix.weightsOf(userIdx), out);
        }

        @Override
        public void scoreRow(int[] itemIdx, float[] weights, double[] out) {
            double[] profile = new double[vectors.vocabularySize()];
            for (int j : itemIdx) {
                int[] t = vectors.terms()[j];
                for (int x = 0; x < t.length; x++) {
                    profile[t[x]] += vectors.values()[j][x];
                }
            }
            Arrays.fill(out, 0);
            for (int i = 0; i < out.length; i++) {
                int[] t = vectors.terms()[i];
                double s = 0;
                for (int x = 0; x < t.length; x++) {
                    s += profile[t[x]] * vectors.values()[i][x];
                }
                out[i] = s;
            }
        }

        @Override
        public Explanation explain(int userIdx, int itemIdx) {
            int[] items = matrix.itemsOf(userIdx);
            double[] c = new double[items.length];
            for (int x = 0; x < items.length; x++) {
                c[x] = vectors.cosine(items[x], itemIdx);
            }
            return ItemContributions.explain("similar-content", items, c);
        }
    }
}
