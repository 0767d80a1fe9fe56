package org.tailor.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Finds the rows an import just appended (row id {@code >= firstRow}) whose natural key a row stored before it
 * already has, deletes them and reports them by source line. Used for a file smaller than what is stored (a
 * larger one loads the stored keys into memory instead). Two queries, no index needed: SQLite keeps the new rows'
 * keys in a temporary b-tree and scans the stored rows once against it; only when that finds a key are the new
 * rows scanned for it. Runs inside the import's transaction; SQLite polls {@code cancelled} every 20,000 steps.
 */
final class StoredDuplicates {
    private StoredDuplicates() {
    }

    static long remove(Connection c, long firstRow, ImportWriter.DuplicateListener duplicates,
                       BooleanSupplier cancelled) {
        return Interruptible.run(c, cancelled, "check the imported interactions against the stored ones",
                () -> removeChecked(c, firstRow, duplicates));
    }

    private static long removeChecked(Connection c, long firstRow, ImportWriter.DuplicateListener duplicates)
            throws SQLException {
        KeySet stored = new KeySet(16);
        try (PreparedStatement ps = c.prepareStatement("SELECT natural_key FROM interaction WHERE id < ?1 AND"
                + " natural_key IN (SELECT natural_key FROM interaction WHERE id >= ?1)")) {
            ps.setLong(1, firstRow);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getLong(1));
                }
            }
        }
        if (stored.size() == 0) {
            return 0;
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, source_line, order_id, natural_key, kind FROM"
                + " interaction WHERE id >= ? ORDER BY id")) {
            ps.setLong(1, firstRow);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (stored.contains(rs.getLong(4))) {
                        ids.add(rs.getLong(1));
                        duplicates.duplicate(rs.getLong(2), rs.getString(3), rs.getString(5));
                    }
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
        return ids.size();
    }
}
