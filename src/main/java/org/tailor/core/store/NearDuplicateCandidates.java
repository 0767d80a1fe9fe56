package org.tailor.core.store;

import java.sql.Connection;
import java.util.Arrays;
import java.util.BitSet;

/**
 * What an import notes, row by row, so that the near-duplicate check afterwards ({@link NearDuplicateFlagger}) reads
 * as little as it can: the customers (row ids) whose (customer, item, kind, value) group came twice, and, when
 * nothing was stored before the import, the customer of every appended row in order (row ids follow on from the
 * import's first row: SQLite gives each appended row the next id), so only the candidate rows are read back by id.
 */
final class NearDuplicateCandidates {
    private final long firstRow;
    private final BitSet repeated = new BitSet();
    private boolean untracked;
    private int[] rowCustomers;
    private int appended;

    /** {@code firstRow}: the first interaction row id of the import; {@code expectedRows} sizes the row list. */
    NearDuplicateCandidates(long firstRow, long expectedRows) {
        this.firstRow = firstRow;
        this.rowCustomers = firstRow == 1 ? new int[(int) Math.min(Math.max(expectedRows, 1024), 1 << 23)] : null;
    }

    /** Notes an appended row of customer {@code cid}; {@code groupRepeated}: its group came before. */
    void row(long cid, boolean groupRepeated) {
        boolean fits = cid >= 0 && cid <= Integer.MAX_VALUE;
        if (groupRepeated) {
            if (fits) {
                repeated.set((int) cid);
            } else {
                untracked = true;   // such row ids do not occur in practice; every customer is checked then
            }
        }
        if (rowCustomers != null) {
            if (!fits) {
                rowCustomers = null;
            } else {
                if (appended == rowCustomers.length) {
                    rowCustomers = Arrays.copyOf(rowCustomers, appended + (appended >> 1) + 1024);
                }
                rowCustomers[appended] = (int) cid;
            }
        }
        appended++;
    }

    /** Flags the import's near-duplicates within {@code windowSeconds}; returns how many rows were flagged. */
    long flag(Connection c, long importId, long windowSeconds) {
        if (untracked) {
            return NearDuplicateFlagger.flagAll(c, importId, windowSeconds);
        }
        if (rowCustomers != null) {
            // nothing was stored before: the candidates are exactly this import's rows of the marked customers
            return NearDuplicateFlagger.flagRows(c, importId, windowSeconds, candidateRows());
        }
        return NearDuplicateFlagger.flag(c, importId, windowSeconds, firstRow, repeated);
    }

    /** Row ids of the appended rows whose customer has a repeated group. */
    private long[] candidateRows() {
        if (repeated.isEmpty()) {
            return new long[0];
        }
        long[] out = new long[16];
        int n = 0;
        for (int k = 0; k < appended; k++) {
            if (repeated.get(rowCustomers[k])) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = firstRow + k;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
