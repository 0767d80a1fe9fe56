package org.tailor.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Stores persona runs (parameters, data version and the JSON report) so campaigns can refer to personas by name. */
public final class PersonaRunRepository {
    private final Workspace ws;

    public PersonaRunRepository(Workspace ws) {
        this.ws = ws;
    }

    /** Stores one run and returns its id. */
    public long save(String paramsJson, String dataVersion, String resultJson) {
        return ws.inTransaction(c -> {
            return Workspace.insertReturningId(c, "INSERT INTO persona_run(params, data_version, result, created_at)"
                    + " VALUES (?,?,?,?)", paramsJson, dataVersion, resultJson, Instant.now().toString());
        });
    }

    /** The most recent run, if any. */
    public Optional<StoredRun> latest() {
        try (PreparedStatement ps = ws.connection().prepareStatement(
                "SELECT id, params, result, created_at FROM persona_run ORDER BY id DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new StoredRun(rs.getLong(1), rs.getString(2), rs.getString(3),
                    rs.getString(4))) : Optional.empty();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read persona runs", e);
        }
    }
}
