package org.tailor.ui.common;

/** A started task. */
public interface TaskHandle {
    /** Asks the work to stop; the listener's {@code cancelled()} follows. Does nothing when already done. */
    void cancel();

    boolean isDone();
}
