package org.tailor.ui;

import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.common.NotAvailableException;

/**
 * Seam for the first start: imports the bundled sample data ({@code sample-data/} with its preset) into the new
 * workspace, in the background, reporting progress and honouring cancel (one transaction: a cancel leaves the
 * workspace empty). Returns the workspace counts afterwards.
 */
@FunctionalInterface
public interface SampleImporter {
    /** Used until the importer is wired: the status line says the sample import is not available. */
    SampleImporter NOT_AVAILABLE = (progress, cancel) -> {
        throw new NotAvailableException("feature.sampleImport");
    };

    Result importSample(Progress progress, Cancellation cancel);

    record Result(long customers, long items, long interactions) {
    }
}
