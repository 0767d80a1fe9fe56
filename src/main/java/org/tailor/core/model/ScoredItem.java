package org.tailor.core.model;

/** An item index with the score a model gave it. */
public record ScoredItem(int itemIdx, double score) {
}
