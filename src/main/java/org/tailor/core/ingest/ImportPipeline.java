package org.tailor.core.ingest;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.tailor.core.store.GroupFingerprints;
import org.tailor.core.store.ImportWriter;
import org.tailor.core.store.KeySet;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.CancelledException;

/**
 * Reads, parses and converts the rows of an interactions file on a second thread while the calling thread (the one
 * holding the import's transaction) writes them: the reader records what the converter would write into batches
 * of about {@link #BATCH} rows, and the writer replays each batch, in file order, onto the real sink. The reader
 * also does the per-row work that needs no database: it numbers customer and item ids (so the writer looks an id
 * up in an array, not a map), computes each interaction's natural key and drops duplicates. At most
 * {@link #QUEUE} batches wait, so memory stays bounded whatever the file's size.
 * <p>
 * Only for a sink whose answers the converter does not need (interactions; customers files ask whether a customer
 * exists) and whose writes report nothing back while rows arrive (bulk mode: the stored keys are in memory).
 * Everything the reader touches ({@link CsvRows}, {@link RowConverter}, {@link ImportStats}) is read by the
 * calling thread only after {@link #run} has joined the reader. A reader failure is rethrown on the calling thread;
 * a cancel or a write failure stops the reader within one batch; the reader thread is always ended before
 * {@link #run} returns.
 */
final class ImportPipeline {
    /** Sink calls per batch (a row makes at most three). */
    static final int BATCH = 2048;
    /** Batches waiting between the reader and the writer. */
    static final int QUEUE = 4;

    /** What the calling thread is told as batches are written: rows read so far and bytes read so far. */
    @FunctionalInterface
    interface Written {
        void rows(long rowsRead, long bytesRead);
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE);
    private volatile boolean stopped;

    /**
     * Runs the import loop: {@code rows} read and {@code conv} converts (through {@code recorder}) on a reader
     * thread; batches are replayed onto {@code sink} here. {@code erased} answers the converter's erasure question
     * on the reader thread (it must not touch the workspace connection).
     */
    void run(CsvRows rows, RecordingSink recorder, RowConverter conv, ImportStats stats, long[] bytes, RowSink sink,
             ImportWriter writer, Cancellation cancel, Written written) {
        RowIds ids = new RowIds(writer);
        Thread reader = new Thread(() -> read(rows, recorder, conv, stats, bytes, cancel), "tailor-import-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                cancel.check();
                Batch b = queue.poll(100, TimeUnit.MILLISECONDS);
                if (b == null) {
                    continue;
                }
                if (b.failure != null) {
                    rethrow(b.failure);
                }
                b.replay(sink, writer, ids);
                written.rows(b.rowsRead, b.bytesRead);
                if (b.last) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } finally {
            stopped = true;
            reader.interrupt();
            queue.clear();
            joinQuietly(reader);
        }
    }

