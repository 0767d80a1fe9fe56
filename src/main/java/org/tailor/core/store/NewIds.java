package org.tailor.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * New customer or item rows of a bulk import (row id, external id, suspect note) waiting to be written together:
 * one multi-row INSERT per {@link #ROWS} new ids instead of one statement each (a file introducing 50,000
 * customers spent half a second on single-row inserts). The ids are chosen by {@link ImportWriter}, so nothing
 * needs the rows before {@link #write} runs; it runs before any update of those rows and when the import ends.
 */
final class NewIds {
    static final int ROWS = 256;

    private final String table;
    private final long[] id = new long[ROWS];
    private final String[] external = new String[ROWS];
    private final String[] suspect = new String[ROWS];
    private PreparedStatement full;
    private int size;

    NewIds(String table) {
        this.table = table;
    }

    /** Queues one row; returns true when the buffer is full. */
    boolean add(long rowId, String externalId, String suspectNote) {
        id[size] = rowId;
        external[size] = externalId;
        suspect[size] = suspectNote;
        return ++size == ROWS;
    }

    /** Writes the queued rows (a full buffer through one prepared statement kept for the next time). */
    void write(Connection c, long importId) {
        if (size == 0) {
            return;
        }
        try {
            PreparedStatement ps;
            if (size == ROWS) {
                if (full == null) {
                    full = c.prepareStatement(sql(ROWS, importId));
                }
                ps = full;
            } else {
                ps = c.prepareStatement(sql(size, importId));
            }
            for (int i = 0; i < size; i++) {
                ps.setLong(3 * i + 1, id[i]);
                ps.setString(3 * i + 2, external[i]);
                ps.setString(3 * i + 3, suspect[i]);
            }
            ps.executeUpdate();
            if (ps != full) {
                ps.close();
            }
            size = 0;
        } catch (SQLException e) {
            throw new DataStoreException("Cannot store new " + table + " ids (" + external[0] + " ...): "
                    + e.getMessage(), e);
        }
    }

    private String sql(int rows, long importId) {
        String one = "(?,?," + importId + ",?)";
        return "INSERT INTO " + table + "(id, external_id, import_id, suspect) VALUES "
                + (one + ",").repeat(rows - 1) + one;
    }

    void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }
}
