package org.tailor.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Settings of the bulk path of {@link ImportWriter}: secondary interaction indexes of older workspaces are dropped
 * (the workspace no longer keeps any, see schema.sql) and the work runs under a rollback journal. All of it runs
 * inside the import's transaction.
 */
final class BulkMode {
    private BulkMode() {
    }

    /** Drops the interaction indexes older workspaces have (schema.sql says why there are none now). */
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
                System.getLogger(BulkMode.class.getName()).log(System.Logger.Level.WARNING,
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
}
