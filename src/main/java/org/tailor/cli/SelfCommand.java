package org.tailor.cli;

import java.nio.file.Path;

/** How to run this Tailor again from the current folder, for hints ({@code java -jar target/tailor.jar}). */
public final class SelfCommand {
    private SelfCommand() {
    }

    /** {@code java -jar PATH} with the running jar's path relative to the current folder, else {@code tailor}. */
    public static String text() {
        try {
            Path jar = Path.of(SelfCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!jar.toString().endsWith(".jar")) {
                return "java -jar target/tailor.jar";
            }
            Path here = Path.of("").toAbsolutePath();
            Path shown = jar.startsWith(here) ? here.relativize(jar) : jar;
            String s = shown.toString();
            return "java -jar " + (s.contains(" ") ? "\"" + s + "\"" : s);
        } catch (RuntimeException | java.net.URISyntaxException e) {
            return "java -jar tailor.jar";
        }
    }
}
