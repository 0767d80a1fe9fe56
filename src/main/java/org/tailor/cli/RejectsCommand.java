package org.tailor.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tailor.core.export.CsvCells;
import org.tailor.core.store.ImportRunRepository;
import org.tailor.core.store.RejectedRowRepository;
import org.tailor.core.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tailor rejects --workspace W.db [--import ID] [--out FILE.csv]}: rejected rows as CSV. */
@Command(mixinStandardHelpOptions = true, name = "rejects", description = "Export the rows imports rejected as CSV (UTF-8, header):"
        + " import_id, file, line, column, reason, raw.")
final class RejectsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "Workspace file (.db).")
    Path workspace;

    @Option(names = "--import", description = "Only this import run (default: all).")
    Long importId;

    @Option(names = "--out", description = "Write to this file (default: standard output).")
    Path out;

    @Override
    public void run() {
        if (!Files.exists(workspace)) {
            throw new IllegalArgumentException("No workspace at " + workspace);
        }
        try (Workspace ws = Workspace.open(workspace)) {
            if (importId != null && new ImportRunRepository(ws).find(importId).isEmpty()) {
                java.util.List<Long> ids = new ImportRunRepository(ws).findAll().stream()
                        .map(ImportRunRepository.ImportRun::id).sorted().toList();
                throw new IllegalArgumentException("import " + importId + " does not exist in " + workspace
                        + (ids.isEmpty() ? " (it has no imports)" : "; its imports are " + ids.stream()
                        .map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
            }
            if (out != null && out.toAbsolutePath().getParent() != null
                    && !Files.isDirectory(out.toAbsolutePath().getParent())) {
                throw new IllegalArgumentException("Cannot write " + out + ": the folder "
                        + out.toAbsolutePath().getParent() + " does not exist");
            }
            if (out == null) {
                write(ws, spec.commandLine().getOut());
                spec.commandLine().getOut().flush();
            } else {
                long n;
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    n = write(ws, w);
                }
                spec.commandLine().getOut().println("Wrote " + n + " rejected row" + (n == 1 ? "" : "s") + " to " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** Writes the CSV and returns how many rejected rows it holds. */
    private long write(Workspace ws, Writer w) {
        CsvWriter csv = CsvWriter.builder().build(w);
        csv.writeRecord("import_id", "file", "line", "column", "reason", "raw");
        long[] n = new long[1];
        new RejectedRowRepository(ws).forEach(importId, r -> {
            csv.writeRecord(Long.toString(r.importId()), r.fileName(), Long.toString(r.line()), r.column(),
                    r.reason(), CsvCells.safe(r.raw()));
            n[0]++;
        });
        try {
            csv.flush();
            return n[0];
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write rejected rows: " + e.getMessage(), e);
        }
    }
}
