package org.tailor.core.recommend;

import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** A variant trained in epochs that reports each epoch (for training curves). */
public interface IterativeRecommender extends Recommender {
    TrainedModel train(InteractionMatrix matrix, EpochListener listener, Progress progress, Cancellation cancel);
}
