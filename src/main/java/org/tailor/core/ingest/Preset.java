package org.tailor.core.ingest;

import java.util.List;

/** A named import mapping: one {@link FileSpec} per kind of file it covers (first match by file name wins). */
public record Preset(String name, String description, List<FileSpec> files) {
    public Preset {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** The spec for this file name, or null when the preset does not cover it. */
    public FileSpec specFor(String fileName) {
        for (FileSpec f : files) {
            if (f.matches(fileName)) {
                return f;
            }
        }
        return null;
    }
}
