package org.tailor.ui.common;

import java.util.ArrayList;
import java.util.List;
import org.tailor.core.task.CancelledException;

/** Runs work synchronously on the caller's thread (ViewModel tests); records the titles it ran. */
public final class ImmediateTaskRunner implements TaskRunner {
    private final List<String> titles = new ArrayList<>();
    private boolean cancelNext;

    @Override
    public <T> TaskHandle run(String title, Work<T> work, TaskListener<T> listener) {
        titles.add(title);
        boolean cancelled = cancelNext;
        cancelNext = false;
        try {
            T value = work.run(listener::progress, () -> cancelled);
            listener.succeeded(value);
        } catch (CancelledException e) {
            listener.cancelled();
        } catch (Exception e) {
            listener.failed(e);
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }

    /** The next work sees a cancelled {@code Cancellation} (as if the user pressed Cancel at once). */
    public void cancelNext() {
        cancelNext = true;
    }

    public List<String> titles() {
        return titles;
    }
}
