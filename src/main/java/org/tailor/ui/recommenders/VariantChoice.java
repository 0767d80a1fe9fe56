package org.tailor.ui.recommenders;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tailor.ui.common.I18n;
import org.tailor.ui.recommenders.RecommenderService.ParamSpec;

/**
 * One row of the variant builder: the variant, whether it runs, one field per parameter, and the engine's own
 * message when the fields are well-formed but the variant still refuses them ({@code engineError}).
 */
public final class VariantChoice {
    private final String name;
    private final BooleanProperty selected;
    private final List<ParamField> fields = new ArrayList<>();
    private final StringProperty engineError = new SimpleStringProperty("");
    private final StringBinding error;

    public VariantChoice(String name, boolean selected, List<ParamSpec> params, I18n i18n) {
        this.name = name;
        this.selected = new SimpleBooleanProperty(selected);
        List<Observable> deps = new ArrayList<>(List.of(engineError));
        for (ParamSpec p : params) {
            ParamField f = new ParamField(p, i18n);
            fields.add(f);
            deps.add(f.errorProperty());
        }
        this.error = Bindings.createStringBinding(() -> fields.stream().map(f -> f.errorProperty().get())
                .filter(e -> !e.isEmpty()).findFirst().orElse(Objects.requireNonNullElse(engineError.get(), "")),
                deps.toArray(Observable[]::new));
    }

    public String getName() {
        return name;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public List<ParamField> fields() {
        return fields;
    }

    /** The first field's message, else the engine's; empty when the variant can run. */
    public StringBinding errorProperty() {
        return error;
    }

    StringProperty engineErrorProperty() {
        return engineError;
    }

    /** Whether every field holds a value of its kind (the engine is asked only then). */
    boolean fieldsValid() {
        return fields.stream().allMatch(f -> f.errorProperty().get().isEmpty());
    }

    /** {@code name} or {@code name:k=v,...} with the parameters changed from their defaults. */
    public String spec() {
        List<String> changed = fields.stream().map(ParamField::assignment).filter(Objects::nonNull).toList();
        return changed.isEmpty() ? name : name + ":" + String.join(",", changed);
    }

    /** Sets the fields from a spec such as {@code als:factors=32,lambda=1} (others back to their defaults). */
    public void apply(String spec) {
        fields.forEach(f -> f.valueProperty().set(f.getDefaultValue()));
        int colon = spec.indexOf(':');
        if (colon < 0) {
            return;
        }
        for (String kv : spec.substring(colon + 1).split(",")) {
            String[] p = kv.split("=", 2);
            fields.stream().filter(f -> p.length == 2 && f.getName().equals(p[0].trim())).findFirst()
                    .ifPresent(f -> f.valueProperty().set(p[1].trim()));
        }
    }
}
