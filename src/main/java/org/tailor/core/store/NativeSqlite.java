package org.tailor.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;

/**
 * Keeps SQLite's native library in a per-user cache instead of letting the driver unpack it into the temporary
 * folder on every start (about 70 ms of every command, and copies left behind by processes that were killed).
 * The cached file is named after the library's size and CRC in the driver's jar, so a new driver version gets a
 * new file; it is written to a temporary name and moved into place, so two Tailor processes starting at once
 * cannot see half a file. Whatever goes wrong (no jar, read-only home, an unknown platform), nothing is set and
 * the driver unpacks the library itself as before. A user's own {@code org.sqlite.lib.path} is left alone.
 */
final class NativeSqlite {
    private NativeSqlite() {
    }

    /** Points the driver at the cached library (extracting it first when missing). Idempotent, never throws. */
    static synchronized void prepare() {
        if (System.getProperty("org.sqlite.lib.path") != null || System.getProperty("org.sqlite.lib.name") != null) {
            return;
        }
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                    + name;
            URL url = org.sqlite.JDBC.class.getResource(resource);
            if (url == null) {
                return;
            }
            URLConnection conn = url.openConnection();
            if (!(conn instanceof JarURLConnection jar)) {
                return;
            }
            conn.setUseCaches(false);
            JarEntry entry = jar.getJarEntry();
            if (entry == null || entry.getSize() <= 0 || entry.getCrc() < 0) {
                return;
            }
            Path dir = cacheFolder().resolve("sqlite-" + entry.getSize() + "-" + Long.toHexString(entry.getCrc()));
            Path lib = dir.resolve(name);
            if (!intact(lib, entry.getSize(), entry.getCrc())) {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, "lib", ".part");
                try (InputStream in = conn.getInputStream()) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                if (!intact(tmp, entry.getSize(), entry.getCrc())) {
                    Files.deleteIfExists(tmp);
                    return;
                }
                Files.move(tmp, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            // the driver's own way works everywhere; this is only a shortcut
            System.getLogger(NativeSqlite.class.getName()).log(System.Logger.Level.DEBUG,
                    "SQLite library not cached: " + e.getMessage());
        }
    }

    /**
     * True when {@code lib} is a regular file with the jar entry's size and CRC-32: a file of the right size can
     * still be damaged (zeros after a crash right after the rename), and loading it fails with the driver's error
     * on every start. Reading a megabyte for the check costs about a millisecond.
     */
    private static boolean intact(Path lib, long size, long crc) throws IOException {
        if (!Files.isRegularFile(lib) || Files.size(lib) != size) {
            return false;
        }
        java.util.zip.CRC32 sum = new java.util.zip.CRC32();
        sum.update(Files.readAllBytes(lib));
        return sum.getValue() == crc;
    }

    /** $XDG_CACHE_HOME/tailor or ~/.cache/tailor (on Windows %LOCALAPPDATA%\Tailor\cache). */
    private static Path cacheFolder() {
        String local = System.getenv("LOCALAPPDATA");
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") && local != null) {
            return Path.of(local, "Tailor", "cache");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "tailor");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "tailor");
    }
}
