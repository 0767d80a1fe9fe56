package org.tailor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tailor.ui.common.ErrorBarChart;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tailor.ui.common.FxTaskRunner;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.RecordingDialogs;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.StatusModel;

/** Opens the main window over fake services, visits every screen, switches language (snapshots: RealServicesTest). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final FakeServices fakes = new FakeServices();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final StatusModel status = new StatusModel();
    private FxTaskRunner runner;
    private AppContext app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        runner = new FxTaskRunner(1);
        app = new AppContext(fakes.services(), new ScreenContext(runner, dialogs, i18n, status), runner::close);
        stage.setScene(app.createScene(1200, 780));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private <T extends Node> T find(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(150, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyScreenOpensWithData(FxRobot robot) throws Exception {
        robot.interact(() -> app.main().importSample());
        settle();
        assertEquals(1, fakes.sampleImports);
        assertEquals("Sample data imported: 4 customers, 7 items, 12 interactions", status.getMessage());

        dialogs.answerOpen(List.of(Path.of("orders.csv")));
        robot.clickOn("#chooseFilesButton");
        settle();
        TableView<?> preview = find(robot, "#previewTable");
        assertEquals(2, preview.getItems().size());
        assertEquals(4, preview.getColumns().size(), "the fake file: customer, item, quantity, day");
        robot.clickOn("#importButton");
        settle();
        TableView<?> rejected = find(robot, "#rejectedTable");
        assertEquals(1, rejected.getItems().size());
        assertEquals("Read 3, stored 2, rejected 1", ((Label) find(robot, "#reportLabel")).getText());

        robot.clickOn("#personasNavButton");
        settle();
        BarChart<?, ?> sizes = find(robot, "#sizeChart");
        assertEquals(3, sizes.getData().get(0).getData().size());

        robot.clickOn("#recommendersNavButton");
        settle();
        robot.clickOn("#variant-als");
        robot.clickOn("#runButton");
        settle();
        TableView<?> results = find(robot, "#resultsTable");
        assertEquals(2, results.getItems().size());
        assertEquals(10, results.getColumns().size(), "run, variant, split, seed, data, parameters, time + 3 metrics");
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(Node.class));
        settle();
        ErrorBarChart metrics = find(robot, "#metricsChart");
        assertEquals(2, metrics.getData().size(), "one series per variant");
        assertEquals(4, metrics.whiskerCount(), "2 variants x 2 metrics with per-customer values");
        robot.clickOn(robot.lookup(".tab").nth(3).queryAs(Node.class));
        ComboBox<String> customer = find(robot, "#customerComboBox");
        robot.interact(() -> customer.setValue("00017"));
        robot.clickOn("#showCustomerButton");
        settle();
        assertEquals(4, ((TableView<?>) find(robot, "#topKTable")).getItems().size(), "2 items x 2 variants");

        robot.clickOn("#campaignsNavButton");
        settle();
        robot.clickOn("#previewButton");
        settle();
        assertEquals(3, ((TableView<?>) find(robot, "#targetsTable")).getItems().size());

        robot.clickOn("#privacyNavButton");
        settle();
        robot.clickOn("#checkButton");
        settle();
        assertEquals("1", ((Label) find(robot, "#resultKLabel")).getText());

        robot.clickOn("#fairnessNavButton");
        settle();
        robot.clickOn("#computeButton");
        settle();
        BarChart<?, ?> exposure = find(robot, "#exposureChart");
        assertEquals(10, exposure.getData().get(0).getData().size());
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void languageSwitchRerendersStringsAndKeepsState(FxRobot robot) {
        robot.clickOn("#personasNavButton");
        settle();
        ComboBox<Locale> language = find(robot, "#languageComboBox");
        robot.interact(() -> language.getSelectionModel().select(Locale.SIMPLIFIED_CHINESE));
        settle();
        assertEquals("数据", ((ToggleButton) find(robot, "#dataNavButton")).getText());
        assertTrue(((ToggleButton) find(robot, "#personasNavButton")).isSelected(), "same screen after the switch");
        BarChart<?, ?> sizes = find(robot, "#sizeChart");
        assertEquals("各画像客户数", sizes.getTitle());
        assertEquals(3, sizes.getData().get(0).getData().size(), "personas kept across the switch");
        for (String screen : List.of("data", "recommenders", "campaigns", "privacy", "fairness")) {
            robot.clickOn("#" + screen + "NavButton");
            settle();
            assertTrue(((ToggleButton) find(robot, "#" + screen + "NavButton")).isSelected());
        }
        assertEquals(1, fakes.personas.computations, "the Personas screen computed once, not again after the switch");

        robot.clickOn("#personasNavButton");
        settle();
        ComboBox<Locale> again = find(robot, "#languageComboBox");
        robot.interact(() -> again.getSelectionModel().select(Locale.ENGLISH));
        settle();
        assertEquals("Data", ((ToggleButton) find(robot, "#dataNavButton")).getText());
        assertFalse(robot.lookup("#sizeChart").queryAll().isEmpty());
    }
}
