package org.tailor.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BooleanSupplier;
import org.sqlite.ProgressHandler;
import org.tailor.core.task.CancelledException;

/**
 * Runs SQL work that may take seconds on a large workspace so that a cancel stops it: SQLite polls
 * {@code cancelled} every 20,000 virtual-machine steps and interrupts the statement, which becomes a
 * {@link CancelledException}. Used inside an import's transaction, which the caller then rolls back.
 */
final class Interruptible {
    /** SQL work on the connection. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private Interruptible() {
    }

    static <T> T run(Connection c, BooleanSupplier cancelled, String what, Work<T> work) {
        try {
            ProgressHandler.setHandler(c, 20_000, new ProgressHandler() {
                @Override
                protected int progress() {
                    return cancelled.getAsBoolean() ? 1 : 0;
                }
            });
            try {
                return work.run();
            } finally {
                ProgressHandler.clearHandler(c);
            }
        } catch (SQLException | DataStoreException e) {
            if (cancelled.getAsBoolean()) {
                reopenAfterInterrupt(c);
                throw new CancelledException();
            }
            if (e instanceof DataStoreException d) {
                throw d;
            }
            throw new DataStoreException("Cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * SQLite rolls the whole transaction back itself when a write statement is interrupted. Open an empty one so
     * the caller's rollback ({@link Workspace#inTransaction}) has a transaction to end.
     */
    private static void reopenAfterInterrupt(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN");
        } catch (SQLException stillOpen) {
            // the transaction survived the interrupt; the caller's rollback ends it
        }
    }
}
