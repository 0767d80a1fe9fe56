package org.tailor.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.sqlite.ProgressHandler;
import org.tailor.core.task.CancelledException;

/**
 * The bulk path of {@link ImportWriter}: drop the natural-key index, append rows, then rebuild it with one sort. Duplicates (same natural key as an earlier row, in this file or before) are found when the unique
 * index cannot be built, deleted, and reported by source line. All of it runs inside the import's transaction.
 */
final class BulkIndexes {
    /** The one interaction index of schema.sql, dropped and rebuilt around a bulk import. */
    static final String NATURAL_KEY_INDEX = "CREATE UNIQUE INDEX interaction_natural_key ON interaction(natural_key)";

    private BulkIndexes() {
    }

    /** Drops the natural-key index, and the secondary indexes older workspaces have (schema.sql says why). */
    static void drop(Statement st) throws SQLException {
        st.execute("DROP INDEX IF EXISTS interaction_natural_key");
        st.execute("DROP INDEX IF EXISTS interaction_customer");
        st.execute("DROP INDEX IF EXISTS interaction_item");
    }

    /**
     * Runs a bulk import with SQLite's rollback journal instead of the write-ahead log: new pages then go straight
     * into the database file once, instead of into the log and again at the checkpoint. Crash safety is the same
     * (a hot journal is rolled back on the next open); the workspace returns to WAL mode afterwards. When another
     * connection holds the file (the switch needs it alone) the work simply runs in WAL mode.
     * <p>
     * Foreign-key checks are off for this connection during the work (they cost two lookups per appended row):
     * {@link ImportWriter} takes every customer and item row id from rows it found or inserted itself in the same
     * transaction, so the references hold by construction. They are back on afterwards, whatever happened.
     */
    static <T> T withRollbackJournal(Workspace ws, java.util.function.Supplier<T> work) {
        boolean switched = journal(ws, "DELETE").equalsIgnoreCase("delete");
        foreignKeys(ws, false);
        try {
            return work.get();
        } finally {
            foreignKeys(ws, true);
            if (switched && !journal(ws, "WAL").equalsIgnoreCase("wal")) {
                // The work is committed (or rolled back) already; the rollback journal is just as crash-safe, and
                // the workspace goes back to WAL the next time it is opened. Failing here would report a stored
                // import as failed (seen when another reader was busy on the connection).
                System.getLogger(BulkIndexes.class.getName()).log(System.Logger.Level.WARNING,
                        "The workspace stays in rollback-journal mode until it is opened again");
            }
        }
    }

    private static void foreignKeys(Workspace ws, boolean on) {
        try (Statement st = ws.connection().createStatement()) {
            st.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        } catch (SQLException e) {
            throw new DataStoreException("Cannot switch foreign-key checks " + (on ? "on" : "off") + ": "
                    + e.getMessage(), e);
        }
    }

    /** Asks for a journal mode and returns the mode SQLite reports (unchanged when the switch was refused). */
    private static String journal(Workspace ws, String mode) {
        try (Statement st = ws.connection().createStatement();
             ResultSet rs = st.executeQuery("PRAGMA journal_mode = " + mode)) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            return "";
        }
    }

    /**
     * Rebuilds the natural-key index after a bulk append, first deleting rows whose natural key an earlier row
     * has (reported through {@code duplicates} when they belong to this import, i.e. {@code id >= firstRow}).
     * SQLite polls {@code cancelled} every 20,000 steps and stops with {@link CancelledException}.
     * Returns how many of this import's rows were removed as duplicates.
     */
    static long rebuild(Connection c, long firstRow, ImportWriter.DuplicateListener duplicates,
                        BooleanSupplier cancelled) {
        long removed = 0;
        try (Statement st = c.createStatement()) {
            ProgressHandler.setHandler(c, 20_000, new ProgressHandler() {
                @Override
                protected int progress() {
                    return cancelled.getAsBoolean() ? 1 : 0;
                }
            });
            try {
                st.execute(NATURAL_KEY_INDEX);
            } catch (SQLException e) {
                if (cancelled.getAsBoolean()) {
                    throw e;
                }
                removed = removeDuplicates(c, st, firstRow, duplicates);
                st.execute(NATURAL_KEY_INDEX);
            }
        } catch (SQLException e) {
            if (cancelled.getAsBoolean()) {
                reopenAfterInterrupt(c);
                throw new CancelledException();
            }
            throw new DataStoreException("Cannot index the imported interactions: " + e.getMessage(), e);
        } finally {
            try {
                ProgressHandler.clearHandler(c);
            } catch (SQLException e) {
                throw new DataStoreException("Cannot finish indexing: " + e.getMessage(), e);
            }
        }
        return removed;
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

    /** Deletes every interaction whose natural key an earlier row already has, reporting the new ones by line. */
    private static long removeDuplicates(Connection c, Statement st, long firstRow,
                                         ImportWriter.DuplicateListener duplicates) throws SQLException {
        long removed = 0;
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT id, source_line, order_id FROM (SELECT id, source_line, order_id,"
                + " ROW_NUMBER() OVER (PARTITION BY natural_key ORDER BY id) AS rn FROM interaction) WHERE rn > 1"
                + " ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                ids.add(id);
                if (id >= firstRow) {
                    removed++;
                    duplicates.duplicate(rs.getLong(2), rs.getString(3));
                }
            }
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM interaction WHERE id = ?")) {
            for (long id : ids) {
                del.setLong(1, id);
                del.addBatch();
            }
            del.executeBatch();
        }
        return removed;
    }
}
