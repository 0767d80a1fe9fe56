package org.tailor.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The running/progress/message state of one pane's background work, with <b>latest wins</b>: starting new work
 * cancels the previous one, whose late callbacks are ignored. Failures go to {@link Dialogs#showError}; a
 * {@link NotAvailableException} and a cancel only change the status line.
 */
public final class TaskState {
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final I18n i18n;
    private final StatusModel status;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private TaskHandle current;
    private long generation;
    private java.util.function.Supplier<String> lastText = () -> "";

    public TaskState(TaskRunner runner, Dialogs dialogs, I18n i18n, StatusModel status) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.status = status;
        i18n.localeProperty().addListener((o, a, b) -> {
            message.set(lastText.get());
            status.publish(this);
        });
    }

    /** Starts work (cancelling the previous one); {@code onSuccess} runs on the FX thread. */
    public <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess) {
        if (current != null && !current.isDone()) {
            current.cancel();
        }
        long mine = ++generation;
        update(true, -1, title);
        TaskHandle handle = runner.run(title, work, new TaskListener<T>() {
            @Override
            public void progress(double fraction, String text) {
                if (mine == generation && running.get()) {
                    update(true, fraction, text == null ? message.get() : text);
                }
            }

            @Override
            public void succeeded(T value) {
                if (mine == generation) {
                    update(false, 1, () -> i18n.get("status.done"));
                    onSuccess.accept(value);
                }
            }

            @Override
            public void failed(Throwable error) {
                if (mine != generation) {
                    return;
                }
                if (error instanceof NotAvailableException na) {
                    update(false, 0, () -> i18n.get("status.notAvailable", i18n.get(na.featureKey())));
                    dialogs.notify(message.get());
                } else {
                    update(false, 0, () -> i18n.get("status.failed", title));
                    dialogs.showError(title, error);
                }
            }

            @Override
            public void cancelled() {
                if (mine == generation) {
                    update(false, 0, () -> i18n.get("status.cancelled"));
                }
            }
        });
        if (mine == generation && running.get()) {
            current = handle;
        }
    }

    /** Cancels the running work; the status line then says "Cancelled". */
    public void cancel() {
        if (current != null && !current.isDone()) {
            current.cancel();
        }
    }

    /** A final state whose text follows the language. */
    private void update(boolean isRunning, double fraction, java.util.function.Supplier<String> text) {
        lastText = text;
        running.set(isRunning);
        progress.set(fraction);
        message.set(text.get());
        status.publish(this);
    }

    private void update(boolean isRunning, double fraction, String text) {
        lastText = () -> text;
        running.set(isRunning);
        progress.set(fraction);
        message.set(text);
        status.publish(this);
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

    public double getProgress() {
        return progress.get();
    }

    public String getMessage() {
        return message.get();
    }
}
