package org.tailor.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The fast write path of one import: used inside {@link Workspace#inTransaction} so one file is one transaction.
 * Customer and item ids are cached (one lookup per distinct id), new ids, interactions and rejected rows go in
 * multi-row or batched inserts, and interactions are de-duplicated by a 64-bit natural key ({@link NaturalKey}):
 * in memory ({@link KeySet}) against the file's own rows and, for a file larger than what is stored, against the
 * stored keys loaded first; a smaller file is checked against the stored rows by one scan when it is written
 * ({@link StoredDuplicates}). The workspace keeps no index on the key (building one cost more than the rest of a
 * large import). Duplicates are reported back per source line through {@link DuplicateListener}.
 */
public final class ImportWriter implements AutoCloseable {
    /** Told about every interaction that was already stored (same natural key). */
    @FunctionalInterface
    public interface DuplicateListener {
        /** The row at {@code line} (order {@code orderId}, may be null; kind {@code kind}) was not stored again. */
        void duplicate(long line, String orderId, String kind);
    }

    /** Bits of {@link #append}'s {@code present}: the interaction has a value, an amount, a time. */
    public static final int HAS_VALUE = BulkRows.VALUE;
    public static final int HAS_AMOUNT = BulkRows.AMOUNT;
    public static final int HAS_TS = BulkRows.TS;
    /** The item row id of an order-level interaction (no product): stored as NULL. */
    public static final long NO_ITEM = -1;
    private static final int BATCH = 4096;
    /** The most keys or groups the in-memory tables are sized for up front. */
    private static final long PRESIZE_LIMIT = 12_000_000;
    /** Rows per multi-row INSERT (10 bound values each, under SQLite's 32,766 bound values). */
    private static final int ROWS_PER_INSERT = 256;

    private final Connection c;
    private final long importId;
    private final String fileName;
    private final DuplicateListener duplicates;
    private final BooleanSupplier cancelled;
    private final Map<String, Long> customers = new HashMap<>();
    private final Map<String, Integer> customerFieldHash = new HashMap<>();
    private final Map<String, Long> items = new HashMap<>();
    private final Map<String, Integer> itemFieldHash = new HashMap<>();
    private final PreparedStatement findCustomer;
    private final PreparedStatement insertCustomer;
    private final PreparedStatement findItem;
    private final PreparedStatement insertItem;
    private final BulkRows bulkRows;
    private final PreparedStatement insertRejected;
    private final NewIds newCustomers = new NewIds("customer");
    private final NewIds newItems = new NewIds("item");
    private final long firstInteractionRow;
    private long nextCustomerRow;
    /** The first customer row id this import creates: customers below it were stored before. */
    private final long firstCustomerRow;
    private final FieldUpdates fieldUpdates;
    private long nextItemRow;
    private final boolean bulk;
    private int pendingRejected;
    private long interactionsAdded;
    private long duplicateCount;
    /** Natural keys of this file's rows, and in bulk mode of the stored rows too. */
    private final KeySet keys;
    /** Which (customer, item, kind, value) groups with a timestamp this file has had. */
    private final GroupFingerprints groups;
    /** What the near-duplicate check needs to know about the appended rows. */
    private final NearDuplicateCandidates candidates;

    /**
     * Prepares writing for the import run {@code importId} of {@code fileName}, which holds about
     * {@code expectedRows} rows. {@code bulk} is for a file larger than what is stored: stored customer and item
     * ids and stored natural keys are loaded once (at most as many as the file has rows), so no row needs a
     * lookup in the database, and secondary interaction indexes of older workspaces are dropped (inside the
     * import's transaction, so a failure restores them with everything else). Loading stored keys, checking
     * against stored rows and flagging stop soon after {@code cancelled} turns true.
     */
    public ImportWriter(Workspace ws, long importId, String fileName, boolean bulk, long expectedRows,
                        DuplicateListener duplicates, BooleanSupplier cancelled) {
        this.c = ws.connection();
        this.bulk = bulk;
        this.importId = importId;
        this.fileName = fileName;
        this.duplicates = duplicates;
        this.cancelled = cancelled;
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = -1048576");
            st.execute("PRAGMA temp_store = MEMORY");
            if (bulk) {
                BulkMode.drop(st);
            }
            firstInteractionRow = nextRow(st, "interaction");
            nextCustomerRow = nextRow(st, "customer");
            firstCustomerRow = nextCustomerRow;
            fieldUpdates = new FieldUpdates(c, firstCustomerRow);
            nextItemRow = nextRow(st, "item");
            long stored = firstInteractionRow - 1;
            // presized from the estimate, but never past 12M (134 MB of keys): a wrong estimate then costs a
            // table growing once, not a heap that a 10M-row import under 512 MB cannot spare
            long presize = Math.min(PRESIZE_LIMIT, bulk ? expectedRows + stored : expectedRows);
            keys = new KeySet(presize);
            groups = new GroupFingerprints(Math.min(PRESIZE_LIMIT, expectedRows));
            candidates = new NearDuplicateCandidates(firstInteractionRow, expectedRows);
            if (bulk) {
                preload(st, "customer", customers);
                preload(st, "item", items);
                if (stored > 0) {
                    try (ResultSet rs = st.executeQuery("SELECT natural_key FROM interaction")) {
                        long n = 0;
                        while (rs.next()) {
                            keys.add(rs.getLong(1));
                            if ((++n & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
                                throw new org.tailor.core.task.CancelledException();
                            }
                        }
                    }
                }
            }
            // statements last: a cancel while the stored keys load leaves none open
            findCustomer = c.prepareStatement("SELECT id FROM customer WHERE external_id = ?");
            insertCustomer = c.prepareStatement("INSERT INTO customer(id, external_id, import_id, suspect)"
                    + " VALUES (?,?,?,?)");
            findItem = c.prepareStatement("SELECT id FROM item WHERE external_id = ?");
            insertItem = c.prepareStatement("INSERT INTO item(id, external_id, import_id, suspect) VALUES (?,?,?,?)");
            bulkRows = new BulkRows(c, importId, ROWS_PER_INSERT);
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

    /**
     * Queues one interaction ({@code sku} may be null for order-level rows), or reports it as a duplicate when an
     * interaction with the same natural key is stored or came earlier in the file.
     */
    public void interaction(long line, String customerId, String sku, String kind, Double value, Double amount,
                            Long ts, String orderId, String suspect) {
        long key = NaturalKey.of(customerId, sku, kind, value, amount, ts, orderId);
        if (!keys.add(key)) {
            duplicateCount++;
            duplicates.duplicate(line, orderId, kind);
            return;
        }
        boolean repeated = ts != null && groups.seenBefore(customerId, sku, kind, value);
        long cid = customerId(customerId, null);
        long iid = sku == null ? NO_ITEM : itemId(sku, null);
        int present = (value == null ? 0 : HAS_VALUE) | (amount == null ? 0 : HAS_AMOUNT) | (ts == null ? 0 : HAS_TS);
        append(line, cid, iid, kind, value == null ? 0 : value, amount == null ? 0 : amount, ts == null ? 0 : ts,
                present, orderId, suspect, key, repeated);
    }

    /** The natural key of an interaction (pure: callers may compute it on another thread). */
    public static long naturalKey(String customerId, String sku, String kind, Double value, Double amount, Long ts,
                                  String orderId) {
        return NaturalKey.of(customerId, sku, kind, value, amount, ts, orderId);
    }

    /**
     * The natural keys seen so far, for a caller that de-duplicates rows itself before {@link #append} (on its
     * own thread, while this writer only appends: the set must not be used by two threads at once).
     */
    public KeySet keys() {
        return keys;
    }

    /** The groups seen so far, for a caller that checks them itself before {@link #append} (see {@link #keys}). */
    public GroupFingerprints groups() {
        return groups;
    }

    /**
     * Queues one interaction that the caller has already checked: its {@link #naturalKey} is new ({@link #keys}),
     * and {@code groupRepeated} says whether its (customer, item, kind, value) group was seen before in this file
     * ({@link #groups}). {@code present} says which of value, amount and time it has ({@link #HAS_VALUE},
     * {@link #HAS_AMOUNT}, {@link #HAS_TS}; the others are ignored). Customer and item row ids come from
     * {@link #customerId} and {@link #itemId} (item
     * {@link #NO_ITEM} for order-level rows).
     */
    public void append(long line, long cid, long iid, String kind, double value, double amount, long ts, int present,
                       String orderId, String suspect, long key, boolean groupRepeated) {
        candidates.row(cid, groupRepeated);
        if (bulkRows.add(cid, iid, kind, value, amount, ts, present, orderId, key, suspect, line)) {
            writeBulkRows();
        }
    }

    /**
     * Flags this import's near-duplicate events ({@link NearDuplicateFlagger}), sorting only the customers that can
     * have one. Call after {@link #finish}; returns how many rows were flagged.
     */
    public long flagNearDuplicates(long windowSeconds) {
        return Interruptible.run(c, cancelled, "flag near-duplicate events",
                () -> candidates.flag(c, importId, windowSeconds));
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
     * Writes everything queued and, when interactions were stored before this file and not loaded into
     * {@link #keys} (a file smaller than what is stored), removes this file's rows whose natural key a stored row
     * has, reporting them as duplicates ({@link StoredDuplicates}). SQLite polls {@code cancelled} during that
     * scan and stops it with {@link org.tailor.core.task.CancelledException}.
     */
    public void finish() {
        flush();
        if (!bulk && firstInteractionRow > 1 && interactionsAdded > 0) {
            long removed = StoredDuplicates.remove(c, firstInteractionRow, duplicates, cancelled);
            interactionsAdded -= removed;
            duplicateCount += removed;
        }
    }

    /** Runs bulk work under a rollback journal; see {@link BulkMode#withRollbackJournal}. */
    public static <T> T withRollbackJournal(Workspace ws, java.util.function.Supplier<T> work) {
        return BulkMode.withRollbackJournal(ws, work);
    }

    /** Writes everything queued. */
    public void flush() {
        newCustomers.write(c, importId);
        newItems.write(c, importId);
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

    /** Appends the buffered rows (already de-duplicated in memory). */
    private void writeBulkRows() {
        int n = bulkRows.size();
        if (n == 0) {
            return;
        }
        try {
            bulkRows.write();
            interactionsAdded += n;
        } catch (SQLException e) {
            throw new DataStoreException("Cannot store interactions near line " + bulkRows.firstLine() + ": "
                    + e.getMessage(), e);
        }
    }

    private void flushInteractions() {
        writeBulkRows();
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
        return Interruptible.run(c, cancelled, "flag outliers", () -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, "outlier " + column);
                ps.setLong(2, firstInteractionRow);
                ps.setDouble(3, mean);
                ps.setDouble(4, sds * sd);
                return (long) ps.executeUpdate();
            }
        });
    }

    public long interactionsAdded() {
        return interactionsAdded;
    }

    /** How many customers stored before this import it changed ({@link FieldUpdates#customersChanged}). */
    public long customersUpdated() {
        return fieldUpdates.customersChanged();
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
        if (bulk) {
            // nothing reads the new row before the import ends (upserts flush first): insert it with others
            NewIds pending = insert == insertCustomer ? newCustomers : newItems;
            long id = insert == insertCustomer ? nextCustomerRow++ : nextItemRow++;
            if (pending.add(id, externalId, suspect)) {
                pending.write(c, importId);
            }
            return id;
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
        (table.equals("customer") ? newCustomers : newItems).write(c, importId);
        try {
            fieldUpdates.write(table, id, known, attributes, suspect);
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

    @Override
    public void close() {
        try {
            fieldUpdates.close();
            findCustomer.close();
            insertCustomer.close();
            findItem.close();
            insertItem.close();
            bulkRows.close();
            insertRejected.close();
            newCustomers.close();
            newItems.close();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot finish importing: " + e.getMessage(), e);
        }
    }
}
