package org.tailor.ui.recommenders;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tailor.ui.common.I18n;

/** One row of the variant builder: the variant, whether it runs, its parameters ({@code key=value,...}). */
public final class VariantChoice {
    private static final String PARAMS = "\\s*|\\s*[A-Za-z_][\\w.]*\\s*=\\s*[^,=\\s][^,=]*(,\\s*[A-Za-z_][\\w.]*\\s*=\\s*[^,=\\s][^,=]*)*";
    private final String name;
    private final BooleanProperty selected;
    private final StringProperty parameters = new SimpleStringProperty("");
    private final StringBinding error;

    public VariantChoice(String name, boolean selected, I18n i18n) {
        this.name = name;
        this.selected = new SimpleBooleanProperty(selected);
        this.error = Bindings.createStringBinding(() -> {
            String p = parameters.get() == null ? "" : parameters.get();
            return p.matches(PARAMS) ? "" : i18n.get("recommenders.paramsInvalid", name);
        }, parameters, i18n.localeProperty());
    }

    public String getName() {
        return name;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public StringProperty parametersProperty() {
        return parameters;
    }

    public StringBinding errorProperty() {
        return error;
    }

    /** {@code name} or {@code name:params} as the catalogue reads it. */
    public String spec() {
        String p = parameters.get() == null ? "" : parameters.get().trim();
        return p.isEmpty() ? name : name + ":" + p.replaceAll("\\s+", "");
    }
}
