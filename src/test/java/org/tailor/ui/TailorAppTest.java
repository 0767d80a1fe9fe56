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
    void firstStartCreatesTheWorkspaceAndSaysSampleImportIsNotAvailableYet() throws Exception {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        System.setProperty("tailor.home", home.toString());
        try {
            Stage stage = FxToolkit.registerPrimaryStage();
            Application app = FxToolkit.setupApplication(TailorApp.class);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                Label status = (Label) stage.getScene().lookup("#statusLabel");
                return status != null && status.getText().contains("not available");
            });
            assertTrue(Files.exists(home.resolve("workspace.db")));
            Label status = (Label) stage.getScene().lookup("#statusLabel");
            assertEquals("Sample import is not available in this build yet", status.getText());
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
