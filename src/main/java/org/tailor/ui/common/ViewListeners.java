package org.tailor.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;

/**
 * Listeners a View adds to its ViewModel's observables. ViewModels outlive Views (a language switch reloads the
 * FXML), so the ViewModel only holds weak references; the View keeps the listeners alive while it is shown.
 */
public final class ViewListeners {
    private final List<Object> keep = new ArrayList<>();

    public <T> void list(ObservableList<T> list, ListChangeListener<T> listener) {
        keep.add(listener);
        list.addListener(new WeakListChangeListener<>(listener));
    }

    public <T> void value(ObservableValue<T> value, ChangeListener<T> listener) {
        keep.add(listener);
        value.addListener(new WeakChangeListener<>(listener));
    }
}
