package org.tailor.core.persona;

/** Quintile scores 1..5 (5 = best: most recent, most frequent, highest spend) and the named segment. */
public record RfmScore(String customerId, int recency, int frequency, int monetary, String segment) {
}
