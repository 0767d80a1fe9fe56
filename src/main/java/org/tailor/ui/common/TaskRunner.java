package org.tailor.ui.common;

/**
 * Runs long work away from the FX thread (STYLE.md section 4). The work gets a {@code Progress} and a
 * {@code Cancellation}; the listener hears progress and the outcome on the FX thread.
 */
public interface TaskRunner {
    <T> TaskHandle run(String title, Work<T> work, TaskListener<T> listener);
}
