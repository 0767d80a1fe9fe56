package org.tailor.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A pane's progress row: progress bar, status message and Cancel, bound to a {@link TaskState}. */
public final class TaskBar extends HBox {
    private final ProgressBar progressBar = new ProgressBar(0);
    private final Label messageLabel = new Label();
    private final Button cancelButton = new Button();

    public TaskBar() {
        getStyleClass().add("task-bar");
        setAlignment(Pos.CENTER_LEFT);
        progressBar.getStyleClass().add("task-progress");
        messageLabel.getStyleClass().add("muted");
        messageLabel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(messageLabel, Priority.ALWAYS);
        cancelButton.getStyleClass().add("task-cancel");
        getChildren().addAll(progressBar, messageLabel, cancelButton);
    }

    /** Binds to one pane state; Cancel is enabled only while it runs. */
    public void bind(TaskState task, I18n i18n) {
        progressBar.progressProperty().bind(task.progressProperty());
        progressBar.visibleProperty().bind(task.runningProperty());
        progressBar.managedProperty().bind(task.runningProperty());
        messageLabel.textProperty().bind(task.messageProperty());
        cancelButton.textProperty().bind(i18n.text("action.cancel"));
        cancelButton.disableProperty().bind(task.runningProperty().not());
        cancelButton.setOnAction(e -> task.cancel());
    }

    public Button cancelButton() {
        return cancelButton;
    }
}
