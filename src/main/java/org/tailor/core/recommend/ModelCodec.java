package org.tailor.core.recommend;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.index.InteractionMatrixBuilder;

/**
 * Turns a trained model into bytes for the workspace ({@code model_run.model}) and back, so a model is reloaded
 * without retraining. The bytes hold the training matrix (ids and entries) and the model's arrays, deflated.
 * Supported: ALS/BPR factors, item kNN neighbours, EASE weights, popularity scores.
 */
public final class ModelCodec {
    private static final int MAGIC = 0x7A11_0001;

    private ModelCodec() {
    }

    public static boolean supports(TrainedModel model) {
        return model instanceof FactorModel || model instanceof NeighbourModel || model instanceof DenseItemModel
                || model instanceof RecentPopularityRecommender.Scores || model instanceof PopularityRecommender.Model;
    }

    public static byte[] write(TrainedModel model) {
        if (!supports(model)) {
            throw new IllegalArgumentException("Saving this kind of model is not supported: "
                    + model.getClass().getSimpleName() + "; retrain it instead");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(MAGIC);
            writeMatrix(out, model.matrix());
            if (model instanceof FactorModel f) {
                out.writeUTF("factors");
                out.writeInt(f.factors());
                out.writeDouble(f.lambda());
                out.writeDouble(f.alpha());
                out.writeInt(f.cgSteps());
                writeDoubles(out, f.userFactors());
                writeDoubles(out, f.itemFactors());
            } else if (model instanceof NeighbourModel n) {
                out.writeUTF("neighbours");
                int[][] idx = n.neighbourIndices();
                float[][] sim = n.neighbourWeights();
                for (int i = 0; i < idx.length; i++) {
                    writeInts(out, idx[i]);
                    writeFloats(out, sim[i]);
                }
            } else if (model instanceof DenseItemModel d) {
                out.writeUTF("dense");
                writeFloats(out, d.weights());
            } else {
                out.writeUTF("scores");
                double[] s = new double[model.matrix().itemCount()];
                model.scoreAll(0, s);
                writeDoubles(out, s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static TrainedModel read(byte[] blob) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(blob)))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("The stored model is not a Tailor model or is of another version");
            }
            InteractionMatrix m = readMatrix(in);
            String kind = in.readUTF();
            switch (kind) {
                case "factors" -> {
                    int f = in.readInt();
                    double lambda = in.readDouble();
                    double alpha = in.readDouble();
                    int cg = in.readInt();
                    return new FactorModel(m, readDoubles(in), readDoubles(in), f, lambda, alpha, cg);
                }
                case "neighbours" -> {
                    int n = m.itemCount();
                    int[][] idx = new int[n][];
                    float[][] sim = new float[n][];
                    for (int i = 0; i < n; i++) {
                        idx[i] = readInts(in);
                        sim[i] = readFloats(in);
                    }
                    return new NeighbourModel("similar-items", m, idx, sim);
                }
                case "dense" -> {
                    return new DenseItemModel("similar-items", m, readFloats(in));
                }
                case "scores" -> {
                    return new RecentPopularityRecommender.Scores(m, readDoubles(in));
                }
                default -> throw new IllegalArgumentException("Unknown stored model kind " + kind);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("The stored model is damaged: " + e.getMessage(), e);
        }
    }

    private static void writeMatrix(DataOutputStream out, InteractionMatrix m) throws IOException {
        out.writeInt(m.userCount());
        for (String id : m.users().ids()) {
            out.writeUTF(id);
        }
        out.writeInt(m.itemCount());
        for (String id : m.items().ids()) {
            out.writeUTF(id);
        }
        writeInts(out, m.rowPointers());
        writeInts(out, m.rowIndices());
        writeFloats(out, m.rowValues());
    }

    private static InteractionMatrix readMatrix(DataInputStream in) throws IOException {
        InteractionMatrixBuilder b = InteractionMatrix.builder();
        int nu = in.readInt();
        for (int u = 0; u < nu; u++) {
            b.addUser(in.readUTF());
        }
        int ni = in.readInt();
        for (int i = 0; i < ni; i++) {
            b.addItem(in.readUTF());
        }
        int[] ptr = readInts(in);
        int[] idx = readInts(in);
        float[] val = readFloats(in);
        for (int u = 0; u < nu; u++) {
            for (int p = ptr[u]; p < ptr[u + 1]; p++) {
                b.add(u, idx[p], val[p]);
            }
        }
        return b.build();
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] a = new int[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    private static void writeFloats(DataOutputStream out, float[] a) throws IOException {
        out.writeInt(a.length);
        for (float v : a) {
            out.writeFloat(v);
        }
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        float[] a = new float[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readFloat();
        }
        return a;
    }

    private static void writeDoubles(DataOutputStream out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double v : a) {
            out.writeDouble(v);
        }
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        double[] a = new double[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }
}
