package org.tailor.core.task;

/** Thrown by long work that noticed its {@link Cancellation}. Cancelling is not an error. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled");
    }
}
