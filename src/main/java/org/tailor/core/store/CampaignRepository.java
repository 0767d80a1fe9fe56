package org.tailor.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Stores campaigns and their target rows (customer by external id, arm, offered items, reason). */
public final class CampaignRepository {
    /** One stored target row; {@code customerId} is the external id. */
    public record TargetRow(String customerId, String arm, String items, String reason) {
    }

    private final Workspace ws;

    public CampaignRepository(Workspace ws) {
        this.ws = ws;
    }

    /** Stores a campaign with its targets in one transaction and returns the campaign id. */
    public long save(String name, String persona, String paramsJson, List<TargetRow> targets) {
        return ws.inTransaction(c -> {
            long id = Workspace.insertReturningId(c, "INSERT INTO campaign(name, persona, params, created_at)"
                    + " VALUES (?,?,?,?)", name, persona, paramsJson, Instant.now().toString());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO campaign_target(campaign_id, customer_id, arm,"
                    + " items, reason) SELECT ?, id, ?, ?, ? FROM customer WHERE external_id = ?")) {
                for (TargetRow t : targets) {
                    ps.setLong(1, id);
                    ps.setString(2, t.arm());
                    ps.setString(3, t.items());
                    ps.setString(4, t.reason());
                    ps.setString(5, t.customerId());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return id;
        });
    }

    /** The target rows of one campaign, in customer row order. */
    public List<TargetRow> targets(long campaignId) {
        List<TargetRow> out = new ArrayList<>();
        try (PreparedStatement ps = ws.connection().prepareStatement("SELECT c.external_id, t.arm, t.items, t.reason"
                + " FROM campaign_target t JOIN customer c ON c.id = t.customer_id WHERE t.campaign_id = ?"
                + " ORDER BY t.rowid")) {
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TargetRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read campaign " + campaignId, e);
        }
        return out;
    }
}
