package org.tailor.core.evaluate;

import java.util.List;

/** Train and test rows produced by a {@link Splitters} protocol, with a description of how. */
public record RowSplit(List<RatingRow> train, List<RatingRow> test, String description) {
    public EvaluationSet toEvaluationSet(double minRelevant) {
        return EvaluationSet.of(train, test, minRelevant, description);
    }
}
