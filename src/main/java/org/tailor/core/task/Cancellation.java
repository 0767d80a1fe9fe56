package org.tailor.core.task;

/** Polled by long work; when it answers true the work throws {@link CancelledException}. */
@FunctionalInterface
public interface Cancellation {
    Cancellation NONE = () -> false;

    boolean isCancelled();

    /** Throws {@link CancelledException} when cancelled; call it in loops. */
    default void check() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
