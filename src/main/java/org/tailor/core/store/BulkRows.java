package org.tailor.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The interaction rows of an import waiting to be written: held in plain arrays, then bound into one multi-row
 * INSERT of {@link #capacity()} rows (one call into SQLite for all of them instead of one per row). The rows are
 * de-duplicated before they get here ({@link ImportWriter}), so no per-row outcome is needed.
 * <p>
 * Binding a value costs a call into SQLite's C library, about as much as SQLite's own work for the value, so a
 * statement binds only what varies: the import id is a literal, and a nullable column that is empty in every row
 * of the group (the order id of an events file, the amount of a file of views) is a NULL literal. One prepared
 * statement per such pattern is kept (a file has a handful). A last, partial group is written the same way.
 */
final class BulkRows {
    private static final String[] COLUMNS = {"customer_id", "item_id", "kind", "value", "amount", "ts", "order_id",
        "natural_key", "suspect", "source_line"};
    private static final int ITEM = 1;
    static final int VALUE = 2;
    static final int AMOUNT = 4;
    static final int TS = 8;
    private static final int ORDER = 16;
    private static final int SUSPECT = 32;

    private final Connection c;
    private final long importId;
    private final long[] customer;
    private final long[] item;
    private final String[] kind;
    private final double[] value;
    private final double[] amount;
    private final long[] ts;
    /** Per row: which nullable columns hold a value (the bits above). */
    private final byte[] present;
    private final String[] order;
    private final long[] key;
    private final String[] suspect;
    private final long[] line;
    private final Map<Integer, PreparedStatement> statements = new HashMap<>();
    private int size;
    /** Which nullable columns hold a value in some row held. */
    private int used;

    BulkRows(Connection c, long importId, int capacity) {
        this.c = c;
        this.importId = importId;
        customer = new long[capacity];
        item = new long[capacity];
        kind = new String[capacity];
        value = new double[capacity];
        amount = new double[capacity];
        ts = new long[capacity];
        present = new byte[capacity];
        order = new String[capacity];
        key = new long[capacity];
        suspect = new String[capacity];
        line = new long[capacity];
    }

    int capacity() {
        return customer.length;
    }

    int size() {
        return size;
    }

    /** The source line of the first row held (for error messages). */
    long firstLine() {
        return line[0];
    }

    /**
     * Adds one row ({@code itemId} {@link ImportWriter#NO_ITEM} for none; {@code has}: which of {@link #VALUE},
     * {@link #AMOUNT} and {@link #TS} hold a value); returns true when the buffer is full.
     */
    boolean add(long customerId, long itemId, String kind, double value, double amount, long ts, int has,
                String orderId, long naturalKey, String suspect, long sourceLine) {
        int i = size++;
        int p = has & (VALUE | AMOUNT | TS);
        customer[i] = customerId;
        if (itemId != ImportWriter.NO_ITEM) {
            p |= ITEM;
            item[i] = itemId;
        }
        this.kind[i] = kind;
        this.value[i] = value;
        this.amount[i] = amount;
        this.ts[i] = ts;
        if (orderId != null) {
            p |= ORDER;
        }
        if (suspect != null) {
            p |= SUSPECT;
        }
        present[i] = (byte) p;
        used |= p;
        order[i] = orderId;
        key[i] = naturalKey;
        this.suspect[i] = suspect;
        line[i] = sourceLine;
        return size == customer.length;
    }

    /** Writes the rows held. */
    void write() throws SQLException {
        if (size == 0) {
            return;
        }
        int shape = used;
        PreparedStatement ps = size == customer.length ? statements.get(shape) : null;
        boolean keep = size == customer.length;
        if (ps == null) {
            ps = c.prepareStatement(sql(shape, size));
            if (keep) {
                statements.put(shape, ps);
            }
        }
        try {
            int o = 0;
            for (int i = 0; i < size; i++) {
                o = bind(ps, o, i, shape);
            }
            ps.executeUpdate();
        } finally {
            if (!keep) {
                ps.close();
            }
        }
        size = 0;
        used = 0;
    }

    private String sql(int shape, int rows) {
        StringBuilder one = new StringBuilder("(");
        for (int col = 0; col < COLUMNS.length; col++) {
            int bit = bit(col);
            one.append(bit != 0 && (shape & bit) == 0 ? "NULL" : "?").append(',');
            if (col == 6) {
                one.append(importId).append(',');
            }
        }
        one.setCharAt(one.length() - 1, ')');
        return "INSERT INTO interaction(customer_id, item_id, kind, value, amount, ts, order_id, import_id,"
                + " natural_key, suspect, source_line) VALUES " + (one + ",").repeat(rows - 1) + one;
    }

    /** The presence bit of a nullable column, 0 for a column that always has a value. */
    private static int bit(int col) {
        return switch (col) {
            case 1 -> ITEM;
            case 3 -> VALUE;
            case 4 -> AMOUNT;
            case 5 -> TS;
            case 6 -> ORDER;
            case 8 -> SUSPECT;
            default -> 0;
        };
    }

    /** Binds row {@code i} after parameter {@code o}; returns the last parameter bound. */
    private int bind(PreparedStatement ps, int o, int i, int shape) throws SQLException {
        int p = present[i];
        ps.setLong(++o, customer[i]);
        if ((shape & ITEM) != 0) {
            if ((p & ITEM) != 0) {
                ps.setLong(++o, item[i]);
            } else {
                ps.setNull(++o, java.sql.Types.INTEGER);
            }
        }
        ps.setString(++o, kind[i]);
        if ((shape & VALUE) != 0) {
            if ((p & VALUE) != 0) {
                ps.setDouble(++o, value[i]);
            } else {
                ps.setNull(++o, java.sql.Types.REAL);
            }
        }
        if ((shape & AMOUNT) != 0) {
            if ((p & AMOUNT) != 0) {
                ps.setDouble(++o, amount[i]);
            } else {
                ps.setNull(++o, java.sql.Types.REAL);
            }
        }
        if ((shape & TS) != 0) {
            if ((p & TS) != 0) {
                ps.setLong(++o, ts[i]);
            } else {
                ps.setNull(++o, java.sql.Types.INTEGER);
            }
        }
        if ((shape & ORDER) != 0) {
            ps.setString(++o, order[i]);
        }
        ps.setLong(++o, key[i]);
        if ((shape & SUSPECT) != 0) {
            ps.setString(++o, suspect[i]);
        }
        ps.setLong(++o, line[i]);
        return o;
    }

    void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
    }
}
