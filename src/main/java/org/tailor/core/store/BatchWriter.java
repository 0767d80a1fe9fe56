package org.tailor.core.store;

import com.google.gson.Gson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes customers, items and interactions into a workspace inside one transaction
 * ({@link Workspace#inTransaction}). Customers and items are upserted by external id (a field left null keeps
 * what was stored), interactions are inserted once per natural key, so importing the same rows twice adds nothing.
 */
public final class BatchWriter implements AutoCloseable {
    /** Customer columns that can be written; anything else goes into the JSON {@code attributes}. */
    public static final List<String> CUSTOMER_COLUMNS = List.of("first_name", "age", "birth_year", "gender",
            "occupation", "country", "city", "zip", "email", "phone", "signup_date", "email_opt_in", "opted_out",
            "unsubscribed_at");
    public static final List<String> ITEM_COLUMNS = List.of("title", "category", "genres", "price");
    private static final Set<String> INTEGER_COLUMNS = Set.of("age", "birth_year", "email_opt_in", "opted_out");
    private static final Gson GSON = new Gson();

    private final Connection c;
    private final Workspace ws;
    private ErasedCustomers erased;
    private final Long importId;
    private final Map<String, Long> customerIds = new HashMap<>();
    private final Map<String, Long> itemIds = new HashMap<>();
    private final PreparedStatement insertInteraction;
    /** Finds a row stored before this writer with the same natural key (a scan: the key has no index). */
    private final PreparedStatement findStored;
    /** Natural keys this writer stored. */
    private final KeySet written = new KeySet(16);
    private final long firstRow;
    private int pending;
    private long interactionsAdded;

    /** Use inside {@code ws.inTransaction(conn -> ...)}; {@code importId} may be null. */
    public BatchWriter(Workspace ws, Long importId) {
        this.c = ws.connection();
        this.ws = ws;
        this.importId = importId;
        try {
            this.insertInteraction = c.prepareStatement("INSERT INTO interaction(customer_id, item_id, kind,"
                    + " value, amount, ts, order_id, import_id, natural_key) VALUES (?,?,?,?,?,?,?,?,?)");
            this.findStored = c.prepareStatement("SELECT 1 FROM interaction WHERE id < ? AND natural_key = ? LIMIT 1");
            try (java.sql.Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM interaction")) {
                this.firstRow = rs.next() ? rs.getLong(1) : 1;
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot prepare the workspace for writing", e);
        }
    }

    /**
     * Upserts a customer; {@code fields} uses {@link #CUSTOMER_COLUMNS} names (text values), others become
     * attributes. A customer erased from the workspace is refused: erasure is for good, whatever writes next.
     */
    public long customer(String externalId, Map<String, String> fields) {
        if (!customerIds.containsKey(externalId)) {
            if (erased == null) {
                erased = new ErasedCustomers(ws);
            }
            if (externalId != null && erased.contains(externalId.strip())) {
                throw new DataStoreException("Customer " + externalId + " was erased from this workspace; nothing"
                        + " about them is stored again");
            }
        }
        return upsert("customer", CUSTOMER_COLUMNS, externalId, fields, customerIds);
    }

    public long item(String externalId, Map<String, String> fields) {
        return upsert("item", ITEM_COLUMNS, externalId, fields, itemIds);
    }

    /**
     * Adds an interaction (creating bare customer and item rows when they are new). Returns false when the same
     * event (customer, item, kind, value, amount, time, order) is already stored.
     */
    public boolean interaction(String customerId, String sku, String kind, Double value, Double amount, Long ts,
                               String orderId) {
        long cid = customerIds.containsKey(customerId) ? customerIds.get(customerId) : customer(customerId, Map.of());
        long iid = itemIds.containsKey(sku) ? itemIds.get(sku) : item(sku, Map.of());
        long key = NaturalKey.of(customerId, sku, kind, value, amount, ts, orderId);
        try {
            if (written.contains(key) || storedBefore(key)) {
                return false;
            }
            insertInteraction.setLong(1, cid);
            insertInteraction.setLong(2, iid);
            insertInteraction.setString(3, kind);
            setDouble(insertInteraction, 4, value);
            setDouble(insertInteraction, 5, amount);
            if (ts == null) {
                insertInteraction.setNull(6, Types.INTEGER);
            } else {
                insertInteraction.setLong(6, ts);
            }
            insertInteraction.setString(7, orderId);
            if (importId == null) {
                insertInteraction.setNull(8, Types.INTEGER);
            } else {
                insertInteraction.setLong(8, importId);
            }
            insertInteraction.setLong(9, key);
            insertInteraction.executeUpdate();
            written.add(key);
            interactionsAdded++;
            return true;
        } catch (SQLException e) {
            throw new DataStoreException("Cannot store interaction " + customerId + "/" + sku + ": " + e.getMessage(), e);
        }
    }

    private boolean storedBefore(long key) throws SQLException {
        if (firstRow <= 1) {
            return false;
        }
        findStored.setLong(1, firstRow);
        findStored.setLong(2, key);
        try (ResultSet rs = findStored.executeQuery()) {
            return rs.next();
        }
    }

    public long interactionsAdded() {
        return interactionsAdded;
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.REAL);
        } else {
            ps.setDouble(i, v);
        }
    }

    private long upsert(String table, List<String> columns, String externalId, Map<String, String> fields,
                        Map<String, Long> cache) {
        if (externalId == null || externalId.isEmpty()) {
            throw new IllegalArgumentException("An empty " + table + " id cannot be stored");
        }
        Map<String, String> attributes = new HashMap<>();
        Map<String, String> known = new HashMap<>();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (columns.contains(e.getKey())) {
                known.put(e.getKey(), e.getValue());
            } else if (e.getValue() != null) {
                attributes.put(e.getKey(), e.getValue());
            }
        }
        Long cached = cache.get(externalId);
        if (cached != null && known.isEmpty() && attributes.isEmpty()) {
            return cached;
        }
        StringBuilder cols = new StringBuilder("external_id, import_id");
        StringBuilder marks = new StringBuilder("?, ?");
        StringBuilder update = new StringBuilder();
        List<String> order = columns.stream().filter(known::containsKey).toList();
        for (String col : order) {
            cols.append(", ").append(col);
            marks.append(", ?");
            update.append(update.length() == 0 ? "" : ", ").append(col).append(" = COALESCE(excluded.").append(col)
                    .append(", ").append(col).append(')');
        }
        if (!attributes.isEmpty()) {
            cols.append(", attributes");
            marks.append(", ?");
            update.append(update.length() == 0 ? "" : ", ")
                    .append("attributes = json_patch(COALESCE(attributes, '{}'), excluded.attributes)");
        }
        String sql = "INSERT INTO " + table + "(" + cols + ") VALUES (" + marks + ") ON CONFLICT(external_id) DO "
                + (update.length() == 0 ? "NOTHING" : "UPDATE SET " + update);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, externalId);
            if (importId == null) {
                ps.setNull(2, Types.INTEGER);
            } else {
                ps.setLong(2, importId);
            }
            int i = 3;
            for (String col : order) {
                String v = known.get(col);
                if (v == null || v.isEmpty()) {
                    ps.setNull(i++, Types.NULL);
                } else if (INTEGER_COLUMNS.contains(col)) {
                    ps.setLong(i++, Long.parseLong(v));
                } else if (col.equals("price")) {
                    ps.setDouble(i++, Double.parseDouble(v));
                } else {
                    ps.setString(i++, v);
                }
            }
            if (!attributes.isEmpty()) {
                ps.setString(i, GSON.toJson(attributes));
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot store " + table + " " + externalId + ": " + e.getMessage(), e);
        }
        long id = cached != null ? cached : lookup(table, externalId);
        cache.put(externalId, id);
        return id;
    }

    private long lookup(String table, String externalId) {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE external_id = ?")) {
            ps.setString(1, externalId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new DataStoreException(table + " " + externalId + " vanished while importing");
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot look up " + table + " " + externalId, e);
        }
    }

    @Override
    public void close() {
        try {
            insertInteraction.close();
            findStored.close();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot finish writing", e);
        }
    }

}
