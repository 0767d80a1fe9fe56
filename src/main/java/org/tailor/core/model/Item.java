package org.tailor.core.model;

/** A product or content item. {@code genres} is '|'-separated; {@code externalId} is the SKU as text. */
public record Item(long id, String externalId, String title, String category, String genres, Double price) {
}
