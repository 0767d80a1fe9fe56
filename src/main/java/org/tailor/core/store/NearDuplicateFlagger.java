package org.tailor.core.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

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
    /** The suspect note, followed by the window in seconds. */
    public static final String NOTE = "near-duplicate: same customer, item, kind and value within ";

    private final Workspace ws;

    public NearDuplicateFlagger(Workspace ws) {
        this.ws = ws;
    }

    /** Flags the import's near-duplicates and returns how many rows were flagged; a window of 0 or less flags none. */
    public long flag(long importId, long windowSeconds) {
        if (windowSeconds <= 0) {
            return 0;
        }
        String sql = "UPDATE interaction SET suspect = COALESCE(suspect || '; ', '') || ? WHERE id IN ("
                + " SELECT id FROM (SELECT id, import_id, ts, suspect,"
                + "  LAG(ts) OVER (PARTITION BY customer_id, item_id, kind, value ORDER BY ts, id) AS prev_ts"
                + "  FROM interaction WHERE ts IS NOT NULL AND customer_id IN"
                + "   (SELECT DISTINCT customer_id FROM interaction WHERE import_id = ?))"
                + " WHERE import_id = ? AND prev_ts IS NOT NULL AND ts - prev_ts <= ?"
                + " AND (suspect IS NULL OR suspect NOT LIKE ?))";
        try (PreparedStatement ps = ws.connection().prepareStatement(sql)) {
            ps.setString(1, NOTE + windowSeconds + " s");
            ps.setLong(2, importId);
            ps.setLong(3, importId);
            ps.setLong(4, windowSeconds);
            ps.setString(5, "%near-duplicate%");
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot flag near-duplicate events: " + e.getMessage(), e);
        }
    }
}
