package org.tailor.core.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Flags near-duplicate events of one import: an interaction whose customer, item, kind and value repeat an earlier
 * interaction (of any import) at most {@code window} seconds before it. Exact repeats never reach the table (the
 * natural key skips them); near-duplicates are kept, marked {@code suspect}, so a re-import with another window
 * undoes the flag. The later event of a pair is flagged (the earlier by row id when both share a timestamp).
 * One UPDATE statement after the rows are written, using the {@code interaction_customer(customer_id, ts)} index;
 * it joins the caller's transaction when there is one.
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
        String sql = "UPDATE interaction AS i SET suspect = COALESCE(suspect || '; ', '') || ?"
                + " WHERE i.import_id = ? AND i.ts IS NOT NULL AND (i.suspect IS NULL OR i.suspect NOT LIKE ?)"
                + " AND EXISTS (SELECT 1 FROM interaction o WHERE o.customer_id = i.customer_id"
                + " AND o.ts BETWEEN i.ts - ? AND i.ts AND o.id <> i.id AND (o.ts < i.ts OR o.id < i.id)"
                + " AND o.item_id IS i.item_id AND o.kind = i.kind AND o.value IS i.value)";
        try (PreparedStatement ps = ws.connection().prepareStatement(sql)) {
            ps.setString(1, NOTE + windowSeconds + " s");
            ps.setLong(2, importId);
            ps.setString(3, "%near-duplicate%");
            ps.setLong(4, windowSeconds);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot flag near-duplicate events: " + e.getMessage(), e);
        }
    }
}
