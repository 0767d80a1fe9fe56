package org.tailor.core.recommend;

/**
 * Similarity of two binary interaction vectors from their co-occurrence count and sizes, with optional shrinkage
 * {@code sim * c / (c + shrink)} that damps similarities resting on few common customers (or items).
 */
enum Similarity {
    COSINE, PEARSON, JACCARD;

    static Similarity parse(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * @param co    number of common entries
     * @param na    entries of a
     * @param nb    entries of b
     * @param total vector length (customers for items, items for customers), used by Pearson
     */
    double of(int co, int na, int nb, int total, double shrink) {
        if (co == 0) {
            return 0;
        }
        double s;
        switch (this) {
            case COSINE -> s = co / Math.sqrt((double) na * nb);
            case JACCARD -> s = co / (double) (na + nb - co);
            default -> {
                double n = total;
                double den = Math.sqrt((n * na - (double) na * na) * (n * nb - (double) nb * nb));
                s = den == 0 ? 0 : (n * co - (double) na * nb) / den;
            }
        }
        return shrink > 0 ? s * co / (co + shrink) : s;
    }
}
