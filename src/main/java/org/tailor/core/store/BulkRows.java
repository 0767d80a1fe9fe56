package org.tailor.core.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The interaction rows of a bulk import waiting to be written: held in plain arrays, then bound into one multi-row
 * INSERT of {@link #capacity()} rows (one call into SQLite for all of them instead of one per row). A last,
 * partial group goes row by row through the single-row statement. Both statements name the import id as a literal
 * (it is the same for every row) and bind the other {@link #BOUND} values. Only used without OR IGNORE: in bulk mode
 * duplicates are found when the natural-key index is rebuilt, so no per-row outcome is needed here.
 */
final class BulkRows {
    private final long[] customer;
    private final long[] item;
    private final String[] kind;
    private final double[] value;
    private final double[] amount;
    private final long[] ts;
    private final byte[] nulls;
    private final String[] order;
    private final long[] key;
    private final String[] suspect;
    private final long[] line;
    private int size;

    /** Values bound per row: the 11 columns but the import id, which the statements hold as a literal. */
    static final int BOUND = 10;
    private static final byte NO_ITEM = 1;
    private static final byte NO_VALUE = 2;
    private static final byte NO_AMOUNT = 4;
    private static final byte NO_TS = 8;

    BulkRows(int capacity) {
        customer = new long[capacity];
        item = new long[capacity];
        kind = new String[capacity];
        value = new double[capacity];
        amount = new double[capacity];
        ts = new long[capacity];
        nulls = new byte[capacity];
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

    /** Adds one row; returns true when the buffer is full. */
    boolean add(long customerId, Long itemId, String kind, Double value, Double amount, Long ts, String orderId,
                long naturalKey, String suspect, long sourceLine) {
        int i = size++;
        byte n = 0;
        customer[i] = customerId;
        if (itemId == null) {
            n |= NO_ITEM;
        } else {
            item[i] = itemId;
        }
        this.kind[i] = kind;
        if (value == null) {
            n |= NO_VALUE;
        } else {
            this.value[i] = value;
        }
        if (amount == null) {
            n |= NO_AMOUNT;
        } else {
            this.amount[i] = amount;
        }
        if (ts == null) {
            n |= NO_TS;
        } else {
            this.ts[i] = ts;
        }
        nulls[i] = n;
        order[i] = orderId;
        key[i] = naturalKey;
        this.suspect[i] = suspect;
        line[i] = sourceLine;
        return size == customer.length;
    }

    /** Writes a full buffer with {@code many} (capacity rows), a partial one row by row with {@code one}. */
    void write(PreparedStatement many, PreparedStatement one) throws SQLException {
        if (size == customer.length) {
            for (int i = 0; i < size; i++) {
                bind(many, i * BOUND, i);
            }
            many.executeUpdate();
        } else if (size > 0) {
            for (int i = 0; i < size; i++) {
                bind(one, 0, i);
                one.addBatch();
            }
            one.executeBatch();
        }
        size = 0;
    }

    private void bind(PreparedStatement ps, int o, int i) throws SQLException {
        byte n = nulls[i];
        ps.setLong(o + 1, customer[i]);
        if ((n & NO_ITEM) != 0) {
            ps.setNull(o + 2, Types.INTEGER);
        } else {
            ps.setLong(o + 2, item[i]);
        }
        ps.setString(o + 3, kind[i]);
        if ((n & NO_VALUE) != 0) {
            ps.setNull(o + 4, Types.REAL);
        } else {
            ps.setDouble(o + 4, value[i]);
        }
        if ((n & NO_AMOUNT) != 0) {
            ps.setNull(o + 5, Types.REAL);
        } else {
            ps.setDouble(o + 5, amount[i]);
        }
        if ((n & NO_TS) != 0) {
            ps.setNull(o + 6, Types.INTEGER);
        } else {
            ps.setLong(o + 6, ts[i]);
        }
        ps.setString(o + 7, order[i]);
        ps.setLong(o + 8, key[i]);
        ps.setString(o + 9, suspect[i]);
        ps.setLong(o + 10, line[i]);
    }
}
