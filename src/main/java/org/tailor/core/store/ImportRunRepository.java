package org.tailor.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code import_run} table: one row per imported file, written inside that file's transaction. */
public final class ImportRunRepository {
    /** One import run as stored; {@code report} is the JSON import report. */
    public record ImportRun(long id, String fileName, String fileSha256, String entity, String preset,
                            String encoding, String delimiter, long rowsRead, long rowsStored, long rowsRejected,
                            String report, String startedAt, String finishedAt) {
    }

    private final Workspace ws;

    public ImportRunRepository(Workspace ws) {
        this.ws = ws;
    }

    /** Starts a run and returns its id; call inside the import's transaction. */
    public long start(String fileName, String fileSha256, String entity, String preset, String encoding,
                      String delimiter, String mappingJson) {
        String sql = "INSERT INTO import_run(file_name, file_sha256, entity, preset, encoding, delimiter, mapping,"
                + " started_at) VALUES (?,?,?,?,?,?,?,?)";
        try {
            return Workspace.insertReturningId(ws.connection(), sql, fileName, fileSha256, entity, preset, encoding,
                    delimiter, mappingJson, Instant.now().toString());
        } catch (SQLException e) {
            throw new DataStoreException("Cannot record the import of " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** Completes a run with its counts and JSON report. */
    public void finish(long id, long rowsRead, long rowsStored, long rowsRejected, String reportJson) {
        String sql = "UPDATE import_run SET rows_read = ?, rows_stored = ?, rows_rejected = ?, report = ?,"
                + " finished_at = ? WHERE id = ?";
        try (PreparedStatement ps = ws.connection().prepareStatement(sql)) {
            ps.setLong(1, rowsRead);
            ps.setLong(2, rowsStored);
            ps.setLong(3, rowsRejected);
            ps.setString(4, reportJson);
            ps.setString(5, Instant.now().toString());
            ps.setLong(6, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot finish import run " + id + ": " + e.getMessage(), e);
        }
    }

    /** Stores the SHA-256 (hex) of the file run {@code id} read. */
    public void recordSha256(long id, String sha256) {
        try (PreparedStatement ps = ws.connection().prepareStatement(
                "UPDATE import_run SET file_sha256 = ? WHERE id = ?")) {
            ps.setString(1, sha256);
            ps.setLong(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot record the file hash of import run " + id + ": " + e.getMessage(), e);
        }
    }

    /** The run with this id, if any. */
    public java.util.Optional<ImportRun> find(long id) {
        return findAll().stream().filter(r -> r.id() == id).findFirst();
    }

    /** Every run, newest first. */
    public List<ImportRun> findAll() {
        String sql = "SELECT id, file_name, file_sha256, entity, preset, encoding, delimiter, rows_read, rows_stored,"
                + " rows_rejected, report, started_at, finished_at FROM import_run ORDER BY id DESC";
        List<ImportRun> out = new ArrayList<>();
        try (PreparedStatement ps = ws.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ImportRun(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9),
                        rs.getLong(10), rs.getString(11), rs.getString(12), rs.getString(13)));
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read import runs: " + e.getMessage(), e);
        }
        return out;
    }
}
