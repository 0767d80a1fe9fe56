package org.tailor.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;
import org.tailor.core.task.CancelledException;

/**
 * Runs work as a {@link Task} on a small pool of daemon threads. Core {@code Progress} becomes
 * {@code updateProgress}/{@code updateMessage} (a negative fraction means "unknown"), {@code isCancelled} becomes the
 * {@code Cancellation}. Listener callbacks run on the FX thread.
 *
 * <p>The workspace is one SQLite connection, so the default pool has one thread: tasks queue rather than touch
 * the connection at the same time. Cancelled tasks leave the queue without running.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService pool;

    public FxTaskRunner(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tailor-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> TaskHandle run(String title, Work<T> work, TaskListener<T> listener) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                updateMessage(title);
                return work.run((fraction, message) -> {
                    if (fraction < 0) {
                        updateProgress(-1, 1);
                    } else {
                        updateProgress(Math.min(1.0, fraction), 1.0);
                    }
                    if (message != null) {
                        updateMessage(message);
                    }
                }, this::isCancelled);
            }
        };
        task.progressProperty().addListener((o, a, b) -> listener.progress(task.getProgress(), task.getMessage()));
        task.messageProperty().addListener((o, a, b) -> listener.progress(task.getProgress(), task.getMessage()));
        task.setOnSucceeded(e -> listener.succeeded(task.getValue()));
        task.setOnCancelled(e -> listener.cancelled());
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (error instanceof CancelledException) {
                listener.cancelled();
            } else {
                listener.failed(error);
            }
        });
        pool.execute(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel(false);
            }

            @Override
            public boolean isDone() {
                return task.isDone(); // FutureTask state: safe from any thread
            }
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
