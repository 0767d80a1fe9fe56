package org.tailor.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO persona_run(params, data_version, result,"
                    + " created_at) VALUES (?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, paramsJson);
                ps.setString(2, dataVersion);
                ps.setString(3, resultJson);
                ps.setString(4, Instant.now().toString());
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
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
