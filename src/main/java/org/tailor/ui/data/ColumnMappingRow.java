package org.tailor.ui.data;

import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One editable row of the mapping table: the column, its role and type (each guessed with a confidence, each
 * editable) and its missing-value policy ({@link #POLICIES}; {@code default} uses {@link #defaultValueProperty}).
 */
public final class ColumnMappingRow {
    /** Missing-value policies offered; {@code auto} leaves the importer's default. */
    public static final java.util.List<String> POLICIES = java.util.List.of("auto", "reject", "empty", "default");

    private final String column;
    private final double confidence;
    private final double typeConfidence;
    private final String guessedType;
    private final StringProperty role;
    private final StringProperty type;
    private final StringProperty missing = new SimpleStringProperty("auto");
    private final StringProperty defaultValue = new SimpleStringProperty("");

    public ColumnMappingRow(DataService.ColumnGuess guess) {
        this.column = guess.column();
        this.confidence = guess.roleConfidence();
        this.typeConfidence = guess.typeConfidence();
        this.guessedType = guess.type();
        this.role = new SimpleStringProperty(guess.role());
        this.type = new SimpleStringProperty(guess.type());
    }

    public String getColumn() {
        return column;
    }

    /** Confidence of the guessed role. */
    public double getConfidence() {
        return confidence;
    }

    public double getTypeConfidence() {
        return typeConfidence;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public StringProperty missingProperty() {
        return missing;
    }

    public StringProperty defaultValueProperty() {
        return defaultValue;
    }

    /** Everything the user can edit, for listeners that re-check the rows. */
    java.util.List<StringProperty> editables() {
        return java.util.List.of(role, type, missing, defaultValue);
    }

    /** True when the user chose another type than the guess (only then is it sent as an override). */
    public boolean typeChanged() {
        return !Objects.equals(guessedType, type.get());
    }

    /** The missing-value policy as the importer reads it, or null for {@code auto}. */
    public String missingPolicy() {
        String m = missing.get();
        if (m == null || m.equals("auto")) {
            return null;
        }
        return m.equals("default") ? "default:" + (defaultValue.get() == null ? "" : defaultValue.get()) : m;
    }

    public DataService.ColumnMapping toMapping(String dateFormat) {
        return new DataService.ColumnMapping(column, role.get(), typeChanged() ? type.get() : null, dateFormat,
                missingPolicy());
    }

    public DataService.ColumnMapping toMapping() {
        return toMapping(null);
    }
}
