package org.tailor.core.evaluate;

/**
 * The list length K actually used: the requested K, capped at the number of items that could ever be listed (a list
 * cannot be longer than the catalogue, and nothing may allocate by a K of millions). K must be positive.
 *
 * @param requested the K asked for
 * @param k         the K used: min(requested, catalogue); the requested K when the catalogue is empty
 * @param catalogue the number of items that can be listed
 */
public record CutOff(int requested, int k, int catalogue) {
    /** @throws IllegalArgumentException when {@code requested} is not positive */
    public static CutOff of(int requested, int catalogue) {
        if (requested <= 0) {
            throw new IllegalArgumentException("K must be positive, was " + requested);
        }
        // an empty catalogue lists nothing whatever K is: nothing to cap
        return new CutOff(requested, catalogue <= 0 ? requested : Math.min(requested, catalogue), catalogue);
    }

    public boolean isCapped() {
        return k < requested;
    }

    /** "K capped at N items (asked for M)", or empty when K was not capped. */
    public String note() {
        return isCapped() ? "K capped at " + k + " items (asked for " + requested + "; there are only " + catalogue
                + " items)" : "";
    }
}
