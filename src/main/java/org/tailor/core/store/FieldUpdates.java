package org.tailor.core.store;

import com.google.gson.Gson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the fields an import gives a customer or item row: known columns where the file has a value (an empty
 * cell keeps what is stored), other columns merged into the JSON {@code attributes}, and the suspect note. One
 * prepared UPDATE per set of columns. Remembers how each customer stored before the import looked before its first
 * write, so that {@link #customersChanged()} counts the customers whose row really differs at the end.
 */
final class FieldUpdates implements AutoCloseable {
    private static final Gson GSON = new Gson();

    private final Connection c;
    private final long firstNewCustomer;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<Long, String> customersBefore = new HashMap<>();
    private PreparedStatement readCustomer;

    /** {@code firstNewCustomer}: the first customer row id the import creates (below it: stored before). */
    FieldUpdates(Connection c, long firstNewCustomer) {
        this.c = c;
        this.firstNewCustomer = firstNewCustomer;
    }

    /** Writes {@code known} columns (in key order), {@code attributes} (none when empty) and the suspect note. */
    void write(String table, long id, Map<String, String> known, Map<String, String> attributes, String suspect)
            throws SQLException {
        List<String> order = new ArrayList<>(known.keySet());
        String key = table + order + !attributes.isEmpty();
        PreparedStatement ps = statements.get(key);
        if (ps == null) {
            ps = c.prepareStatement(updateSql(table, order, !attributes.isEmpty()));
            statements.put(key, ps);
        }
        int i = 1;
        for (String col : order) {
            ps.setString(i++, known.get(col));
        }
        if (!attributes.isEmpty()) {
            ps.setString(i++, GSON.toJson(attributes));
        }
        ps.setString(i++, suspect);
        ps.setLong(i, id);
        if (table.equals("customer") && id < firstNewCustomer && !customersBefore.containsKey(id)) {
            customersBefore.put(id, customerRow(id));
        }
        ps.executeUpdate();
    }

    /**
     * How many customers stored before the import it changed: their row now differs from before (a customer whose
     * rows disagree, say on the country, is written more than once, and may end where it started).
     */
    long customersChanged() {
        long n = 0;
        for (Map.Entry<Long, String> e : customersBefore.entrySet()) {
            if (!customerRow(e.getKey()).equals(e.getValue())) {
                n++;
            }
        }
        return n;
    }

    /** The stored fields of a customer as one text (SQL quoted values), to compare before and after. */
    private String customerRow(long id) {
        try {
            if (readCustomer == null) {
                StringBuilder cols = new StringBuilder();
                for (String col : BatchWriter.CUSTOMER_COLUMNS) {
                    cols.append("quote(").append(col).append(") || ',' || ");
                }
                readCustomer = c.prepareStatement("SELECT " + cols + "quote(attributes) || ',' || quote(suspect)"
                        + " FROM customer WHERE id = ?");
            }
            readCustomer.setLong(1, id);
            try (ResultSet rs = readCustomer.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read customer row " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Values are bound as text; SQLite's column affinity stores age and flags as integers, price as real.
     * Numbered parameters: each value is used in SET and again in WHERE, which only matches a row the update
     * changes (age '34' meets the stored 34 under the column's integer affinity), so unchanged rows are not
     * rewritten.
     */
    private static String updateSql(String table, List<String> order, boolean hasAttributes) {
        StringBuilder set = new StringBuilder();
        StringBuilder differs = new StringBuilder();
        int n = 1;
        for (String col : order) {
            String value = "COALESCE(?" + n++ + ", " + col + ")";
            set.append(col).append(" = ").append(value).append(", ");
            differs.append(value).append(" IS NOT ").append(col).append(" OR ");
        }
        if (hasAttributes) {
            String value = "json_patch(COALESCE(attributes, '{}'), ?" + n++ + ")";
            set.append("attributes = ").append(value).append(", ");
            differs.append(value).append(" IS NOT attributes OR ");
        }
        String suspectValue = "COALESCE(?" + n++ + ", suspect)";
        set.append("suspect = ").append(suspectValue);
        differs.append(suspectValue).append(" IS NOT suspect");
        return "UPDATE " + table + " SET " + set + " WHERE id = ?" + n + " AND (" + differs + ")";
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
        if (readCustomer != null) {
            readCustomer.close();
        }
    }
}
