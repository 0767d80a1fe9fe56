package org.tailor.core.recommend;

/**
 * Told after each epoch of an iterative trainer: the epoch number (from 1), the training loss, and a view of the
 * model as it is now (valid only during the call), so a caller can measure validation quality per epoch.
 */
@FunctionalInterface
public interface EpochListener {
    EpochListener NONE = (epoch, loss, model) -> { };

    void epochDone(int epoch, double loss, TrainedModel current);
}
