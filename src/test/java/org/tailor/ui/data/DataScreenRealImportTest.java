package org.tailor.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
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
import org.tailor.ui.AppContext;
import org.tailor.ui.RealApp;
import org.tailor.ui.Snapshots;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.RecordingDialogs;

/** The Data screen over the real importer: choose a small CSV, see its preview, import it, see the rejected row. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DataScreenRealImportTest {
    @TempDir
    static Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Workspace workspace;
    private AppContext app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = Workspace.open(dir.resolve("ws-" + System.nanoTime() + ".db"));
        app = RealApp.show(stage, workspace, dialogs, new I18n(Locale.ENGLISH));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void importsASmallOrdersFileAndListsItsRejectedRow(FxRobot robot) throws Exception {
        // Invented shop: 4 order lines, the third has a date that is not a date (physical line 4).
        Path csv = dir.resolve("orders.csv");
        Files.writeString(csv, """
                order_id,customer_id,sku,quantity,amount,order_date
                O1,00017,P-1,1,12.50,2024-01-05
                O2,00017,P-2,2,8.00,2024-01-07
                O3,00042,P-1,1,12.50,not a date
                O4,00042,P-3,1,30.00,2024-02-01
                """, StandardCharsets.UTF_8);
        dialogs.answerOpen(List.of(csv));
        robot.clickOn("#chooseFilesButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#previewTable").queryAs(TableView.class).getItems().size() == 4);
        TableView<?> mapping = robot.lookup("#mappingTable").queryAs(TableView.class);
        assertEquals(6, mapping.getItems().size(), "one mapping row per column");

        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#reportLabel").queryAs(Label.class).getText().startsWith("Read 4"));
        assertEquals("Read 4, stored 3, rejected 1", robot.lookup("#reportLabel").queryAs(Label.class).getText());
        TableView<?> rejected = robot.lookup("#rejectedTable").queryAs(TableView.class);
        assertEquals(1, rejected.getItems().size());
        DataService.RejectedRow row = (DataService.RejectedRow) rejected.getItems().get(0);
        assertEquals(4, row.line());
        assertEquals("order_date", row.column());
        // 3 good lines: customers 00017 and 00042 (leading zeros kept), items P-1, P-2, P-3, 3 interactions.
        assertEquals(2, workspace.count("customer"));
        assertEquals(3, workspace.count("interaction"));
        assertTrue(Files.size(Snapshots.write(stage.getScene().getRoot(), "Data_real_import")) > 0);
    }

    @Test
    void anAmbiguousDateFileIsAskedAboutAnsweredAndImported(FxRobot robot) throws Exception {
        // Invented shop, day-first dates that all fit month-first too; a blank header cell; line 3 has a bad quantity.
        Path csv = dir.resolve("ambiguous-orders.csv");
        Files.writeString(csv, """
                order_id,customer_id,sku,quantity,order_date,
                O1,00017,P-1,1,03/04/2024,
                O2,00017,P-2,x,05/06/2024,
                O3,00042,P-1,2,07/08/2024,
                """, StandardCharsets.UTF_8);
        dialogs.answerOpen(List.of(csv));
        robot.clickOn("#chooseFilesButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dateAnswer0_0").tryQuery().isPresent());
        RadioButton dayFirst = robot.lookup("#dateAnswer0_0").queryAs(RadioButton.class);
        assertEquals("dd/MM/yyyy: 03/04/2024 is April 3, 2024; 05/06/2024 is June 5, 2024; 07/08/2024 is August 7, 2024",
                dayFirst.getText());
        assertTrue(robot.lookup("#importButton").queryAs(Button.class).isDisabled(), "waits for the answer");
        assertTrue(robot.lookup("#headerChangesLabel").queryAs(Label.class).getText().contains("column 6"));
        assertTrue(Files.size(Snapshots.write(stage.getScene().getRoot(), "Data_wizard_question")) > 0);

        robot.clickOn("#dateAnswer0_0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#importButton").queryAs(Button.class).isDisabled());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#validationLabel").queryAs(Label.class)
                .getText().equals("1 of the 3 checked rows would be rejected"));
        TableView<?> fail = robot.lookup("#wouldFailTable").queryAs(TableView.class);
        assertEquals(3, ((DataService.RejectedRow) fail.getItems().get(0)).line());
        assertTrue(Files.size(Snapshots.write(stage.getScene().getRoot(), "Data_wizard_answered")) > 0);

        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#reportLabel").queryAs(Label.class).getText().startsWith("Read 3"));
        assertEquals("Read 3, stored 2, rejected 1", robot.lookup("#reportLabel").queryAs(Label.class).getText());
        TableView<?> cleaning = robot.lookup("#cleaningTable").queryAs(TableView.class);
        assertTrue(cleaning.getItems().contains(new ImportResult.CleaningRow("Rows rejected", 1)));
        // 03/04/2024 read day first: 3 April 2024, midnight UTC
        long april3 = java.time.LocalDate.of(2024, 4, 3).atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC);
        List<Long> ts = new java.util.ArrayList<>();
        new org.tailor.core.store.InteractionRepository(workspace).forEach(i -> ts.add(i.epochSeconds()));
        assertTrue(ts.contains(april3), ts.toString());
        assertTrue(Files.size(Snapshots.write(stage.getScene().getRoot(), "Data_wizard_imported")) > 0);
    }
}
