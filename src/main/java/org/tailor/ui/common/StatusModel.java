package org.tailor.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The main window's status bar: shows the most recently started task (progress, message, Cancel) and
 * notifications. {@link TaskState}s publish into it.
 */
public final class StatusModel {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private TaskState owner;

    void publish(TaskState source) {
        if (source.isRunning() && owner != source) {
            owner = source;
        }
        if (owner != source) {
            return;
        }
        running.set(source.isRunning());
        progress.set(source.getProgress());
        message.set(source.getMessage());
    }

    /** Shows a notification in the message line. */
    public void show(String text) {
        message.set(text);
    }

    /** Cancels the task shown in the status bar. */
    public void cancel() {
        if (owner != null) {
            owner.cancel();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    public String getMessage() {
        return message.get();
    }
}
