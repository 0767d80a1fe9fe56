package org.tailor.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * The bundled sample: one month (October 2011) of UCI Online Retail, shipped on the classpath as
 * {@value #RESOURCE} (see sample-data/README.md for source, licence and how it was cut). The app imports it into
 * a new workspace on first start.
 */
public final class SampleData {
    public static final String RESOURCE = "/sample-data/online_retail_2011-10.csv";
    public static final String PRESET = "online-retail";

    private SampleData() {
    }

    /** Imports the sample with the {@value #PRESET} preset (one transaction; cancellable). */
    public static ImportReport importInto(Workspace ws, Progress progress, Cancellation cancel) {
        Path tmp = null;
        try (InputStream in = SampleData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ImportException("The sample data is missing from this build (" + RESOURCE + ")");
            }
            tmp = Files.createTempDirectory("tailor-sample-");
            Path named = tmp.resolve(RESOURCE.substring(RESOURCE.lastIndexOf('/') + 1));
            Files.copy(in, named, StandardCopyOption.REPLACE_EXISTING);
            return new ImportService(PresetCatalog.builtIn()).importFile(ws, named, ImportOptions.preset(PRESET),
                    progress, cancel);
        } catch (IOException e) {
            throw new ImportException("Cannot unpack the sample data: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp.resolve(RESOURCE.substring(RESOURCE.lastIndexOf('/') + 1)));
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary copy left behind is harmless; the OS cleans the temp folder
                }
            }
        }
    }
}
