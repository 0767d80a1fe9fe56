package org.tailor.core.ingest;

import java.util.Optional;
import org.tailor.core.store.ImportRunRepository;
import org.tailor.core.store.RejectedRowRepository;
import org.tailor.core.store.Workspace;

/**
 * Re-importing an identical file (same SHA-256) stores no row twice: interactions are de-duplicated by their
 * natural key and customers and items upserted, and the rejected rows of an earlier import of the same file are
 * replaced by this import's, so 5 rejected rows stay 5, not 10, and a row accepted this time (other options) or
 * rejected for another reason is not listed twice or as stale. Only earlier imports of the file as the same
 * entity count: the same bytes imported as customers leave the rejected rows of their import as events alone.
 */
final class Reimport {
    private Reimport() {
    }

    /**
     * Records the file's hash on run {@code runId}; when an earlier run had the same file, its rejected rows give
     * way to this run's, and returns the note for the report ("already imported on DATE ..."), else null.
     */
    static String check(Workspace ws, ImportRunRepository runs, long runId, String entity, String sha256,
                        long newRows, long rejected) {
        runs.recordSha256(runId, sha256);
        Optional<ImportRunRepository.ImportRun> earlier = runs.findAll().stream().filter(r -> r.id() != runId
                && sha256.equals(r.fileSha256()) && entity.equals(r.entity()) && r.finishedAt() != null)
                .findFirst();   // runs come newest first: the note names the latest identical import
        if (earlier.isEmpty()) {
            return null;
        }
        ImportRunRepository.ImportRun e = earlier.get();
        long removed = new RejectedRowRepository(ws).supersedeEarlier(runId, sha256, entity);
        String when = e.startedAt() == null ? "an earlier date"
                : e.startedAt().substring(0, Math.min(16, e.startedAt().length())).replace('T', ' ') + " UTC";
        StringBuilder b = new StringBuilder("already imported on " + when + " as import " + e.id()
                + " (identical file); " + newRows + " new row" + (newRows == 1 ? "" : "s"));
        if (removed > 0 || rejected > 0) {
            b.append("; its ").append(rejected).append(" rejected row").append(rejected == 1 ? "" : "s")
                    .append(rejected == 1 ? " replaces the " : " replace the ").append(removed)
                    .append(" kept before for this file");
        }
        return b.toString();
    }
}
