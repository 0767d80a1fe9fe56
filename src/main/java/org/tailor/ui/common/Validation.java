package org.tailor.ui.common;

import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;

/** Validation messages for text fields, as bindings that follow both the text and the language ("" = valid). */
public final class Validation {
    private Validation() {
    }

    /** An integer in [min, max]; the message names the field by its label key. */
    public static StringBinding intInRange(I18n i18n, ObservableStringValue text, long min, long max, String fieldKey) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> {
            String t = text.get() == null ? "" : text.get().trim();
            try {
                long v = Long.parseLong(t);
                return v >= min && v <= max ? "" : i18n.get("validation.range", i18n.get(fieldKey), min, max);
            } catch (NumberFormatException e) {
                return i18n.get("validation.integer", i18n.get(fieldKey));
            }
        }, text, i18n.localeProperty());
    }

    /** Any whole number (seeds). */
    public static StringBinding longValue(I18n i18n, ObservableStringValue text, String fieldKey) {
        return intInRange(i18n, text, Long.MIN_VALUE, Long.MAX_VALUE, fieldKey);
    }

    /** A decimal number in [min, max] (percentages). */
    public static StringBinding decimalInRange(I18n i18n, ObservableStringValue text, double min, double max,
                                               String fieldKey) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> {
            String t = text.get() == null ? "" : text.get().trim();
            try {
                double v = Double.parseDouble(t);
                return v >= min && v <= max ? "" : i18n.get("validation.range", i18n.get(fieldKey), min, max);
            } catch (NumberFormatException e) {
                return i18n.get("validation.number", i18n.get(fieldKey));
            }
        }, text, i18n.localeProperty());
    }
}
