package org.tailor.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The differential-privacy budget ledger: one row per release (query key, epsilon spent, stored JSON result). */
public final class PrivacyLedgerRepository {
    private final Workspace ws;

    public PrivacyLedgerRepository(Workspace ws) {
        this.ws = ws;
    }

    public long record(String query, double epsilon, String resultJson) {
        return ws.inTransaction(c -> {
            return Workspace.insertReturningId(c, "INSERT INTO privacy_ledger(query, epsilon, result, created_at)"
                    + " VALUES (?,?,?,?)", query, epsilon, resultJson, Instant.now().toString());
        });
    }

    /** Total epsilon recorded so far. */
    public double spent() {
        try (PreparedStatement ps = ws.connection().prepareStatement("SELECT COALESCE(SUM(epsilon), 0) FROM privacy_ledger");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getDouble(1) : 0;
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read the privacy ledger", e);
        }
    }

    /** The latest stored release of a query (params = query key, result = JSON). */
    public Optional<StoredRun> latest(String query) {
        try (PreparedStatement ps = ws.connection().prepareStatement("SELECT id, query, result, created_at"
                + " FROM privacy_ledger WHERE query = ? ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, query);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredRun(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read the privacy ledger", e);
        }
    }

    /** Every ledger entry, oldest first (params = query key). */
    public List<StoredRun> all() {
        List<StoredRun> out = new ArrayList<>();
        try (PreparedStatement ps = ws.connection().prepareStatement(
                "SELECT id, query, result, created_at FROM privacy_ledger ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredRun(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read the privacy ledger", e);
        }
        return out;
    }
}
