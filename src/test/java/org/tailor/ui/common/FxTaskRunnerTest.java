package org.tailor.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

@Tag("ui")
class FxTaskRunnerTest {
    private final FxTaskRunner runner = new FxTaskRunner(1);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void runsOffTheFxThreadAndCallsBackOnIt() throws Exception {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        List<Boolean> workOnFx = new CopyOnWriteArrayList<>();
        runner.run("work", (progress, cancel) -> {
            workOnFx.add(Platform.isFxApplicationThread());
            progress.report(0.5, "half");
            return 6 * 7;
        }, new TaskListener<Integer>() {
            @Override
            public void succeeded(Integer value) {
                outcome.complete(value + " on fx=" + Platform.isFxApplicationThread());
            }

            @Override
            public void failed(Throwable error) {
                outcome.complete("failed " + error);
            }
        });
        assertEquals("42 on fx=true", outcome.get(10, TimeUnit.SECONDS));
        assertEquals(List.of(false), workOnFx);
    }

    @Test
    void cancelReachesTheWorkAndIsReportedAsCancelledNotFailed() throws Exception {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        CompletableFuture<Void> started = new CompletableFuture<>();
        TaskHandle handle = runner.run("loop", (progress, cancel) -> {
            started.complete(null);
            while (true) {
                cancel.check();
                Thread.onSpinWait();
            }
        }, new TaskListener<Object>() {
            @Override
            public void succeeded(Object value) {
                outcome.complete("succeeded");
            }

            @Override
            public void failed(Throwable error) {
                outcome.complete("failed");
            }

            @Override
            public void cancelled() {
                outcome.complete("cancelled");
            }
        });
        started.get(10, TimeUnit.SECONDS);
        handle.cancel();
        assertEquals("cancelled", outcome.get(10, TimeUnit.SECONDS));
        assertTrue(handle.isDone());
    }
}
