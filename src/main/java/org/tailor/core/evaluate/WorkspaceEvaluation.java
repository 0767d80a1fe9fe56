package org.tailor.core.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.model.Interaction;
import org.tailor.core.recommend.TrainingData;
import org.tailor.core.recommend.WorkspaceTrainingData;
import org.tailor.core.store.InteractionRepository;
import org.tailor.core.store.Workspace;

/**
 * The honest protocol over a workspace, shared by the lab and the fairness report: every interaction as an implicit
 * row (returns and non-positive quantities left out), the per-customer temporal holdout of {@link Splitters}, and the
 * workspace's item text aligned with the training matrix (for the content variant and diversity).
 */
public final class WorkspaceEvaluation {
    private WorkspaceEvaluation() {
    }

    /** Implicit rows of the workspace, in customer and time order. */
    public static List<RatingRow> implicitRows(Workspace ws) {
        List<RatingRow> rows = new ArrayList<>();
        new InteractionRepository(ws).forEach(x -> {
            if (isPositive(x)) {
                rows.add(new RatingRow(x.customerId(), x.sku(), Double.NaN, x.epochSeconds(), rows.size() + 1));
            }
        });
        return rows;
    }

    /**
     * Whether an interaction is a positive signal to train on or to find in test: not a return (kind {@code return},
     * as import stores cancellations and negative quantities) and not a purchase of quantity 0 or less.
     */
    public static boolean isPositive(Interaction x) {
        return !"return".equals(x.kind()) && (!"purchase".equals(x.kind()) || x.value() > 0);
    }

    /**
     * The per-customer temporal holdout ({@code testFraction} of each customer's latest rows in test), with item text
     * when the workspace has any. Fails with a readable message when there is nothing to evaluate on: no interactions,
     * no customer with enough interactions to hold some out, or no held-out item left to find.
     */
    public static EvaluationSet temporalHoldout(Workspace ws, double testFraction) {
        List<RatingRow> rows = implicitRows(ws);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The workspace has no interactions to evaluate on");
        }
        EvaluationSet set = Splitters.perCustomerTemporal(rows, testFraction).toEvaluationSet(1);
        if (set.testRows().isEmpty()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "No customer could be scored: "
                    + "the latest %.0f%% of each customer's interactions are held out, so a customer needs at least "
                    + "%d interactions, and none has that many", testFraction * 100, (int) Math.ceil(1 / testFraction)));
        }
        var nothing = set.nothingToScore(false);
        if (nothing.isPresent()) {
            throw new IllegalArgumentException("No customer could be scored: " + nothing.get());
        }
        String[] text = WorkspaceTrainingData.itemText(ws, set.split().train());
        if (java.util.Arrays.stream(text).allMatch(java.util.Objects::isNull)) {
            text = null;
        }
        return text == null ? set : set.withItemText(text);
    }

    /** Item text of {@code all} re-indexed to {@code train}'s items; null when no item has text. */
    public static String[] itemText(TrainingData all, InteractionMatrix train) {
        if (!all.hasItemText()) {
            return null;
        }
        String[] out = new String[train.itemCount()];
        boolean any = false;
        for (int i = 0; i < out.length; i++) {
            OptionalInt idx = all.matrix().items().indexOf(train.items().id(i));
            out[i] = idx.isPresent() ? all.itemText()[idx.getAsInt()] : null;
            any |= out[i] != null;
        }
        return any ? out : null;
    }
}
