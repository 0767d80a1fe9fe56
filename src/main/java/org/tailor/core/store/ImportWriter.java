package org.tailor.core.store;

import com.google.gson.Gson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The fast write path of one import: used inside {@link Workspace#inTransaction} so one file is one transaction.
 * Customer and item ids are cached (one lookup per distinct id), interactions and rejected rows go in prepared
 * batches, and interactions are de-duplicated by a 16-byte natural key ({@link NaturalKey}).
 * Duplicates are reported back per source line through {@link DuplicateListener}.
 */
public final class ImportWriter implements AutoCloseable {
    /** Told about every interaction that was already stored (same natural key). */
    @FunctionalInterface
    public interface DuplicateListener {
        void duplicate(long line, String orderId);
    }

    private static final int BATCH = 4096;
    /** Rows per multi-row INSERT in bulk mode (11 values each, under SQLite's 32,766 bound values). */
    private static final int ROWS_PER_INSERT = 256;
    private static final int COLUMNS = 11;
    private static final Gson GSON = new Gson();

    private final Connection c;
    private final long importId;
    private final String fileName;
    private final DuplicateListener duplicates;
    private final Map<String, Long> customers = new HashMap<>();
    private final Map<String, Integer> customerFieldHash = new HashMap<>();
    private final Map<String, Long> items = new HashMap<>();
    private final Map<String, Integer> itemFieldHash = new HashMap<>();
    private final Map<String, PreparedStatement> upserts = new HashMap<>();
    private final PreparedStatement findCustomer;
    private final PreparedStatement insertCustomer;
    private final PreparedStatement findItem;
    private final PreparedStatement insertItem;
    private final PreparedStatement insertInteraction;
    private final PreparedStatement insertInteractions;
    private final BulkRows bulkRows;
    private final PreparedStatement insertRejected;
    private final long[] batchLines = new long[BATCH];
    private final String[] batchOrders = new String[BATCH];
    private final long firstInteractionRow;
    private long nextCustomerRow;
    private long nextItemRow;
    private final boolean bulk;
    private int pending;
    private int pendingRejected;
    private long interactionsAdded;
    private long duplicateCount;
    /** Which (customer, item, kind, value) groups with a timestamp have been seen: a hash filter (see below). */
    private final long[] groupSeen;
    /** Customers (row ids) with a group seen twice, or a hash collision: the only ones that can hold near-duplicates. */
    private final java.util.BitSet repeatedGroups = new java.util.BitSet();
    private boolean groupsUntracked;

    /**
     * Prepares writing for the import run {@code importId} of {@code fileName}. With {@code bulk} (for a file
     * larger than what is stored) the interaction indexes are dropped and rebuilt by {@link #finish()}, which
     * sorts once instead of updating three B-trees per row; duplicates are then found by that rebuild.
     * Inside the import's transaction either way, so a failure restores the indexes with everything else.
     */
    public ImportWriter(Workspace ws, long importId, String fileName, boolean bulk, DuplicateListener duplicates) {
        this.c = ws.connection();
        this.bulk = bulk;
        this.importId = importId;
        this.fileName = fileName;
        this.duplicates = duplicates;
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = -1048576");
            st.execute("PRAGMA temp_store = MEMORY");
            st.execute("PRAGMA threads = 2");
            if (bulk) {
                BulkIndexes.drop(st);
            }
            firstInteractionRow = nextRow(st, "interaction");
            nextCustomerRow = nextRow(st, "customer");
            nextItemRow = nextRow(st, "item");
            findCustomer = c.prepareStatement("SELECT id FROM customer WHERE external_id = ?");
            insertCustomer = c.prepareStatement("INSERT INTO customer(id, external_id, import_id, suspect)"
                    + " VALUES (?,?,?,?)");
            findItem = c.prepareStatement("SELECT id FROM item WHERE external_id = ?");
            insertItem = c.prepareStatement("INSERT INTO item(id, external_id, import_id, suspect) VALUES (?,?,?,?)");
            String insert = "INSERT " + (bulk ? "" : "OR IGNORE ") + "INTO interaction(customer_id, item_id, kind,"
                    + " value, amount, ts, order_id, import_id, natural_key, suspect, source_line) VALUES ";
            // bulk rows carry the import id as a literal (one bound value fewer per row); see BulkRows
            String marks = bulk ? "(?,?,?,?,?,?,?," + importId + ",?,?,?)" : "(?,?,?,?,?,?,?,?,?,?,?)";
            insertInteraction = c.prepareStatement(insert + marks);
            insertInteractions = bulk ? c.prepareStatement(insert + (marks + ",").repeat(ROWS_PER_INSERT - 1) + marks)
                    : null;
            bulkRows = bulk ? new BulkRows(ROWS_PER_INSERT) : null;
            groupSeen = new long[bulk ? 1 << 21 : 1 << 14];
            if (bulk) {
                preload(st, "customer", customers);
                preload(st, "item", items);
            }
            insertRejected = c.prepareStatement("INSERT INTO rejected_row(import_id, file_name, line, column_name,"
                    + " reason, raw, customer_id) VALUES (?,?,?,?,?,?,?)");
        } catch (SQLException e) {
            throw new DataStoreException("Cannot prepare the workspace for importing: " + e.getMessage(), e);
        }
    }

    /** The row id of the customer, creating a bare customer when new. */
    public long customerId(String externalId, String suspect) {
        Long id = customers.get(externalId);
        if (id == null) {
            id = findOrInsert(findCustomer, insertCustomer, externalId, suspect);
            customers.put(externalId, id);
        }
        return id;
    }

    /** The row id of the item, creating a bare item when new. */
    public long itemId(String sku, String suspect) {
        Long id = items.get(sku);
        if (id == null) {
            id = findOrInsert(findItem, insertItem, sku, suspect);
            items.put(sku, id);
        }
        return id;
    }

    /**
     * Upserts customer fields ({@link BatchWriter#CUSTOMER_COLUMNS} names; other names become attributes; null or
     * empty values keep what is stored). With {@code mustExist} nothing is created: returns false for an unknown id.
     */
    public boolean customer(String externalId, Map<String, String> fields, String suspect, boolean mustExist) {
        return upsert("customer", BatchWriter.CUSTOMER_COLUMNS, externalId, fields, suspect, mustExist, customers,
                customerFieldHash);
    }

    /** Upserts item fields ({@link BatchWriter#ITEM_COLUMNS}; others become attributes). */
    public void item(String sku, Map<String, String> fields, String suspect) {
        upsert("item", BatchWriter.ITEM_COLUMNS, sku, fields, suspect, false, items, itemFieldHash);
    }

    /** Queues one interaction; {@code sku} may be null for order-level rows. */
    public void interaction(long line, String customerId, String sku, String kind, Double value, Double amount,
                            Long ts, String orderId, String suspect) {
        long cid = customerId(customerId, null);
        Long iid = sku == null ? null : itemId(sku, null);
        interaction(line, cid, iid, kind, value, amount, ts, orderId, suspect,
                NaturalKey.of(customerId, sku, kind, value, amount, ts, orderId));
    }

    /** The natural key of an interaction (pure: callers may compute it on another thread and pass it below). */
    public static long naturalKey(String customerId, String sku, String kind, Double value, Double amount, Long ts,
                                  String orderId) {
        return NaturalKey.of(customerId, sku, kind, value, amount, ts, orderId);
    }

    /**
     * Queues one interaction whose customer and item row ids ({@link #customerId}, {@link #itemId}; item null for
     * order-level rows) and {@link #naturalKey} the caller already has.
     */
    public void interaction(long line, long cid, Long iid, String kind, Double value, Double amount, Long ts,
                            String orderId, String suspect, long key) {
        if (ts != null) {
            seeGroup(cid, iid, kind, value);
        }
        if (bulk) {
            if (bulkRows.add(cid, iid, kind, value, amount, ts, orderId, key, suspect, line)) {
                writeBulkRows();
            }
            return;
        }
        try {
            PreparedStatement ps = insertInteraction;
            ps.setLong(1, cid);
            if (iid == null) {
                ps.setNull(2, Types.INTEGER);
            } else {
                ps.setLong(2, iid);
            }
            ps.setString(3, kind);
            setDouble(ps, 4, value);
            setDouble(ps, 5, amount);
            if (ts == null) {
                ps.setNull(6, Types.INTEGER);
            } else {
                ps.setLong(6, ts);
            }
            ps.setString(7, orderId);
            ps.setLong(8, importId);
            ps.setLong(9, key);
            ps.setString(10, suspect);
            ps.setLong(11, line);
            ps.addBatch();
            batchLines[pending] = line;
            batchOrders[pending] = orderId;
            if (++pending == BATCH) {
                flushInteractions();
            }
        } catch (SQLException e) {
            throw new DataStoreException("Line " + line + ": cannot store the interaction: " + e.getMessage(), e);
        }
    }

    /**
     * Notes a (customer, item, kind, value) group in a bit set indexed by a hash of the group; a bit already set
     * (the group again, or another group with the same hash) marks the customer as one that may hold
     * near-duplicates. False marks only cost time in {@link #flagNearDuplicates}; a repeat is never missed.
     */
    private void seeGroup(long cid, Long iid, String kind, Double value) {
        if (cid < 0 || cid > Integer.MAX_VALUE) {
            groupsUntracked = true;
            return;
        }
        long h = cid * 0x9E3779B97F4A7C15L;
        h = (h ^ (iid == null ? 0x5DEECE66DL : iid + 1)) * 0xC2B2AE3D27D4EB4FL;
        h = (h ^ kind.hashCode()) * 0x165667B19E3779F9L;
        // -0.0 and 0.0 are one value to SQL: add 0.0 to fold them together
        h = (h ^ (value == null ? 0x2545F4914F6CDD1DL : Double.doubleToLongBits(value + 0.0))) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        int bit = (int) (h >>> 6) & (groupSeen.length * 64 - 1);
        long mask = 1L << (bit & 63);
        int word = bit >>> 6;
        if ((groupSeen[word] & mask) != 0) {
            repeatedGroups.set((int) cid);
        } else {
            groupSeen[word] |= mask;
        }
    }

    /**
     * Flags this import's near-duplicate events ({@link NearDuplicateFlagger}), sorting only the customers that can
     * have one. Call after {@link #finish}; returns how many rows were flagged.
     */
    public long flagNearDuplicates(long windowSeconds) {
        return groupsUntracked ? NearDuplicateFlagger.flagAll(c, importId, windowSeconds)
                : NearDuplicateFlagger.flag(c, importId, windowSeconds, firstInteractionRow, repeatedGroups);
    }

    /** Queues a rejected row of this import. */
    public void rejected(long line, String column, String reason, String raw) {
        rejected(line, column, reason, raw, null);
    }

    /**
     * Queues a rejected row of this import; {@code customerId} is the row's customer id cell when it has one
     * (null otherwise), kept in its own column so that erasing a customer matches it exactly.
     */
    public void rejected(long line, String column, String reason, String raw, String customerId) {
        try {
            insertRejected.setLong(1, importId);
            insertRejected.setString(2, fileName);
            insertRejected.setLong(3, line);
            insertRejected.setString(4, column);
            insertRejected.setString(5, reason);
            insertRejected.setString(6, raw);
            insertRejected.setString(7, customerId);
            insertRejected.addBatch();
            if (++pendingRejected == BATCH) {
                insertRejected.executeBatch();
                pendingRejected = 0;
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot record rejected line " + line + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes everything queued and, after a bulk import, removes duplicates and rebuilds the indexes
     * ({@link BulkIndexes}); SQLite polls {@code cancelled} during that work and stops it with
     * {@link org.tailor.core.task.CancelledException}.
     */
    public void finish(BooleanSupplier cancelled) {
        flush();
        if (bulk) {
            long removed = BulkIndexes.rebuild(c, firstInteractionRow, duplicates, cancelled);
            interactionsAdded -= removed;
            duplicateCount += removed;
        }
    }

    /** Runs bulk work under a rollback journal; see {@link BulkIndexes#withRollbackJournal}. */
    public static <T> T withRollbackJournal(Workspace ws, java.util.function.Supplier<T> work) {
        return BulkIndexes.withRollbackJournal(ws, work);
    }

    /** Writes everything queued. */
    public void flush() {
        flushInteractions();
        try {
            if (pendingRejected > 0) {
                insertRejected.executeBatch();
                pendingRejected = 0;
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot record rejected rows: " + e.getMessage(), e);
        }
    }

    /** Appends the buffered bulk rows; nothing can be a duplicate yet (see {@link BulkIndexes#rebuild}). */
    private void writeBulkRows() {
        int n = bulkRows.size();
        if (n == 0) {
            return;
        }
        try {
            bulkRows.write(insertInteractions, insertInteraction);
            interactionsAdded += n;
        } catch (SQLException e) {
            throw new DataStoreException("Cannot store interactions near line " + bulkRows.firstLine() + ": "
                    + e.getMessage(), e);
        }
    }

    private void flushInteractions() {
        if (bulk) {
            writeBulkRows();
            return;
        }
        if (pending == 0) {
            return;
        }
        try {
            int[] counts = insertInteraction.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    interactionsAdded++;
                } else {
                    duplicateCount++;
                    duplicates.duplicate(batchLines[i], batchOrders[i]);
                }
            }
            pending = 0;
        } catch (SQLException e) {
            throw new DataStoreException("Cannot store interactions near line " + batchLines[0] + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Marks this import's interactions whose {@code column} (amount or value) lies more than {@code sds} standard
     * deviations from {@code mean}; returns how many were marked. Call after {@link #flush()}.
     */
    public long flagOutliers(String column, double mean, double sd, double sds) {
        if (!column.equals("amount") && !column.equals("value")) {
            throw new IllegalArgumentException("Not an interaction measure: " + column);
        }
        if (!(sd > 0)) {
            return 0;
        }
        String sql = "UPDATE interaction SET suspect = COALESCE(suspect || '; ', '') || ? WHERE id >= ? AND "
                + column + " IS NOT NULL AND ABS(" + column + " - ?) > ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, "outlier " + column);
            ps.setLong(2, firstInteractionRow);
            ps.setDouble(3, mean);
            ps.setDouble(4, sds * sd);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot flag outliers: " + e.getMessage(), e);
        }
    }

    public long interactionsAdded() {
        return interactionsAdded;
    }

    public long duplicateCount() {
        return duplicateCount;
    }

    /**
     * The stored row id, or a new row whose id is the next after the largest (what SQLite would choose itself;
     * this writer is the only one inside the import's transaction), set explicitly to save a query per new id.
     */
    private long findOrInsert(PreparedStatement find, PreparedStatement insert, String externalId, String suspect) {
        Long found = bulk ? null : find(find, externalId);
        if (found != null) {
            return found;
        }
        try {
            long id = insert == insertCustomer ? nextCustomerRow++ : nextItemRow++;
            insert.setLong(1, id);
            insert.setString(2, externalId);
            insert.setLong(3, importId);
            insert.setString(4, suspect);
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new DataStoreException("Cannot store id " + externalId + ": " + e.getMessage(), e);
        }
    }

    private boolean upsert(String table, List<String> columns, String externalId, Map<String, String> fields,
                           String suspect, boolean mustExist, Map<String, Long> cache, Map<String, Integer> seen) {
        Map<String, String> known = new TreeMap<>();
        Map<String, String> attributes = new TreeMap<>();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            String v = e.getValue();
            if (v == null || v.isEmpty()) {
                continue;
            }
            (columns.contains(e.getKey()) ? known : attributes).put(e.getKey(), v);
        }
        int signature = known.hashCode() * 31 + attributes.hashCode() + (suspect == null ? 0 : suspect.hashCode());
        Integer before = seen.get(externalId);
        if (before != null && before == signature && cache.containsKey(externalId)) {
            return true;
        }
        Long id = cache.get(externalId);
        if (id == null && mustExist) {
            id = find(table.equals("customer") ? findCustomer : findItem, externalId);
            if (id == null) {
                return false;
            }
            cache.put(externalId, id);
        } else if (id == null) {
            id = table.equals("customer") ? customerId(externalId, null) : itemId(externalId, null);
        }
        List<String> order = new ArrayList<>(known.keySet());
        String key = table + order + !attributes.isEmpty();
        try {
            PreparedStatement ps = upserts.get(key);
            if (ps == null) {
                ps = c.prepareStatement(updateSql(table, order, !attributes.isEmpty()));
                upserts.put(key, ps);
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
            ps.executeUpdate();
            seen.put(externalId, signature);
            return true;
        } catch (SQLException e) {
            throw new DataStoreException("Cannot store " + table + " " + externalId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Bulk mode reads every stored id of {@code table} into {@code cache} once (a bulk file holds more rows than
     * the workspace, so this is at most proportional to the file), and then needs no lookup per new id.
     */
    private static void preload(Statement st, String table, Map<String, Long> cache) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT external_id, id FROM " + table)) {
            while (rs.next()) {
                cache.put(rs.getString(1), rs.getLong(2));
            }
        }
    }

    private static long nextRow(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 1;
        }
    }

    private static Long find(PreparedStatement find, String externalId) {
        try {
            find.setString(1, externalId);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot look up " + externalId + ": " + e.getMessage(), e);
        }
    }

    /** Values are bound as text; SQLite's column affinity stores age and flags as integers, price as real. */
    private static String updateSql(String table, List<String> order, boolean hasAttributes) {
        StringBuilder set = new StringBuilder();
        for (String col : order) {
            set.append(col).append(" = COALESCE(?, ").append(col).append("), ");
        }
        if (hasAttributes) {
            set.append("attributes = json_patch(COALESCE(attributes, '{}'), ?), ");
        }
        set.append("suspect = COALESCE(?, suspect)");
        return "UPDATE " + table + " SET " + set + " WHERE id = ?";
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.REAL);
        } else {
            ps.setDouble(i, v);
        }
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement ps : upserts.values()) {
                ps.close();
            }
            findCustomer.close();
            insertCustomer.close();
            findItem.close();
            insertItem.close();
            insertInteraction.close();
            if (insertInteractions != null) {
                insertInteractions.close();
            }
            insertRejected.close();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot finish importing: " + e.getMessage(), e);
        }
    }
}