    private void read(CsvRows rows, RecordingSink recorder, RowConverter conv, ImportStats stats, long[] bytes,
                      Cancellation cancel) {
        Batch b = new Batch();
        recorder.batch = b;
        try {
            long[] line = new long[1];
            java.util.List<String> r;
            while ((r = rows.next(line)) != null) {
                stats.rowsRead++;
                conv.convert(line[0], r, rows.problem(), rows.problemColumn());
                if (b.size >= BATCH) {
                    if (stopped || cancel.isCancelled()) {
                        return;
                    }
                    recorder.check(b);
                    b.rowsRead = stats.rowsRead;
                    b.bytesRead = bytes[0];
                    queue.put(b);
                    b = new Batch();
                    recorder.batch = b;
                }
            }
            recorder.check(b);
            b.rowsRead = stats.rowsRead;
            b.bytesRead = bytes[0];
            b.last = true;
            queue.put(b);
        } catch (InterruptedException e) {
            // the writer has stopped (cancel or failure): nothing more to read
        } catch (RuntimeException | Error e) {
            Batch failed = new Batch();
            failed.failure = e;
            while (!stopped) {
                try {
                    if (queue.offer(failed, 100, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private static void rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The converter's sink on the reader thread: records every call into the current batch, and de-duplicates
     * interactions by natural key against the writer's {@link KeySet} (which only this thread uses while the
     * pipeline runs), so a duplicate is reported here and never travels to the writer.
     */
    static final class RecordingSink implements RowSink {
        private final Predicate<String> erased;
        private final ImportStats stats;
        private final KeySet keys;
        private final GroupFingerprints groups;
        private final Slots customerSlots = new Slots();
        private final Slots itemSlots = new Slots();
        private Batch batch;

        RecordingSink(Predicate<String> erased, ImportStats stats, ImportWriter writer) {
            this.erased = erased;
            this.stats = stats;
            this.keys = writer.keys();
            this.groups = writer.groups();
        }

        @Override
        public boolean erased(String customerId) {
            return erased.test(customerId);
        }

        @Override
        public boolean customer(String id, Map<String, String> fields, String suspect, boolean mustExist) {
            if (mustExist) {
                throw new IllegalStateException("a customer that must exist cannot be checked ahead of writing");
            }
            batch.add(Batch.CUSTOMER, 0, id, null, null, null, null, null, null, suspect, fields);
            return true;
        }

        @Override
        public void item(String sku, Map<String, String> fields, String suspect) {
            batch.add(Batch.ITEM, 0, null, sku, null, null, null, null, null, suspect, fields);
        }

        @Override
        public void interaction(long line, String customerId, String sku, String kind, Double value, Double amount,
                                Long ts, String orderId, String suspect) {
            int i = batch.add(Batch.INTERACTION, line, customerId, sku, kind, value, amount, ts, orderId, suspect,
                    null);
            batch.key[i] = ImportWriter.naturalKey(customerId, sku, kind, value, amount, ts, orderId);
            batch.group[i] = ts == null ? 0 : GroupFingerprints.fingerprint(customerId, sku, kind, value);
        }

        /**
         * Drops the batch's duplicates (reported in file order), marks its repeated groups and numbers its customer
         * and item ids, in tight loops over the batch rather than row by row: the look-ups into the large key,
         * group and id tables of one row do not wait for those of the row before, so the processor overlaps their
         * cache misses (a fifth of the reading thread's time went to waiting for them).
         */
        void check(Batch b) {
            for (int i = 0; i < b.size; i++) {
                if (b.op[i] == Batch.INTERACTION && !keys.add(b.key[i])) {
                    b.op[i] = Batch.DUPLICATE;
                    stats.duplicate(b.line[i], b.order[i], b.kind[i]);
                }
            }
            for (int i = 0; i < b.size; i++) {
                b.repeated[i] = b.op[i] == Batch.INTERACTION && b.group[i] != 0 && !groups.add(b.group[i]);
            }
            for (int i = 0; i < b.size; i++) {
                if (b.op[i] == Batch.INTERACTION) {
                    b.customerSlot[i] = customerSlots.slot(b.customer[i]);
                    b.itemSlot[i] = b.sku[i] == null ? -1 : itemSlots.slot(b.sku[i]);
                }
            }
        }

        @Override
        public void rejected(long line, String column, String reason, String raw, String customerId) {
            // column, reason and raw travel in the kind, order and suspect slots
            batch.add(Batch.REJECTED, line, customerId, null, column, null, null, null, reason, raw, null);
        }
    }

    /** Sink calls in the order they were made, in parallel arrays. */
    private static final class Batch {
        static final byte CUSTOMER = 1;
        static final byte ITEM = 2;
        static final byte INTERACTION = 3;
        static final byte REJECTED = 4;
        /** An interaction found to repeat an earlier one ({@link RecordingSink#check}): not written. */
        static final byte DUPLICATE = 5;
        private static final int CAPACITY = BATCH + 4;

        final byte[] op = new byte[CAPACITY];
        final long[] line = new long[CAPACITY];
        final String[] customer = new String[CAPACITY];
        final String[] sku = new String[CAPACITY];
        final String[] kind = new String[CAPACITY];
        /** Interaction measures as primitives (see {@link #present}), so the writer chases no boxes. */
        final double[] value = new double[CAPACITY];
        final double[] amount = new double[CAPACITY];
        final long[] ts = new long[CAPACITY];
        /** Which of value, amount and time an interaction has ({@link ImportWriter#HAS_VALUE} ...). */
        final byte[] present = new byte[CAPACITY];
        final String[] order = new String[CAPACITY];
        final String[] suspect = new String[CAPACITY];
        @SuppressWarnings("unchecked")
        final Map<String, String>[] fields = new Map[CAPACITY];
        final int[] customerSlot = new int[CAPACITY];
        final int[] itemSlot = new int[CAPACITY];
        final long[] key = new long[CAPACITY];
        final boolean[] repeated = new boolean[CAPACITY];
        /** Group fingerprint of each interaction with a time ({@link GroupFingerprints}), 0 without. */
        final int[] group = new int[CAPACITY];
        int size;
        long rowsRead;
        long bytesRead;
        boolean last;
        Throwable failure;

        int add(byte o, long ln, String cust, String s, String k, Double v, Double a, Long t, String ord, String sus,
                Map<String, String> f) {
            int i = size++;
            op[i] = o;
            line[i] = ln;
            customer[i] = cust;
            sku[i] = s;
            kind[i] = k;
            int p = 0;
            if (v != null) {
                value[i] = v;
                p |= ImportWriter.HAS_VALUE;
            }
            if (a != null) {
                amount[i] = a;
                p |= ImportWriter.HAS_AMOUNT;
            }
            if (t != null) {
                ts[i] = t;
                p |= ImportWriter.HAS_TS;
            }
            present[i] = (byte) p;
            order[i] = ord;
            suspect[i] = sus;
            fields[i] = f;
            return i;
        }

        void replay(RowSink sink, ImportWriter writer, RowIds ids) {
            for (int i = 0; i < size; i++) {
                switch (op[i]) {
                    case CUSTOMER -> sink.customer(customer[i], fields[i], suspect[i], false);
                    case ITEM -> sink.item(sku[i], fields[i], suspect[i]);
                    case INTERACTION -> writer.append(line[i], ids.customer(customerSlot[i], customer[i]),
                            sku[i] == null ? ImportWriter.NO_ITEM : ids.item(itemSlot[i], sku[i]), kind[i], value[i],
                            amount[i], ts[i], present[i], order[i], suspect[i], key[i], repeated[i]);
                    case REJECTED -> sink.rejected(line[i], kind[i], order[i], suspect[i], customer[i]);
                    default -> {
                        // a duplicate, reported by the reader
                    }
                }
            }
        }
    }

    /** The writer's row ids of the customers and items the reader numbered, looked up once per id. */
    private static final class RowIds {
        private static final long UNKNOWN = Long.MIN_VALUE;
        private final ImportWriter writer;
        private long[] customers = new long[0];
        private long[] items = new long[0];

        RowIds(ImportWriter writer) {
            this.writer = writer;
        }

        long customer(int slot, String id) {
            if (slot >= customers.length) {
                customers = grow(customers, slot);
            }
            long row = customers[slot];
            if (row == UNKNOWN) {
                row = writer.customerId(id, null);
                customers[slot] = row;
            }
            return row;
        }

        long item(int slot, String sku) {
            if (slot >= items.length) {
                items = grow(items, slot);
            }
            long row = items[slot];
            if (row == UNKNOWN) {
                row = writer.itemId(sku, null);
                items[slot] = row;
            }
            return row;
        }

        private static long[] grow(long[] a, int slot) {
            long[] b = Arrays.copyOf(a, Math.max(slot + 1, a.length * 2 + 1024));
            Arrays.fill(b, a.length, b.length, UNKNOWN);
            return b;
        }
    }
}
