package org.tailor.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads the rows an import rejected (written by {@link ImportWriter} in the import's transaction). */
public final class RejectedRowRepository {
    /** One rejected source row: file, physical line (1-based), column (may be null), reason and raw text. */
    public record RejectedRow(long importId, String fileName, long line, String column, String reason, String raw) {
    }

    private final Workspace ws;

    public RejectedRowRepository(Workspace ws) {
        this.ws = ws;
    }

    /** The rejected rows of one import run, in line order. */
    public List<RejectedRow> findByImport(long importId) {
        List<RejectedRow> out = new ArrayList<>();
        forEach(importId, out::add);
        return out;
    }

    /**
     * Deletes the rejected rows that earlier runs of the same file (same SHA-256) keep: run {@code importId} read
     * the same lines again, so its rejected rows say what is rejected now (a row accepted this time, or rejected
     * for another reason, is not listed twice or as stale). Returns how many were deleted.
     */
    public long supersedeEarlier(long importId, String sha256) {
        String sql = "DELETE FROM rejected_row WHERE import_id IN (SELECT id FROM import_run WHERE file_sha256 = ?"
                + " AND id <> ?)";
        try (PreparedStatement ps = ws.connection().prepareStatement(sql)) {
            ps.setString(1, sha256);
            ps.setLong(2, importId);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot compare rejected rows with earlier imports: " + e.getMessage(), e);
        }
    }

    /**
     * Like {@link #supersedeEarlier(long, String)}, limited to earlier runs that imported the file as the same
     * {@code entity}: the same bytes read as customers say nothing about the events they failed to store.
     */
    public long supersedeEarlier(long importId, String sha256, String entity) {
        String sql = "DELETE FROM rejected_row WHERE import_id IN (SELECT id FROM import_run WHERE file_sha256 = ?"
                + " AND id <> ? AND entity IS ?)";
        try (PreparedStatement ps = ws.connection().prepareStatement(sql)) {
            ps.setString(1, sha256);
            ps.setLong(2, importId);
            ps.setString(3, entity);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot compare rejected rows with earlier imports: " + e.getMessage(), e);
        }
    }

    /** Streams the rejected rows of one import run ({@code importId} null: of every run), in run and line order. */
    public void forEach(Long importId, Consumer<RejectedRow> visitor) {
        String sql = "SELECT import_id, file_name, line, column_name, reason, raw FROM rejected_row"
                + (importId == null ? "" : " WHERE import_id = ?") + " ORDER BY import_id, line, id";
        try (PreparedStatement ps = ws.connection().prepareStatement(sql)) {
            if (importId != null) {
                ps.setLong(1, importId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    visitor.accept(new RejectedRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read rejected rows: " + e.getMessage(), e);
        }
    }
}
