package org.tailor.ui.privacy;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One quasi-identifier candidate in the checklist. */
public final class QiChoice {
    private final String name;
    private final BooleanProperty selected;

    public QiChoice(String name, boolean selected) {
        this.name = name;
        this.selected = new SimpleBooleanProperty(selected);
    }

    public String getName() {
        return name;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }
}
