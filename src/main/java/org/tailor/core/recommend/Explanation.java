package org.tailor.core.recommend;

import java.util.List;

/**
 * Why an item was recommended: the customer's items that contributed most (item indices, strongest first) and a
 * short reason kind ({@code popular}, {@code similar-items}, {@code similar-customers}, {@code factors}).
 */
public record Explanation(String kind, List<Integer> becauseItemIdx, List<Double> contributions) {
    public static Explanation none() {
        return new Explanation("none", List.of(), List.of());
    }
}
