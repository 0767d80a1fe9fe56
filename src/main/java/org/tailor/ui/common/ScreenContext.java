package org.tailor.ui.common;

/** What every ViewModel needs besides its service: the runner, dialogs, strings and the status bar. */
public record ScreenContext(TaskRunner runner, Dialogs dialogs, I18n i18n, StatusModel status) {
    /** A new independent pane state (latest wins within it, never cancels another pane's work). */
    public TaskState newTask() {
        return new TaskState(runner, dialogs, i18n, status);
    }
}
