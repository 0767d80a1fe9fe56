package org.tailor.ui.common;

import java.util.ArrayList;
import java.util.List;
import org.tailor.core.task.CancelledException;

/** Holds tasks until the test finishes them one by one (to test latest-wins and cancel ordering). */
public final class ManualTaskRunner implements TaskRunner {
    /** A held task. */
    public final class Pending<T> implements TaskHandle {
        private final Work<T> work;
        private final TaskListener<T> listener;
        private boolean cancelled;
        private boolean done;

        Pending(Work<T> work, TaskListener<T> listener) {
            this.work = work;
            this.listener = listener;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isDone() {
            return done;
        }

        /** Runs the work now and delivers its outcome, as FxTaskRunner would on the FX thread. */
        public void finish() {
            done = true;
            try {
                T value = work.run(listener::progress, () -> cancelled);
                if (cancelled) {
                    listener.cancelled();
                } else {
                    listener.succeeded(value);
                }
            } catch (CancelledException e) {
                listener.cancelled();
            } catch (Exception e) {
                listener.failed(e);
            }
        }
    }

    private final List<Pending<?>> pending = new ArrayList<>();

    @Override
    public <T> TaskHandle run(String title, Work<T> work, TaskListener<T> listener) {
        Pending<T> p = new Pending<>(work, listener);
        pending.add(p);
        return p;
    }

    public Pending<?> get(int index) {
        return pending.get(index);
    }

    public int size() {
        return pending.size();
    }
}
