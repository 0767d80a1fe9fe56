package org.tailor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** First start of the real application in a temporary home. */
@Tag("ui")
class TailorAppTest {
    @TempDir
    Path home;

    @Test
    void firstStartCreatesTheWorkspaceAndImportsTheSampleInTheBackground() throws Exception {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        System.setProperty("tailor.home", home.toString());
        try {
            Stage stage = FxToolkit.registerPrimaryStage();
            Application app = FxToolkit.setupApplication(TailorApp.class);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                Label status = (Label) stage.getScene().lookup("#statusLabel");
                return status != null && status.getText().startsWith("Sample data imported");
            });
            assertTrue(Files.exists(home.resolve("workspace.db")));
            Label status = (Label) stage.getScene().lookup("#statusLabel");
            // Counts of the October 2011 slice, computed independently with Python's csv module
            // (sample-data/README.md): 1,425 customers, 2,663 stock codes, 49,928 distinct interactions.
            assertEquals("Sample data imported: 1,425 customers, 2,663 items, 49,928 interactions", status.getText());
            assertEquals("Tailor", stage.getTitle());
            Snapshots.write(stage.getScene().getRoot(), "FirstStart");
            FxToolkit.cleanupApplication(app);
        } finally {
            System.clearProperty("tailor.home");
            Locale.setDefault(saved);
        }
    }

    @Test
    void homeComesFromPropertyThenEnvironmentThenUserHome() {
        Properties p = new Properties();
        p.setProperty("user.home", "/home/ada");
        assertEquals(Path.of("/home/ada/.tailor/workspace.db"), TailorHome.resolve(p, Map.of()).workspaceFile());
        assertEquals(Path.of("/srv/t/workspace.db"),
                TailorHome.resolve(p, Map.of("TAILOR_HOME", "/srv/t")).workspaceFile());
        p.setProperty("tailor.home", "/tmp/x");
        assertEquals(Path.of("/tmp/x/workspace.db"),
                TailorHome.resolve(p, Map.of("TAILOR_HOME", "/srv/t")).workspaceFile());
    }
}
