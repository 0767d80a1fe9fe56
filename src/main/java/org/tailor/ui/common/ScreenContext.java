package org.tailor.ui.common;

/** What every ViewModel needs besides its service: the runner, dialogs, strings and the status bar. */
public record ScreenContext(TaskRunner runner, Dialogs dialogs, I18n i18n, StatusModel status) {
    /** A new independent pane state (latest wins within it, never cancels another pane's work). */
    public TaskState newTask() {
        return new TaskState(runner, dialogs, i18n, status);
    }

    /** A pane state for quick background reads (counts, lists) that never takes over the main status bar. */
    public TaskState newQuietTask() {
        return new TaskState(runner, dialogs, i18n, new StatusModel());
    }
}
