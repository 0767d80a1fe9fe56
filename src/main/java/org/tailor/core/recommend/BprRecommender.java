package org.tailor.core.recommend;

import java.util.Map;
import java.util.SplittableRandom;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Bayesian personalised ranking (Rendle et al. 2009) with matrix factorisation and item biases, trained by SGD on
 * (customer, bought item, other item) triples drawn uniformly with a seeded generator; one epoch = as many draws as
 * there are observed pairs. Single-threaded so the same seed gives the same model.
 */
public final class BprRecommender implements IterativeRecommender {
    private final int factors;
    private final int epochs;
    private final double learningRate;
    private final double reg;
    private final long seed;
    private final Map<String, Object> params;

    public BprRecommender(VariantParams p) {
        this.factors = p.getInt("factors", 64);
        this.epochs = p.getInt("epochs", 40);
        this.learningRate = p.getDouble("lr", 0.05);
        this.reg = p.getDouble("reg", 0.01);
        this.seed = p.getLong("seed", 42);
        if (factors <= 0 || epochs <= 0 || learningRate <= 0 || reg < 0) {
            throw new IllegalArgumentException("BPR needs positive factors, epochs and lr, and a non-negative reg");
        }
        this.params = p.effective();
    }

    @Override
    public String name() {
        return "bpr";
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
        int f = factors;
        int nItems = m.itemCount();
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] x = new double[m.userCount() * (f + 1)];
        double[] y = new double[nItems * (f + 1)];
        // factor f of a customer is fixed at 1 so factor f of an item acts as its bias
        for (int u = 0; u < m.userCount(); u++) {
            for (int k = 0; k < f; k++) {
                x[u * (f + 1) + k] = rnd.nextGaussian() * 0.1;
            }
            x[u * (f + 1) + f] = 1;
        }
        for (int i = 0; i < nItems * (f + 1); i++) {
            y[i] = (i % (f + 1)) == f ? 0 : rnd.nextGaussian() * 0.1;
        }
        int[] rp = m.rowPointers();
        int[] ri = m.rowIndices();
        int nnz = m.nonZeros();
        int[] entryUser = new int[nnz];
        for (int u = 0; u < m.userCount(); u++) {
            for (int p = rp[u]; p < rp[u + 1]; p++) {
                entryUser[p] = u;
            }
        }
        FactorModel model = new FactorModel(m, x, y, f + 1, 0.01, 1, 1);
        int d = f + 1;
        for (int e = 0; e < epochs; e++) {
            double loss = 0;
            for (int s = 0; s < nnz; s++) {
                if ((s & 8191) == 0) {
                    cancel.check();
                }
                int p = rnd.nextInt(nnz);
                int u = entryUser[p];
                int i = ri[p];
                if (rp[u + 1] - rp[u] >= nItems) {
                    continue;
                }
                int j;
                do {
                    j = rnd.nextInt(nItems);
                } while (m.contains(u, j));
                int uo = u * d;
                int io = i * d;
                int jo = j * d;
                double diff = 0;
                for (int k = 0; k < d; k++) {
                    diff += x[uo + k] * (y[io + k] - y[jo + k]);
                }
                double sig = 1 / (1 + Math.exp(diff));
                loss += Math.log1p(Math.exp(-diff));
                for (int k = 0; k < d; k++) {
                    double xu = x[uo + k];
                    double yi = y[io + k];
                    double yj = y[jo + k];
                    if (k < f) {
                        x[uo + k] += learningRate * (sig * (yi - yj) - reg * xu);
                    }
                    y[io + k] += learningRate * (sig * xu - reg * yi);
                    y[jo + k] += learningRate * (-sig * xu - reg * yj);
                }
            }
            progress.report((e + 1) / (double) epochs, "BPR epoch " + (e + 1) + " of " + epochs);
            listener.epochDone(e + 1, loss / Math.max(1, nnz), model);
        }
        return model;
    }
}
