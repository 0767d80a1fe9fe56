package org.tailor.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tailor.core.ingest.Entity;
import org.tailor.core.ingest.ImportOptions;
import org.tailor.core.ingest.ImportReport;
import org.tailor.core.ingest.ImportService;
import org.tailor.core.ingest.PresetCatalog;
import org.tailor.core.ingest.WorkspacePresets;
import org.tailor.core.store.RejectedRowRepository;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tailor import --workspace W.db [--preset NAME | --as ENTITY] FILE...}: one transaction per file. */
@Command(mixinStandardHelpOptions = true, name = "import", description = "Import CSV/TSV files (gzip read directly) into a workspace, one transaction"
        + " per file. Bad rows are kept as rejected rows; importing the same file twice adds nothing.")
final class ImportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "Workspace file (created when missing).")
    Path workspace;

    @Option(names = "--preset", description = "Preset: ${COMPLETION-CANDIDATES}, a preset saved in the workspace, or a preset JSON file.",
            completionCandidates = PresetNames.class)
    String preset;

    @Option(names = "--as", description = "What the files hold: customers, items or interactions (default: guessed"
            + " from the header).")
    String entity;

    @Option(names = "--date-format", description = "Format of the date columns, e.g. dd/MM/yyyy, MM/dd/yyyy,"
            + " yyyy-MM-dd, epoch-seconds, epoch-millis, spreadsheet-serial.")
    String dateFormat;

    @Option(names = "--encoding", description = "Encoding, overriding detection (UTF-8, windows-1252, GB18030 ...).")
    String encoding;

    @Option(names = "--delimiter", description = "Delimiter, overriding detection: , ; | tab.")
    String delimiter;

    @Option(names = "--map", description = "COLUMN=FIELD (field key such as customer_id, sku, email, or ignore).")
    Map<String, String> mapping;

    @Option(names = "--missing", description = "COLUMN=POLICY for empty cells: reject, empty or default:VALUE.")
    Map<String, String> missing;

    @Option(names = "--type", description = "COLUMN=TYPE overriding the value type: text, integer, boolean, date,"
            + " date:PATTERN (e.g. date:dd/MM/yyyy), decimal or decimal-comma. A value that does not fit rejects its"
            + " row; a type that contradicts the column's role (text for an amount) is refused.")
    Map<String, String> types;

    @Option(names = "--near-duplicate-seconds", paramLabel = "SECONDS", description = "Flag an event as a"
            + " near-duplicate when the same customer, item, kind and value occur again within this many seconds"
            + " (default 60; 0 turns the rule off).")
    Integer nearDuplicateSeconds;

    @Option(names = "--header-line", paramLabel = "N", description = "The line (counted from 1) that holds the"
            + " header, when notes above it are not recognised as such.")
    Integer headerLine;

    @Option(names = "--returns", description = "Cancellations and negative quantities: store (as kind return) or"
            + " reject.")
    String returns;

    @Option(names = "--join-existing", description = "Customers file: update existing customers only (attribute"
            + " files); unknown ids are rejected.")
    boolean joinExisting;

    @Option(names = "--json", description = "Print the report as JSON, with every rejected row.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Delimited files to import (one transaction each).")
    List<Path> files;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        PresetCatalog catalog = PresetCatalog.builtIn();
        String presetName = preset;
        if (preset != null && preset.endsWith(".json")) {
            catalog = catalog.with(Path.of(preset));
            presetName = catalog.all().get(catalog.all().size() - 1).name();
        }
        if (nearDuplicateSeconds != null && nearDuplicateSeconds < 0) {
            throw new IllegalArgumentException("--near-duplicate-seconds " + nearDuplicateSeconds
                    + ": use a whole number of seconds, 0 or more (0 turns the rule off)");
        }
        if (headerLine != null && headerLine < 1) {
            throw new IllegalArgumentException("--header-line " + headerLine + ": lines are counted from 1");
        }
        ImportOptions options = new ImportOptions(presetName, entity == null ? null : parseEntity(entity), encoding,
                delimiter, dateFormat, mapping, missing, returns, joinExisting ? Boolean.TRUE : null, types,
                nearDuplicateSeconds, headerLine);
        List<String> failed = new ArrayList<>();
        boolean existed = java.nio.file.Files.exists(workspace);
        boolean imported = false;
        try (Workspace ws = Workspace.open(workspace)) {
            ImportService service = new ImportService(new WorkspacePresets(ws).catalog(catalog));
            JsonWriter jw = json ? startJson(out) : null;
            for (Path file : files) {
                ImportReport r = service.importFile(ws, file, options, Progress.NONE, Cancellation.NONE);
                imported = true;
                if (json) {
                    writeJson(jw, r, new RejectedRowRepository(ws));
                } else {
                    printText(out, r, workspace);
                }
                if (r.allRejected()) {
                    failed.add(String.format("no row of %s could be imported (%,d rejected; see %s rejects"
                            + " --workspace %s --import %d)", file.getFileName(), r.rejectedCount(),
                            SelfCommand.text(), workspace, r.importId()));
                }
            }
            if (json) {
                endJson(jw, out);
            }
        } catch (RuntimeException e) {
            if (!existed && !imported) {
                // a command that failed before importing anything leaves no empty workspace behind
                deleteWorkspace(workspace);
            }
            throw e;
        }
        out.flush();
        if (!failed.isEmpty()) {
            throw new IllegalStateException(String.join("; ", failed));
        }
    }

    private static void deleteWorkspace(Path db) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                java.nio.file.Files.deleteIfExists(Path.of(db + suffix));
            } catch (java.io.IOException ignored) {
                // it stays; nothing was written into it
            }
        }
    }

    private static Entity parseEntity(String s) {
        try {
            return Entity.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--as " + s + ": use customers, items or interactions", e);
        }
    }

    private static JsonWriter startJson(PrintWriter out) {
        try {
            JsonWriter jw = new JsonWriter(new NonClosing(out));
            jw.setIndent("  ");
            jw.setHtmlSafe(false);
            jw.beginObject().name("files").beginArray();
            return jw;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void endJson(JsonWriter jw, PrintWriter out) {
        try {
            jw.endArray().endObject();
            jw.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one file's report with every rejected row, streamed from the workspace (memory stays bounded however
     * many rows were rejected).
     */
    static void writeJson(JsonWriter jw, ImportReport r, RejectedRowRepository rejected) {
        com.google.gson.Gson gson = new GsonBuilder().disableHtmlEscaping().create();
        JsonObject o = gson.toJsonTree(r).getAsJsonObject();
        o.remove("rejected");
        JsonObject stored = new JsonObject();
        stored.addProperty("customers", r.customersAdded());
        stored.addProperty("customersUpdated", r.customersUpdated());
        stored.addProperty("items", r.itemsAdded());
        stored.addProperty("interactions", r.interactionsAdded());
        o.add("stored", stored);
        o.addProperty("rowsPerSecond", Math.round(r.rowsPerSecond()));
        try {
            jw.beginObject();
            for (Map.Entry<String, com.google.gson.JsonElement> e : o.entrySet()) {
                jw.name(e.getKey());
                gson.toJson(e.getValue(), jw);
            }
            jw.name("rejected").beginArray();
            IOException[] failure = new IOException[1];
            rejected.forEach(r.importId(), row -> {
                if (failure[0] != null) {
                    return;
                }
                try {
                    jw.beginObject().name("line").value(row.line()).name("column").value(row.column())
                            .name("reason").value(row.reason()).endObject();
                } catch (IOException ex) {
                    failure[0] = ex;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            jw.endArray().endObject();
            jw.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the command's writer open when the JSON writer is done with it. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(java.io.Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static void printText(PrintWriter out, ImportReport r, Path workspace) {
        out.printf("%s: %s, %s (%.0f%%), delimiter %s (%.0f%%)%n", r.file(), r.entity(), r.encoding(),
                r.encodingConfidence() * 100, r.delimiter(), r.delimiterConfidence() * 100);
        out.printf("  rows read %,d; stored: %,d customers (+%,d updated), %,d items, %,d interactions;"
                        + " %,d duplicates skipped; %,d rejected; %.1f s (%,.0f rows/s)%n", r.rowsRead(),
                r.customersAdded(), r.customersUpdated(), r.itemsAdded(), r.interactionsAdded(),
                r.duplicatesSkipped(), r.rejectedCount(), r.seconds(), r.rowsPerSecond());
        Map<String, String> formats = new LinkedHashMap<>(r.dateFormats());
        formats.forEach((c, f) -> out.printf("  date column %s read as %s%n", c, f));
        r.cleaning().forEach(c -> out.println("  " + c));
        r.warnings().stream().limit(20).forEach(w -> out.println("  warning " + where(w) + w.message()));
        r.rejected().stream().limit(20).forEach(w -> out.printf("  rejected line %d, %s: %s%n", w.line(), w.column(),
                w.message()));
        if (r.rejectedCount() > 20) {
            String ws = workspace.toString().contains(" ") ? "\"" + workspace + "\"" : workspace.toString();
            out.printf("  ... %,d rejected rows in all: %s rejects --workspace %s --import %d"
                    + " --out rejected.csv%n", r.rejectedCount(), SelfCommand.text(), ws, r.importId());
        }
    }

    /** "line 7, amount: " for a warning at a cell, "" for one about the whole file (line 0). */
    private static String where(ImportReport.Issue w) {
        if (w.line() <= 0) {
            return "";
        }
        return "line " + w.line() + (w.column() == null ? ": " : ", " + w.column() + ": ");
    }

    /** The built-in preset names for help text. */
    static final class PresetNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        PresetNames() {
            super(PresetCatalog.BUILT_IN);
        }
    }
}
