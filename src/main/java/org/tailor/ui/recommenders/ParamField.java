package org.tailor.ui.recommenders;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tailor.ui.common.I18n;
import org.tailor.ui.recommenders.RecommenderService.ParamSpec;

/**
 * One editable variant parameter: its text (starts at the catalogue default), and the message shown next to the
 * field when the text is not a value of the parameter's kind (whole number, number, one of the choices).
 */
public final class ParamField {
    private final ParamSpec spec;
    private final StringProperty value;
    private final StringBinding error;

    public ParamField(ParamSpec spec, I18n i18n) {
        this.spec = spec;
        this.value = new SimpleStringProperty(spec.defaultValue());
        this.error = Bindings.createStringBinding(() -> validate(i18n), value, i18n.localeProperty());
    }

    private String validate(I18n i18n) {
        String v = text();
        if (v.isEmpty()) {
            return "";
        }
        if (!spec.choices().isEmpty()) {
            return spec.choices().contains(v) ? "" : i18n.get("recommenders.param.choice", spec.name(),
                    String.join(", ", spec.choices()));
        }
        if (isWhole(spec.defaultValue())) {
            return isWhole(v) ? "" : i18n.get("recommenders.param.whole", spec.name());
        }
        if (isNumber(spec.defaultValue())) {
            return isNumber(v) ? "" : i18n.get("recommenders.param.number", spec.name());
        }
        return v.matches("[^,=:;\\s]+") ? "" : i18n.get("recommenders.param.text", spec.name());
    }

    static boolean isWhole(String s) {
        return s.matches("-?\\d{1,18}");
    }

    static boolean isNumber(String s) {
        try {
            return Double.isFinite(Double.parseDouble(s)) && !s.matches(".*[dDfF]$");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String text() {
        return value.get() == null ? "" : value.get().trim();
    }

    public String getName() {
        return spec.name();
    }

    public String getDefaultValue() {
        return spec.defaultValue();
    }

    public List<String> getChoices() {
        return spec.choices();
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringBinding errorProperty() {
        return error;
    }

    /** {@code name=value} when the value differs from the default, else null (the default is implied). */
    String assignment() {
        String v = text();
        return v.isEmpty() || v.equals(spec.defaultValue()) ? null : spec.name() + "=" + v;
    }
}
