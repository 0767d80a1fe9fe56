package org.tailor.core.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Plain English for an {@link Explanation}, for previews and exported campaign files (the UI translates the kinds
 * itself). Item names come from the caller (titles where known, else ids).
 */
public final class ExplanationText {
    private ExplanationText() {
    }

    public static String sentence(Explanation e, IntFunction<String> itemName) {
        List<String> names = new ArrayList<>();
        e.becauseItemIdx().forEach(i -> names.add(itemName.apply(i)));
        String items = join(names);
        return switch (e.kind()) {
            case "popular" -> "popular with many customers";
            case "similar-customers" -> names.isEmpty() ? "customers like you bought this"
                    : "you bought " + items + "; customers with the same taste also bought this";
            case "similar-content" -> names.isEmpty() ? "matches what you like"
                    : "similar to " + items;
            case "none" -> "";
            default -> names.isEmpty() ? "recommended for you"
                    : "you bought " + items + "; customers who bought " + (names.size() == 1 ? "it" : "them")
                    + " also bought this";
        };
    }

    private static String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
