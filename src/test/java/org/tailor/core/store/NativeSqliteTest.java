package org.tailor.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cached SQLite library (NativeSqlite) in a child process with its own XDG_CACHE_HOME: a cached file of the
 * right name and size but damaged content (zeros, as a crash right after the rename can leave on some file systems)
 * must not be loaded; it is replaced, and the command works without the driver's load error on stderr.
 */
class NativeSqliteTest {
    @TempDir
    Path tmp;

    @Test
    void damagedCachedLibraryOfTheRightSizeIsReplacedNotLoaded() throws Exception {
        Path cache = tmp.resolve("cache");
        Path csv = tmp.resolve("events.csv");
        Files.writeString(csv, "customer_id,sku,event,timestamp\nC1,P1,view,1700000000\n", StandardCharsets.UTF_8);
        Run first = run(cache, tmp.resolve("a.db"), csv);
        assertEquals(0, first.exit, first.err);
        Path lib = cachedLibrary(cache);
        long size = Files.size(lib);
        assertTrue(size > 0);
        Files.write(lib, new byte[(int) size]);   // same name and size, content gone

        Run second = run(cache, tmp.resolve("b.db"), csv);
        assertEquals(0, second.exit, second.err);
        assertFalse(second.err.contains("UnsatisfiedLinkError"), second.err);
        assertFalse(second.err.contains("Failed to load native library"), second.err);
        byte[] now = Files.readAllBytes(lib);
        assertEquals(size, now.length);
        boolean allZero = true;
        for (byte b : now) {
            allZero &= b == 0;
        }
        assertFalse(allZero, "the damaged cached library was left in place");
    }

    private record Run(int exit, String err) {
    }

    private static Run run(Path cache, Path db, Path csv) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.tailor.ui.Main", "import", "--workspace", db.toString(), csv.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), err);
    }

    private static Path cachedLibrary(Path cache) throws IOException {
        try (Stream<Path> s = Files.walk(cache.resolve("tailor"))) {
            List<Path> libs = s.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".part")).toList();
            assertEquals(1, libs.size(), libs.toString());
            return libs.get(0);
        }
    }
}
