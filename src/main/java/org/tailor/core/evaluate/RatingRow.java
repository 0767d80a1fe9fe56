package org.tailor.core.evaluate;

/**
 * One row of a split file: customer and item ids (text), the rating ({@code NaN} when the file has none: the row
 * is implicit feedback and always relevant), the time in epoch seconds ({@link #NO_TIME} when unknown) and the
 * 1-based line it came from.
 */
public record RatingRow(String customerId, String itemId, double rating, long time, int line) {
    public static final long NO_TIME = Long.MIN_VALUE;

    public boolean hasRating() {
        return !Double.isNaN(rating);
    }

    /** Relevant when the file has no rating, or the rating is at least the threshold. */
    public boolean isRelevant(double minRelevant) {
        return !hasRating() || rating >= minRelevant;
    }

    String pairKey() {
        return customerId + '\u0000' + itemId;
    }
}
