package org.tailor.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.tailor.core.model.Interaction;

/** Streams interactions out of the workspace without holding them twice. */
public final class InteractionRepository {
    private final Workspace ws;

    public InteractionRepository(Workspace ws) {
        this.ws = ws;
    }

    /** Visits every interaction, with external ids, ordered by customer row, time and row id. */
    public void forEach(Consumer<Interaction> visitor) {
        String sql = "SELECT c.external_id, i.external_id, x.kind, x.value, x.amount, x.ts, x.order_id"
                + " FROM interaction x JOIN customer c ON c.id = x.customer_id JOIN item i ON i.id = x.item_id"
                + " ORDER BY x.customer_id, x.ts, x.id";
        try (PreparedStatement ps = ws.connection().prepareStatement(sql)) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    visitor.accept(new Interaction(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getDouble(4), rs.getDouble(5), rs.getLong(6), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read interactions", e);
        }
    }

    /**
     * One customer's items (external ids) in time order, positive events only: returns and non-positive purchase
     * quantities left out. Empty for an unknown customer.
     */
    public java.util.List<String> skusOf(String customerId) {
        String sql = "SELECT i.external_id FROM interaction x JOIN customer c ON c.id = x.customer_id"
                + " JOIN item i ON i.id = x.item_id WHERE c.external_id = ? AND x.kind <> 'return'"
                + " AND NOT (x.kind = 'purchase' AND COALESCE(x.value, 1) <= 0) ORDER BY x.ts, x.id";
        java.util.List<String> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = ws.connection().prepareStatement(sql)) {
            ps.setString(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read the interactions of customer " + customerId, e);
        }
        return out;
    }
}
