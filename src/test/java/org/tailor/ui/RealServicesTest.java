package org.tailor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tailor.core.store.Workspace;
import org.tailor.ui.common.ErrorBarChart;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.RecordingDialogs;
import org.tailor.ui.personas.PersonaService.PersonaSummary;

/**
 * The main window over the REAL services and a temp-file workspace holding {@link ShopFixture}: personas, an
 * evaluation, a per-customer list, a campaign exported and read back, privacy and fairness reports. Writes the
 * snapshots in target/snapshots (English, then Simplified Chinese).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RealServicesTest {
    /** What each customer of the fixture already bought. */
    private static final Map<String, Set<String>> BOUGHT = Map.of(
            "H1", Set.of("P1", "P2", "P3", "P4", "P5"), "H2", Set.of("P1", "P2", "P3", "P5", "P6"));

    @TempDir
    static Path dir;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private Workspace workspace;
    private AppContext app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path file = Files.createTempDirectory("tailor-ui").resolve("workspace.db");
        workspace = ShopFixture.fill(Workspace.open(file));
        app = RealApp.show(stage, workspace, dialogs, i18n);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private <T extends Node> T find(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int bars(BarChart<?, ?> chart) {
        return chart.getData().isEmpty() ? 0 : chart.getData().get(0).getData().size();
    }

    @Test
    void personasEvaluationCampaignPrivacyAndFairnessOnRealData(FxRobot robot) throws Exception {
        assertTrue(((Label) find(robot, "#countsLabel")).getText().contains("8 customers"));
        Snapshots.write(stage.getScene().getRoot(), "Data");

        robot.clickOn("#personasNavButton");
        BarChart<?, ?> sizes = find(robot, "#sizeChart");
        waitUntil(() -> bars(sizes) > 0 && !find(robot, "#recomputeButton").isDisabled());
        robot.interact(() -> ((TextField) find(robot, "#kTextField")).setText("2"));
        robot.clickOn("#recomputeButton");
        waitUntil(() -> bars(sizes) == 2 && !find(robot, "#recomputeButton").isDisabled());
        assertEquals(2, bars(sizes), "one bar per persona");
        TableView<PersonaSummary> personas = find(robot, "#personasTable");
        assertEquals(List.of(4, 3), personas.getItems().stream().map(PersonaSummary::size).toList());
        String heavy = personas.getItems().get(1).name();
        Snapshots.write(stage.getScene().getRoot(), "Personas");

        robot.clickOn("#recommendersNavButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#variant-itemknn");
        robot.clickOn("#runButton");
        TableView<?> results = find(robot, "#resultsTable");
        waitUntil(() -> results.getItems().size() == 2);
        // run, variant, split, seed, data version, parameters, time + ndcg, precision, recall, hit rate, map, mrr,
        // coverage, novelty, avg popularity, diversity
        assertEquals(17, results.getColumns().size());
        assertEquals(2, results.getSelectionModel().getSelectedItems().size(), "the new runs are compared");
        Snapshots.write(stage.getScene().getRoot(), "Recommenders");
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(Node.class));
        ErrorBarChart metrics = find(robot, "#metricsChart");
        waitUntil(() -> metrics.getData().size() == 2 && metrics.whiskerCount() == 12);
        assertEquals(6, ((TableView<?>) find(robot, "#pairedTable")).getItems().size(), "one row per list metric");
        Snapshots.write(stage.getScene().getRoot(), "Recommenders_comparison");
        robot.clickOn(robot.lookup(".tab").nth(2).queryAs(Node.class));
        robot.clickOn("#curveButton");
        LineChart<?, ?> loss = find(robot, "#lossChart");
        waitUntil(() -> !loss.getData().isEmpty() && loss.getData().get(0).getData().size() == 15);
        Snapshots.write(stage.getScene().getRoot(), "Recommenders_training");
        robot.clickOn(robot.lookup(".tab").nth(3).queryAs(Node.class));
        ComboBox<String> customer = find(robot, "#customerComboBox");
        robot.interact(() -> customer.setValue("L3"));
        robot.clickOn("#showCustomerButton");
        TableView<?> topK = find(robot, "#topKTable");
        waitUntil(() -> topK.getItems().size() >= 2);
        robot.interact(() -> ((TextField) find(robot, "#itemSearchField")).setText("lantern"));
        ComboBox<Object> item = find(robot, "#itemComboBox");
        waitUntil(() -> item.getItems().size() == 1);
        robot.interact(() -> item.setValue(item.getItems().get(0)));
        robot.clickOn("#addInteractionButton");
        Label live = find(robot, "#liveLabel");
        waitUntil(() -> live.getText().startsWith("Refreshed in"));
        assertTrue(((Label) find(robot, "#driftLabel")).getText().startsWith("1 new interaction since"));
        assertFalse(find(robot, "#retrainButton").isDisabled());
        Snapshots.write(stage.getScene().getRoot(), "Recommenders_customer");

        robot.clickOn("#campaignsNavButton");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> persona = find(robot, "#personaComboBox");
        robot.interact(() -> {
            persona.setValue(heavy);
            ((TextField) find(robot, "#holdoutTextField")).setText("50");
        });
        robot.clickOn("#previewButton");
        TableView<?> targets = find(robot, "#targetsTable");
        waitUntil(() -> targets.getItems().size() == 2);
        assertEquals(1, ((TableView<?>) find(robot, "#excludedTable")).getItems().size(), "H3 opted out");
        Snapshots.write(stage.getScene().getRoot(), "Campaigns");
        Path out = dir.resolve("campaign.csv");
        dialogs.answerSave(out);
        robot.clickOn("#exportButton");
        waitUntil(() -> !dialogs.notifications().isEmpty());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("customer_id,arm,items", lines.get(0));
        assertEquals(3, lines.size(), "H1 and H2; H3 opted out");
        // round(2 * 50%) = 1 control, 1 treatment; top 5 asked, only 2 unbought items left for each
        assertEquals(1, lines.stream().filter(l -> l.contains(",control,")).count());
        assertEquals(1, lines.stream().filter(l -> l.contains(",treatment,")).count());
        for (String line : lines.subList(1, 3)) {
            String[] cells = line.split(",");
            List<String> items = List.of(cells[2].split(";"));
            assertEquals(cells[0].equals("H1") ? List.of("P6", "P7") : List.of("P4", "P7"), items);
            assertTrue(items.stream().noneMatch(BOUGHT.get(cells[0])::contains), line + " offers a bought item");
        }

        robot.clickOn("#privacyNavButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#checkButton");
        Label k = find(robot, "#resultKLabel");
        // age, gender and zip are ticked: every customer's combination is unique -> k = 1
        waitUntil(() -> !k.getText().isEmpty());
        assertEquals("1", k.getText());
        Snapshots.write(stage.getScene().getRoot(), "Privacy");

        robot.clickOn("#fairnessNavButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ((ComboBox<String>) find(robot, "#groupComboBox")).setValue("gender"));
        robot.clickOn("#computeButton");
        BarChart<?, ?> exposure = find(robot, "#exposureChart");
        waitUntil(() -> bars(exposure) == 10 && bars(find(robot, "#groupChart")) == 2);
        Snapshots.write(stage.getScene().getRoot(), "Fairness");
        assertEquals(List.of(), dialogs.errors());

        ComboBox<Locale> language = find(robot, "#languageComboBox");
        robot.interact(() -> language.getSelectionModel().select(Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        for (String screen : List.of("data", "personas", "recommenders", "campaigns", "privacy", "fairness")) {
            robot.clickOn("#" + screen + "NavButton");
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            Node nav = find(robot, "#" + screen + "NavButton");
            Snapshots.write(stage.getScene().getRoot(), ((Screen) nav.getUserData()).fxml() + "_zh_CN");
        }
    }
}
