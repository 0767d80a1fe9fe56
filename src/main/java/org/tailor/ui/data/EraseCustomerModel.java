package org.tailor.ui.data;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.TaskState;

/** Erasing one customer from the Data screen: type the id, ask, confirm (or cancel), then erase in the background. */
public final class EraseCustomerModel {
    private final DataService service;
    private final I18n i18n;
    private final TaskState task;
    private final Runnable afterErase;
    private final StringProperty customerId = new SimpleStringProperty("");
    private final BooleanProperty confirming = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding canRequest;

    EraseCustomerModel(DataService service, ScreenContext context, TaskState task, Runnable afterErase) {
        this.service = service;
        this.i18n = context.i18n();
        this.task = task;
        this.afterErase = afterErase;
        canRequest = customerId.isEmpty().or(confirming).or(task.runningProperty()).not()
                .and(javafx.beans.binding.Bindings.createBooleanBinding(() -> !customerId.get().isBlank(),
                        customerId));
        customerId.addListener((o, a, b) -> confirming.set(false));
    }

    /** Asks for confirmation: nothing is erased until {@link #confirm()}. */
    public void request() {
        if (!canRequest.get()) {
            return;
        }
        confirming.set(true);
        message.set(i18n.get("data.erase.confirmText", customerId.get().strip()));
    }

    public void confirm() {
        if (!confirming.get()) {
            return;
        }
        String id = customerId.get().strip();
        confirming.set(false);
        task.run(i18n.get("data.task.erase", id), (progress, cancel) -> service.eraseCustomer(id), rows -> {
            message.set(i18n.get("data.erase.done", id, rows));
            customerId.set("");
            afterErase.run();
        });
    }

    public void cancel() {
        confirming.set(false);
        message.set("");
    }

    public StringProperty customerIdProperty() {
        return customerId;
    }

    public BooleanProperty confirmingProperty() {
        return confirming;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding canRequestProperty() {
        return canRequest;
    }
}
