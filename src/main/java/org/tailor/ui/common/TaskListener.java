package org.tailor.ui.common;

/**
 * Callbacks of one task. {@link FxTaskRunner} calls them on the FX thread; {@code ImmediateTaskRunner} on the
 * caller's thread. Exactly one of succeeded, failed or cancelled is called.
 */
public interface TaskListener<T> {
    default void progress(double fraction, String message) {
    }

    void succeeded(T value);

    void failed(Throwable error);

    /** The task was cancelled (or its work threw {@code CancelledException}); not an error. */
    default void cancelled() {
    }
}
