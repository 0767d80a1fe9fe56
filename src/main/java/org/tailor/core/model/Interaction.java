package org.tailor.core.model;

/**
 * One event between a customer and an item, by external ids (customer id and SKU, both text).
 * {@code value} is a rating or a quantity, {@code amount} money, {@code epochSeconds} the time (UTC).
 */
public record Interaction(String customerId, String sku, String kind, double value, double amount,
                          long epochSeconds, String orderId) {
}
