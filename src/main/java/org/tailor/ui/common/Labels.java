package org.tailor.ui.common;

import javafx.scene.control.Label;

/** Layout behaviour of message labels (validation messages next to fields). */
public final class Labels {
    private Labels() {
    }

    /** The label takes no space while it has no text, so empty validation messages leave no gaps. */
    public static void collapseWhenEmpty(Label... labels) {
        for (Label label : labels) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
        }
    }
}
