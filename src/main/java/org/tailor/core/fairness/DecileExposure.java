package org.tailor.core.fairness;

/** One popularity decile: how many items it holds, recommended slots on them, and their share of all slots. */
public record DecileExposure(int decile, int items, long slots, double share) {
}
