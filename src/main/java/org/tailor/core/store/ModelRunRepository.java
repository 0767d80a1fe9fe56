package org.tailor.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Saved recommender runs in the {@code model_run} table: variant, parameters, data version, metrics and model blob. */
public final class ModelRunRepository {
    private final Workspace ws;

    public ModelRunRepository(Workspace ws) {
        this.ws = ws;
    }

    /** A stored run; {@code model} may be null for a run saved without its model. */
    public record ModelRun(long id, String variant, String params, String split, Long seed, String dataVersion,
                           String metrics, Double trainSeconds, byte[] model, String createdAt) {
    }

    /** Inserts a run (its id is ignored) and returns the new id. */
    public long save(ModelRun run) {
        return ws.inTransaction(c -> {
            return Workspace.insertReturningId(c, "INSERT INTO model_run (variant, params, split, seed, data_version,"
                    + " metrics, train_seconds, model, created_at) VALUES (?,?,?,?,?,?,?,?,?)", run.variant(),
                    run.params(), run.split(), run.seed(), run.dataVersion(), run.metrics(), run.trainSeconds(),
                    run.model(), run.createdAt() == null ? Instant.now().toString() : run.createdAt());
        });
    }

    public Optional<ModelRun> find(long id) {
        try (PreparedStatement ps = ws.connection().prepareStatement("SELECT id, variant, params, split, seed, "
                + "data_version, metrics, train_seconds, model, created_at FROM model_run WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs, true)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read model run " + id, e);
        }
    }

    /** Every run, newest first, without the model blobs. */
    public List<ModelRun> list() {
        List<ModelRun> out = new ArrayList<>();
        try (PreparedStatement ps = ws.connection().prepareStatement("SELECT id, variant, params, split, seed, "
                + "data_version, metrics, train_seconds, NULL, created_at FROM model_run ORDER BY id DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs, false));
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot list model runs", e);
        }
        return out;
    }

    private static ModelRun read(ResultSet rs, boolean withModel) throws SQLException {
        Object seed = rs.getObject(5);
        Object secs = rs.getObject(8);
        return new ModelRun(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                seed == null ? null : rs.getLong(5), rs.getString(6), rs.getString(7),
                secs == null ? null : rs.getDouble(8), withModel ? rs.getBytes(9) : null, rs.getString(10));
    }
}
