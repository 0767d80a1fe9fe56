package org.tailor.core.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
import org.tailor.core.task.Cancellation;

/**
 * Writes a synthetic events CSV ({@code customer_id,sku,kind,timestamp,amount}) for benchmarks and crash tests:
 * {@code rows} events over {@code max(100, rows/20)} customers and {@code max(50, rows/100)} items, kinds view,
 * click, cart and purchase (purchases carry an amount), ISO-8601 UTC timestamps in 2024. Seeded: the same
 * arguments give the same bytes.
 */
public final class EventsGenerator {
    private static final String[] KINDS = {"view", "view", "view", "click", "click", "cart", "purchase"};
    private static final long START = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();

    private EventsGenerator() {
    }

    public static void write(Path file, long rows, long seed, Cancellation cancel) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long customers = Math.max(100, rows / 20);
        long items = Math.max(50, rows / 100);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("customer_id,sku,kind,timestamp,amount\n");
            StringBuilder b = new StringBuilder(64);
            for (long i = 0; i < rows; i++) {
                if ((i & 0xFFFF) == 0) {
                    cancel.check();
                }
                b.setLength(0);
                String kind = KINDS[rnd.nextInt(KINDS.length)];
                b.append('C').append(rnd.nextLong(customers)).append(",SKU-").append(rnd.nextLong(items)).append(',')
                        .append(kind).append(',').append(Instant.ofEpochSecond(START + rnd.nextLong(366L * 86_400)))
                        .append(',');
                if (kind.equals("purchase")) {
                    long cents = 100 + rnd.nextLong(20_000);
                    b.append(cents / 100).append('.').append(cents % 100 < 10 ? "0" : "").append(cents % 100);
                }
                b.append('\n');
                w.append(b);
            }
        } catch (IOException e) {
            throw new ImportException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
