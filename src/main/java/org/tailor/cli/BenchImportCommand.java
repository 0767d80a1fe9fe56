package org.tailor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.tailor.core.ingest.EventsGenerator;
import org.tailor.core.ingest.ImportOptions;
import org.tailor.core.ingest.ImportReport;
import org.tailor.core.ingest.ImportService;
import org.tailor.core.ingest.PresetCatalog;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tailor bench import --rows N [--vs-sqlite3]}: generates an events CSV, imports it into a fresh workspace
 * (parsed, validated, de-duplicated and stored) and prints rows/s; with {@code --vs-sqlite3} it also times the
 * sqlite3 tool's {@code .import} of the same file into a plain table, and prints both times and the ratio.
 */
@Command(mixinStandardHelpOptions = true, name = "import", description = "Generate an events CSV of N rows and time its import"
        + " (optionally against the sqlite3 tool's .import).")
final class BenchImportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--rows", defaultValue = "1000000", description = "Rows to generate (default ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated rows (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--file", description = "Import this events CSV instead of generating one.")
    Path file;

    @Option(names = "--dir", description = "Scratch folder (default: a new temporary folder, deleted after).")
    Path dir;

    @Option(names = "--verbose", description = "Print progress with timestamps.")
    boolean verbose;

    @Option(names = "--vs-sqlite3", description = "Also time `sqlite3 .import` of the same file.")
    boolean vsSqlite;

    @Option(names = "--sqlite3", defaultValue = "/usr/bin/sqlite3", description = "Path of the sqlite3 tool.")
    Path sqlite3;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("tailor-bench-");
            Path csv = file;
            if (csv == null) {
                csv = work.resolve("events-" + rows + ".csv");
                long t0 = System.nanoTime();
                EventsGenerator.write(csv, rows, seed, Cancellation.NONE);
                out.printf("generated %,d rows (%,d bytes) in %.1f s: %s%n", rows, Files.size(csv),
                        (System.nanoTime() - t0) / 1e9, csv);
            }
            Path db = work.resolve("bench.db");
            deleteWorkspace(db);
            long t0 = System.nanoTime();
            ImportReport r;
            try (Workspace ws = Workspace.open(db)) {
                r = new ImportService(PresetCatalog.builtIn()).importFile(ws, csv, ImportOptions.preset("events"),
                        (f, m) -> {
                            if (verbose) {
                                out.printf("  %6.2f s  %s%n", (System.nanoTime() - t0) / 1e9, m);
                                out.flush();
                            }
                        }, Cancellation.NONE);
                if (verbose) {
                    out.printf("  %6.2f s  committed%n", (System.nanoTime() - t0) / 1e9);
                }
            }
            double tailor = (System.nanoTime() - t0) / 1e9;
            out.printf("tailor import: %,d rows in %.2f s = %,.0f rows/s (%,d interactions, %,d customers, %,d items,"
                    + " %,d rejected; heap max %d MB)%n", r.rowsRead(), tailor, r.rowsRead() / tailor,
                    r.interactionsAdded(), r.customersAdded(), r.itemsAdded(), r.rejectedCount(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            if (vsSqlite) {
                compare(out, csv, work, tailor, r.rowsRead());
            }
            if (dir == null) {
                deleteWorkspace(db);
                if (file == null) {
                    Files.deleteIfExists(csv);
                }
                Files.deleteIfExists(work);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Benchmark failed: " + e.getMessage(), e);
        }
    }

    private void compare(PrintWriter out, Path csv, Path work, double tailor, long rowsImported) throws IOException {
        if (!Files.isExecutable(sqlite3)) {
            out.printf("sqlite3: not installed at %s (install it, e.g. apt-get install sqlite3, or pass --sqlite3);"
                    + " no comparison%n", sqlite3);
            return;
        }
        Path db = work.resolve("sqlite3.db");
        Files.deleteIfExists(db);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(sqlite3.toString(), db.toString(), ".mode csv", ".import " + csv + " events")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(1, TimeUnit.HOURS) || p.exitValue() != 0) {
                out.println("sqlite3 .import failed (exit " + p.exitValue() + ")");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for sqlite3", e);
        }
        double lite = (System.nanoTime() - t0) / 1e9;
        out.printf("sqlite3 .import: %.2f s (plain table, no parsing of values, no keys)%n", lite);
        out.printf("ratio tailor/sqlite3: %.2f (target <= 2.00)%n", tailor / lite);
        if (rowsImported < 1_000_000) {
            out.printf("note: the target is for 1,000,000 rows; with fewer, Tailor's start (loading and compiling its"
                    + " code, about half a second) weighs more than the import itself%n");
        }
        Files.deleteIfExists(db);
    }

    private static void deleteWorkspace(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
    }
}
