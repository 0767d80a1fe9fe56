package org.tailor.core.persona;

/**
 * Behavioural features of one customer. {@code recencyDays}: whole days from the last interaction date to the
 * reference date; {@code frequency}: distinct orders (an interaction without an order id counts as its own order);
 * {@code monetary}: sum of positive amounts; {@code basketSize}: interactions per order;
 * {@code categoryShares}: share of the customer's interactions per category column of the {@link FeatureTable}.
 */
public record CustomerFeatures(String customerId, long recencyDays, int frequency, double monetary,
                               double basketSize, double[] categoryShares) {
}
