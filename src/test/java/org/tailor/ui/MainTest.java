package org.tailor.ui;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void aLinuxSessionWithoutDisplayGetsAPlainMessageNotAStackTrace() {
        String m = Main.missingDisplay("Linux", null, "");
        assertTrue(m.startsWith("Tailor needs a desktop to open its window"), m);
        // the command names this Tailor as it runs here (tests run from classes: the built jar's usual place)
        assertTrue(m.contains("java -jar target/tailor.jar --help"), m);
    }

    @Test
    void aDisplayOrAnotherSystemLetsTheWindowOpen() {
        assertNull(Main.missingDisplay("Linux", ":0", null));
        assertNull(Main.missingDisplay("Linux", null, "wayland-0"));
        assertNull(Main.missingDisplay("Mac OS X", null, null));
        assertNull(Main.missingDisplay("Windows 11", null, null));
    }
}
