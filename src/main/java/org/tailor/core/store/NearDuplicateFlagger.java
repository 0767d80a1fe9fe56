package org.tailor.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Flags near-duplicate events of one import: an interaction whose customer, item, kind and value repeat an earlier
 * interaction (of any import) at most {@code window} seconds before it. Exact repeats never reach the table (the
 * natural key skips them); near-duplicates are kept, marked {@code suspect}, so a re-import with another window
 * undoes the flag. The later event of a pair is flagged (the earlier by row id when both share a timestamp).
 * One UPDATE after the rows are written: a window function orders each (customer, item, kind, value) group by time
 * once (O(n log n), no index needed) and compares every event of this import with the one just before it; when any
 * earlier event lies within the window, the one just before does too. It joins the caller's transaction.
 */
public final class NearDuplicateFlagger {
    private NearDuplicateFlagger() {
    }

    /** The suspect note, followed by the window in seconds. */
    public static final String NOTE = "near-duplicate: same customer, item, kind and value within ";

    /** Flags on a connection, sorting the events of every customer of the import; a window of 0 or less flags none. */
    static long flagAll(Connection c, long importId, long windowSeconds) {
        return windowSeconds <= 0 ? 0 : update(c, importId, windowSeconds,
                "customer_id IN (SELECT DISTINCT customer_id FROM interaction WHERE import_id = " + importId + ")");
    }

    /**
     * As {@link #flagAll}, but only the customers that can have a near-duplicate are sorted: those in
     * {@code repeated} (customers of this import whose customer, item, kind and value occur more than once in it,
     * found by {@link ImportWriter} as the rows went by through {@link GroupFingerprints}; a superset is fine)
     * and customers of this import that
     * have interactions from before it (row id below {@code firstRow}). Every other customer's events of this
     * import are all in groups of one, so none can be flagged; the result is the same as the full pass.
     */
    static long flag(Connection c, long importId, long windowSeconds, long firstRow, java.util.BitSet repeated) {
        if (windowSeconds <= 0 || repeated.isEmpty() && firstRow <= 1) {
            return 0;   // every group of the import is a group of one, and nothing was stored before it
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS near_duplicate_candidate(customer_id INTEGER PRIMARY KEY)");
            st.execute("DELETE FROM temp.near_duplicate_candidate");
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO temp.near_duplicate_candidate VALUES (?)")) {
                int n = 0;
                for (int id = repeated.nextSetBit(0); id >= 0; id = repeated.nextSetBit(id + 1)) {
                    ins.setLong(1, id);
                    ins.addBatch();
                    if (++n % 4096 == 0) {
                        ins.executeBatch();
                    }
                }
                ins.executeBatch();
            }
            if (firstRow > 1) {
                st.execute("INSERT OR IGNORE INTO temp.near_duplicate_candidate SELECT DISTINCT customer_id FROM"
                        + " interaction WHERE id < " + firstRow + " AND customer_id IN (SELECT customer_id FROM"
                        + " interaction WHERE id >= " + firstRow + ")");
            }
            long flagged = update(c, importId, windowSeconds,
                    "customer_id IN (SELECT customer_id FROM temp.near_duplicate_candidate)");
            st.execute("DROP TABLE temp.near_duplicate_candidate");
            return flagged;
        } catch (SQLException e) {
            throw new DataStoreException("Cannot flag near-duplicate events: " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #flag}, for an import into a workspace that held no interactions: {@code rows} are the row ids of
     * every row of the import's candidate customers (all their rows, so every group is whole), read by id.
     */
    static long flagRows(Connection c, long importId, long windowSeconds, long[] rows) {
        if (windowSeconds <= 0 || rows.length == 0) {
            return 0;
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS near_duplicate_row(id INTEGER PRIMARY KEY)");
            st.execute("DELETE FROM temp.near_duplicate_row");
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO temp.near_duplicate_row VALUES (?)")) {
                for (int i = 0; i < rows.length; i++) {
                    ins.setLong(1, rows[i]);
                    ins.addBatch();
                    if ((i + 1) % 4096 == 0) {
                        ins.executeBatch();
                    }
                }
                ins.executeBatch();
            }
            long flagged = update(c, importId, windowSeconds, "id IN (SELECT id FROM temp.near_duplicate_row)");
            st.execute("DROP TABLE temp.near_duplicate_row");
            return flagged;
        } catch (SQLException e) {
            throw new DataStoreException("Cannot flag near-duplicate events: " + e.getMessage(), e);
        }
    }

    private static long update(Connection c, long importId, long windowSeconds, String rows) {
        String sql = "UPDATE interaction SET suspect = COALESCE(suspect || '; ', '') || ? WHERE id IN ("
                + " SELECT id FROM (SELECT id, import_id, ts, suspect,"
                + "  LAG(ts) OVER (PARTITION BY customer_id, item_id, kind, value ORDER BY ts, id) AS prev_ts"
                + "  FROM interaction WHERE ts IS NOT NULL AND " + rows + ")"
                + " WHERE import_id = ? AND prev_ts IS NOT NULL AND ts - prev_ts <= ?"
                + " AND (suspect IS NULL OR suspect NOT LIKE ?))";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, NOTE + windowSeconds + " s");
            ps.setLong(2, importId);
            ps.setLong(3, windowSeconds);
            ps.setString(4, "%near-duplicate%");
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot flag near-duplicate events: " + e.getMessage(), e);
        }
    }
}
