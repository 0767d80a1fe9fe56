package org.tailor.core.evaluate;

import java.util.Locale;

/** The relevance threshold of rated test rows ("a rating at least this is relevant"). */
public final class Relevance {
    private Relevance() {
    }

    /**
     * @return {@code minRelevant} when it is a finite number of at least 0
     * @throws IllegalArgumentException otherwise, naming the option a user sets
     */
    public static double checkThreshold(double minRelevant) {
        if (!Double.isFinite(minRelevant) || minRelevant < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "--min-relevant must be a number of 0 or more (a test rating at least this is relevant), was %s",
                    minRelevant));
        }
        return minRelevant;
    }
}
