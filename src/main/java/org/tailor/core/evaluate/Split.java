package org.tailor.core.evaluate;

import java.util.Map;
import org.tailor.core.index.InteractionMatrix;

/**
 * A train/test split over one index space: the training matrix, and per training-customer index the sorted item
 * indices that are relevant in test. Test rows whose customer or item is unknown to training are counted in
 * {@code coldCustomerRows}/{@code coldItemRows}; test pairs already in training in {@code droppedAlreadyInTrain}.
 * {@code description} says how it was made (protocol, fraction, seed) and goes next to every number shown.
 */
public record Split(InteractionMatrix train, Map<Integer, int[]> testRelevant, int customersWithoutRelevant,
                    int coldCustomerRows, int coldItemRows, int droppedAlreadyInTrain, String description) {
}
