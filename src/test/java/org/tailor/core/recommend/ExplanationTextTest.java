package org.tailor.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTextTest {
    private static final List<String> NAMES = List.of("Tea Pot", "Cup", "Saucer");

    @Test
    void itemBasedReasonNamesTheCustomersItems() {
        Explanation e = new Explanation("similar-items", List.of(0, 1), List.of(0.9, 0.4));
        assertEquals("you bought Tea Pot and Cup; customers who bought them also bought this",
                ExplanationText.sentence(e, NAMES::get));
        Explanation one = new Explanation("factors", List.of(2), List.of(0.3));
        assertEquals("you bought Saucer; customers who bought it also bought this",
                ExplanationText.sentence(one, NAMES::get));
    }

    @Test
    void popularityAndCustomerBasedReasons() {
        assertEquals("popular with many customers",
                ExplanationText.sentence(new Explanation("popular", List.of(), List.of(5.0)), NAMES::get));
        assertEquals("you bought Tea Pot, Cup and Saucer; customers with the same taste also bought this",
                ExplanationText.sentence(new Explanation("similar-customers", List.of(0, 1, 2), List.of(1.0, 1.0,
                        1.0)), NAMES::get));
    }
}
