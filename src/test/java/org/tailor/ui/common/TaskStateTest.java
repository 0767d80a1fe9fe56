package org.tailor.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tailor.core.task.CancelledException;

class TaskStateTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final StatusModel status = new StatusModel();

    @Test
    void successDeliversValueAndSaysDone() {
        TaskState state = new TaskState(new ImmediateTaskRunner(), dialogs, i18n, status);
        List<Integer> got = new ArrayList<>();
        state.run("Sum", (p, c) -> {
            p.report(0.5, "half way");
            return 2 + 3;
        }, got::add);
        assertEquals(List.of(5), got);
        assertFalse(state.isRunning());
        assertEquals("Done", state.getMessage());
        assertEquals("Done", status.getMessage());
        assertTrue(dialogs.errors().isEmpty());
    }

    @Test
    void failureGoesToErrorDialogWithTitle() {
        TaskState state = new TaskState(new ImmediateTaskRunner(), dialogs, i18n, status);
        state.run("Import", (p, c) -> {
            throw new IllegalArgumentException("Row 42: 'age' is not a number");
        }, v -> { });
        assertEquals(1, dialogs.errors().size());
        assertEquals("Import", dialogs.errors().get(0).title());
        assertEquals("Row 42: 'age' is not a number", dialogs.errors().get(0).error().getMessage());
        assertEquals("Import failed", state.getMessage());
    }

    @Test
    void cancelIsNotAnError() {
        ImmediateTaskRunner runner = new ImmediateTaskRunner();
        TaskState state = new TaskState(runner, dialogs, i18n, status);
        runner.cancelNext();
        List<String> got = new ArrayList<>();
        state.run("Train", (p, c) -> {
            c.check();
            return "trained";
        }, got::add);
        assertTrue(got.isEmpty());
        assertTrue(dialogs.errors().isEmpty());
        assertEquals("Cancelled", state.getMessage());
        assertFalse(state.isRunning());
    }

    @Test
    void notAvailableOnlyNotifies() {
        TaskState state = new TaskState(new ImmediateTaskRunner(), dialogs, i18n, status);
        state.run("Sample", (p, c) -> {
            throw new NotAvailableException("feature.sampleImport");
        }, v -> { });
        assertTrue(dialogs.errors().isEmpty());
        assertEquals(List.of("Sample import is not available in this build yet"), dialogs.notifications());
    }

    @Test
    void latestWinsCancelsThePreviousWorkAndIgnoresItsResult() {
        ManualTaskRunner runner = new ManualTaskRunner();
        TaskState state = new TaskState(runner, dialogs, i18n, status);
        List<String> shown = new ArrayList<>();
        state.run("first", (p, c) -> "first result", shown::add);
        state.run("second", (p, c) -> "second result", shown::add);
        assertTrue(state.isRunning());
        runner.get(1).finish();
        runner.get(0).finish(); // the older one arrives late and cancelled: ignored
        assertEquals(List.of("second result"), shown);
        assertEquals("Done", state.getMessage());
    }

    @Test
    void statusBarFollowsTheMostRecentlyStartedTaskAndCancelsIt() {
        ManualTaskRunner runner = new ManualTaskRunner();
        TaskState a = new TaskState(runner, dialogs, i18n, status);
        TaskState b = new TaskState(runner, dialogs, i18n, status);
        a.run("A", (p, c) -> 1, v -> { });
        b.run("B", (p, c) -> {
            if (c.isCancelled()) {
                throw new CancelledException();
            }
            return 2;
        }, v -> { });
        assertEquals("B", status.getMessage());
        status.cancel();
        runner.get(1).finish();
        assertEquals("Cancelled", b.getMessage());
        assertEquals("Cancelled", status.getMessage());
        assertTrue(a.isRunning());
    }

    @Test
    void finalStatusFollowsTheLanguage() {
        TaskState state = new TaskState(new ImmediateTaskRunner(), dialogs, i18n, status);
        state.run("Sum", (p, c) -> 1, v -> { });
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("完成", state.getMessage());
        assertEquals("完成", status.getMessage());
    }
}
