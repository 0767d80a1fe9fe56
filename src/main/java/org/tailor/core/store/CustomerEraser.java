package org.tailor.core.store;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Erases one customer and every row about them (interactions, campaign targets, rejected source rows that name
 * the id) in one transaction. The {@code erasure_log} keeps only an HMAC-SHA256 pseudonym of the id (keyed by the
 * workspace secret), so the log proves the erasure without keeping the person's id.
 */
public final class CustomerEraser {
    /**
     * What an erasure removed; {@code pseudonym} is what the log holds; {@code customerRow} is false for a person
     * known only from rejected rows.
     */
    public record Erasure(String pseudonym, long interactions, long campaignTargets, long rejectedRows,
                          boolean customerRow) {
        public Erasure(String pseudonym, long interactions, long campaignTargets, long rejectedRows) {
            this(pseudonym, interactions, campaignTargets, rejectedRows, true);
        }

        public long total() {
            return (customerRow ? 1 : 0) + interactions + campaignTargets + rejectedRows;
        }
    }

    private final Workspace ws;

    public CustomerEraser(Workspace ws) {
        this.ws = ws;
    }

    /**
     * Erases the customer with this external id, also one known only from rejected rows; throws
     * {@link DataStoreException} when neither a customer nor a rejected row has the id.
     */
    public Erasure erase(String externalId) {
        String pseudonym = pseudonym(externalId);
        return ws.inTransaction(c -> {
            Long id = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM customer WHERE external_id = ?")) {
                ps.setString(1, externalId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        id = rs.getLong(1);
                    }
                }
            }
            // a person whose every row was rejected has no customer row, but the rejected rows keep their id and
            // raw data: those are erased (and the id logged, so a re-import skips them) all the same
            long rejected = deleteRejected(c, externalId);
            if (id == null && rejected == 0) {
                throw new DataStoreException("No customer with id " + externalId);
            }
            long interactions = id == null ? 0 : delete(c, "DELETE FROM interaction WHERE customer_id = ?", id);
            long targets = id == null ? 0 : delete(c, "DELETE FROM campaign_target WHERE customer_id = ?", id);
            if (id != null) {
                delete(c, "DELETE FROM customer WHERE id = ?", id);
            }
            Erasure e = new Erasure(pseudonym, interactions, targets, rejected, id != null);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO erasure_log(customer_pseudonym, rows_removed, erased_at) VALUES (?,?,?)")) {
                ps.setString(1, pseudonym);
                ps.setLong(2, e.total());
                ps.setString(3, Instant.now().toString());
                ps.executeUpdate();
            }
            return e;
        });
    }

    /**
     * Deletes the rejected rows of this customer: those whose customer id cell is exactly the id, and, for rows
     * stored before that cell was kept (customer_id NULL), those with a cell of the raw row (split by its import's
     * delimiter) exactly equal to the id. Never a substring match: erasing c1 keeps c10's rows.
     */
    private static long deleteRejected(java.sql.Connection c, String externalId) throws SQLException {
        long n;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM rejected_row WHERE customer_id = ?")) {
            ps.setString(1, externalId);
            n = ps.executeUpdate();
        }
        java.util.List<Long> legacy = new java.util.ArrayList<>();
        String like = "%" + externalId.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.raw, i.delimiter FROM rejected_row r"
                + " LEFT JOIN import_run i ON i.id = r.import_id WHERE r.customer_id IS NULL"
                + " AND r.raw LIKE ? ESCAPE '\\'")) {
            ps.setString(1, like);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (hasCell(rs.getString(2), rs.getString(3), externalId)) {
                        legacy.add(rs.getLong(1));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM rejected_row WHERE id = ?")) {
            for (long id : legacy) {
                ps.setLong(1, id);
                n += ps.executeUpdate();
            }
        }
        return n;
    }

    /** True when one cell of the raw row (joined by {@code delimiter}: , ; | or tab) is exactly the id. */
    static boolean hasCell(String raw, String delimiter, String id) {
        if (raw == null) {
            return false;
        }
        String d = delimiter == null ? "," : delimiter.equals("tab") ? "\t" : delimiter;
        for (String cell : raw.split(java.util.regex.Pattern.quote(d), -1)) {
            String t = cell.strip();
            if (t.startsWith("\"") && t.endsWith("\"") && t.length() >= 2) {
                t = t.substring(1, t.length() - 1).strip();
            }
            if (t.equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static long delete(java.sql.Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            return ps.executeUpdate();
        }
    }

    /** HMAC-SHA256 of the external id under the workspace secret, hex. */
    public String pseudonym(String externalId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(ws.pseudonymSecret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(externalId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
