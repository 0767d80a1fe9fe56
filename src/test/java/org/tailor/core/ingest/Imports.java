package org.tailor.core.ingest;

import java.nio.file.Path;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** Imports files into a workspace file the way the CLI does. */
final class Imports {
    static final Path CASES = Path.of("../shared/cases");

    private Imports() {
    }

    static ImportReport run(Path db, Path file, ImportOptions options) {
        try (Workspace ws = Workspace.open(db)) {
            return new ImportService(PresetCatalog.builtIn()).importFile(ws, file, options, Progress.NONE,
                    Cancellation.NONE);
        }
    }

    static ImportReport run(Path db, Path file) {
        return run(db, file, ImportOptions.defaults());
    }

    static Path caseFile(String folderPrefix, String name) {
        try (var s = java.nio.file.Files.list(CASES)) {
            Path dir = s.filter(p -> p.getFileName().toString().startsWith(folderPrefix)).findFirst().orElseThrow();
            return dir.resolve(name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
