package org.tailor.core.recommend;

import java.util.Map;
import java.util.SplittableRandom;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * A small NeuMF-style network (He et al. 2017) in plain Java: a GMF branch (element-wise product of customer and item
 * embeddings) and an MLP branch (one ReLU layer over both embeddings concatenated) feed one logistic output. Trained
 * with log loss on every observed pair and {@code neg} sampled unobserved items per pair, plain SGD, seeded and
 * single-threaded. It is here to show whether deep learning earns its cost on the data at hand.
 */
public final class NeuralRecommender implements IterativeRecommender {
    private final int factors;
    private final int hidden;
    private final int epochs;
    private final int negatives;
    private final double learningRate;
    private final long seed;
    private final Map<String, Object> params;

    public NeuralRecommender(VariantParams p) {
        this.factors = p.getInt("factors", 16);
        this.hidden = p.getInt("hidden", 32);
        this.epochs = p.getInt("epochs", 12);
        this.negatives = p.getInt("neg", 4);
        this.learningRate = p.getDouble("lr", 0.01);
        this.seed = p.getLong("seed", 42);
        if (factors <= 0 || hidden <= 0 || epochs <= 0 || negatives < 0 || learningRate <= 0) {
            throw new IllegalArgumentException("neural needs positive factors, hidden, epochs and lr");
        }
        this.params = p.effective();
    }

    @Override
    public String name() {
        return "neural";
    }

    @Override
    public Map<String, Object> parameters() {
        return params;
    }

    @Override
    public TrainedModel train(InteractionMatrix m, Progress progress, Cancellation cancel) {
        return train(m, EpochListener.NONE, progress, cancel);
    }

    @Override
    public TrainedModel train(InteractionMatrix m, EpochListener listener, Progress progress, Cancellation cancel) {
        SplittableRandom rnd = new SplittableRandom(seed);
        NeuMfNet net = new NeuMfNet(m.userCount(), m.itemCount(), factors, hidden, rnd);
        NeuMfNet.Model model = net.model(m);
        int[] rp = m.rowPointers();
        int[] ri = m.rowIndices();
        int nnz = m.nonZeros();
        int[] entryUser = new int[nnz];
        for (int u = 0; u < m.userCount(); u++) {
            for (int p = rp[u]; p < rp[u + 1]; p++) {
                entryUser[p] = u;
            }
        }
        int nItems = m.itemCount();
        double lr = learningRate;
        for (int e = 0; e < epochs; e++) {
            double loss = 0;
            long steps = 0;
            for (int s = 0; s < nnz; s++) {
                if ((s & 4095) == 0) {
                    cancel.check();
                }
                int p = rnd.nextInt(nnz);
                int u = entryUser[p];
                loss += net.step(u, ri[p], 1, lr);
                steps++;
                for (int n = 0; n < negatives && rp[u + 1] - rp[u] < nItems; n++) {
                    int j;
                    do {
                        j = rnd.nextInt(nItems);
                    } while (m.contains(u, j));
                    loss += net.step(u, j, 0, lr);
                    steps++;
                }
            }
            progress.report((e + 1) / (double) epochs, "Neural epoch " + (e + 1) + " of " + epochs);
            listener.epochDone(e + 1, loss / Math.max(1, steps), model);
        }
        return model;
    }
}
