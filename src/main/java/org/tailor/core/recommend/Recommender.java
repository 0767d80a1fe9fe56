package org.tailor.core.recommend;

import java.util.Map;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * A recommender variant with its parameters: trains once on an {@link InteractionMatrix} into an immutable
 * {@link TrainedModel}. Training is seeded and reproducible.
 */
public interface Recommender {
    /** Short name used by the CLI and the catalogue, e.g. {@code pop}, {@code itemknn}, {@code als}. */
    String name();

    /** The parameters this variant was built with (for run records and display). */
    Map<String, Object> parameters();

    TrainedModel train(InteractionMatrix matrix, Progress progress, Cancellation cancel);
}
