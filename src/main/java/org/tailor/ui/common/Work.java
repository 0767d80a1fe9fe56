package org.tailor.ui.common;

import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** Long work run by a {@link TaskRunner}: reports through {@code progress} and polls {@code cancel}. */
@FunctionalInterface
public interface Work<T> {
    T run(Progress progress, Cancellation cancel) throws Exception;
}
