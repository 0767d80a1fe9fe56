package org.tailor.ui.data;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable row of the mapping table: the column, its role and type (editable), and the guess confidence. */
public final class ColumnMappingRow {
    private final String column;
    private final double confidence;
    private final StringProperty role;
    private final StringProperty type;

    public ColumnMappingRow(DataService.ColumnGuess guess) {
        this.column = guess.column();
        this.confidence = guess.confidence();
        this.role = new SimpleStringProperty(guess.role());
        this.type = new SimpleStringProperty(guess.type());
    }

    public String getColumn() {
        return column;
    }

    public double getConfidence() {
        return confidence;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public DataService.ColumnMapping toMapping() {
        return new DataService.ColumnMapping(column, role.get(), type.get());
    }
}
