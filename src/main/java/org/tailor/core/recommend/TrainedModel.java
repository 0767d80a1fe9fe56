package org.tailor.core.recommend;

import java.util.List;
import java.util.function.IntPredicate;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.model.ScoredItem;

/**
 * A trained model over the matrix it was trained on. Implementations provide {@link #scoreAll}; ranking,
 * filtering and tie-breaking (higher score first, then lower item index) are shared here.
 */
public interface TrainedModel {
    InteractionMatrix matrix();

    /** Writes a score for every item index into {@code out} (length = item count) for one user. */
    void scoreAll(int userIdx, double[] out);

    /**
     * Top {@code k} items for one user among those {@code allowed} accepts, best first; ties go to the lower
     * item index. Returns fewer than k (possibly none) when fewer items are allowed.
     */
    default List<ScoredItem> recommend(int userIdx, int k, IntPredicate allowed) {
        double[] scores = new double[matrix().itemCount()];
        scoreAll(userIdx, scores);
        return TopK.select(scores, k, allowed);
    }

    /** Top k excluding items the user already has in the training matrix (the default everywhere). */
    default List<ScoredItem> recommendUnseen(int userIdx, int k) {
        InteractionMatrix m = matrix();
        return recommend(userIdx, k, itemIdx -> !m.contains(userIdx, itemIdx));
    }

    /** Plain-words reasons why {@code itemIdx} was recommended to {@code userIdx}. */
    default Explanation explain(int userIdx, int itemIdx) {
        return Explanation.none();
    }
}
