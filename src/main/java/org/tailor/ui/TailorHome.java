package org.tailor.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where Tailor keeps its data: system property {@code tailor.home}, else environment variable {@code TAILOR_HOME},
 * else {@code ~/.tailor}. The workspace is {@code workspace.db} inside it.
 */
public record TailorHome(Path directory) {
    public static TailorHome resolve(Properties properties, Map<String, String> env) {
        String dir = properties.getProperty("tailor.home");
        if (dir == null || dir.isBlank()) {
            dir = env.get("TAILOR_HOME");
        }
        if (dir == null || dir.isBlank()) {
            return new TailorHome(Path.of(properties.getProperty("user.home"), ".tailor"));
        }
        return new TailorHome(Path.of(dir));
    }

    public Path workspaceFile() {
        return directory.resolve("workspace.db");
    }

    /** True when no workspace file exists yet (first start). */
    public boolean isNew() {
        return !Files.exists(workspaceFile());
    }
}
