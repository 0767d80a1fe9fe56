package org.tailor.core.recommend;

import java.util.List;
import org.tailor.core.model.ScoredItem;

/**
 * One customer's recommendations (best first) by external id, with a reason when the list is short or empty
 * (for example "no unpurchased products") or comes from a fallback; {@code reason} is empty otherwise.
 */
public record CustomerList(String customerId, List<ScoredItem> items, String reason) {
}
