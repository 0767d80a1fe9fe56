package org.tailor.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
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
import org.tailor.ui.AppContext;
import org.tailor.ui.RealApp;
import org.tailor.ui.Snapshots;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.RecordingDialogs;

/**
 * The import wizard over the real importer: the near-duplicate window, a guessed encoding, a type override and the
 * date question across a language switch.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DataWizardRealTest {
    @TempDir
    static Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Workspace workspace;
    private Path workspaceFile;
    private AppContext app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspaceFile = dir.resolve("ws-" + System.nanoTime() + ".db");
        workspace = Workspace.open(workspaceFile);
        app = RealApp.show(stage, workspace, dialogs, new I18n(Locale.ENGLISH));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private void choose(FxRobot robot, Path csv, int rows) throws Exception {
        dialogs.answerOpen(List.of(csv));
        robot.clickOn("#chooseFilesButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#previewTable").queryAs(TableView.class).getItems().size() == rows);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void importAndWait(FxRobot robot, String reportStart) throws Exception {
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#reportLabel").startsWith(reportStart));
    }

    @Test
    void theNearDuplicateWindowIsValidatedAndDecidesWhichEventsAreFlagged(FxRobot robot) throws Exception {
        // Invented views. Same customer, item, kind and value, gaps to the previous one of the group:
        // C1/P1: 30 s, 90 s, 240 s; C2/P2: 100 s; C2/P3 is alone. Window 120 s flags the gaps 30, 90, 100: 3 rows
        // (the default 60 s would flag 1, 300 s would flag 4).
        Path csv = dir.resolve("views.csv");
        Files.writeString(csv, """
                customer_id,sku,kind,quantity,timestamp
                C1,P1,view,1,2024-03-01 10:00:00
                C1,P1,view,1,2024-03-01 10:00:30
                C1,P1,view,1,2024-03-01 10:02:00
                C1,P1,view,1,2024-03-01 10:06:00
                C2,P2,view,1,2024-03-01 11:00:00
                C2,P2,view,1,2024-03-01 11:01:40
                C2,P3,view,1,2024-03-01 11:00:10
                """, StandardCharsets.UTF_8);
        choose(robot, csv, 7);
        TextField window = robot.lookup("#nearDuplicateField").queryAs(TextField.class);
        assertEquals("60", window.getText());
        robot.interact(() -> window.setText("-5"));
        assertEquals("Near-duplicate window must be between 0 and 31,536,000", text(robot, "#nearDuplicateErrorLabel"));
        assertTrue(robot.lookup("#importButton").queryAs(Button.class).isDisabled());
        assertTrue(Files.size(Snapshots.write(stage.getScene().getRoot(), "Data_wizard_window_invalid")) > 0);

        robot.interact(() -> window.setText("120"));
        assertEquals("", text(robot, "#nearDuplicateErrorLabel"));
        importAndWait(robot, "Read 7");
        assertEquals(7, workspace.count("interaction"));
        assertEquals(3, suspects("%near-duplicate%within 120 s%"));
        TableView<?> cleaning = robot.lookup("#cleaningTable").queryAs(TableView.class);
        assertTrue(cleaning.getItems().contains(new ImportResult.CleaningRow("Near-duplicate events flagged (same"
                + " customer, item, kind and value within 120 s)", 3)), cleaning.getItems().toString());
        assertEquals("· near-duplicate window 120 s", text(robot, "#reportWindowLabel"));
        assertTrue(Files.size(Snapshots.write(stage.getScene().getRoot(), "Data_report_window_120")) > 0);
    }

    @Test
    void aGuessedEncodingIsExplainedBeforeAndAfterTheImport(FxRobot robot) throws Exception {
        // é (E9) on line 2, “ ” (93, 94) on line 3: 3 bytes above 0x7F, 2 of them in 0x80-0x9F
        Path csv = dir.resolve("kunden.csv");
        Files.write(csv, "customer_id,city,note\nK1,Orléans,ok\nK2,Paris,“VIP”\n"
                .getBytes(Charset.forName("windows-1252")));
        choose(robot, csv, 2);
        String note = text(robot, "#encodingNoteLabel");
        assertEquals("Encoding windows-1252 is a guess (80% sure): the file has 3 bytes above 0x7F and none of them"
                + " forms a UTF-8 character, so it is not UTF-8; 2 bytes in 0x80-0x9F (curly quotes, €, dashes), which"
                + " only windows-1252 uses for characters. Check the text: line 2: 'Orléans'; line 3: '“VIP”'. If the"
                + " text looks wrong, choose the encoding in the Encoding box (or --encoding on the command line).",
                note);
        assertTrue(Files.size(Snapshots.write(stage.getScene().getRoot(), "Data_wizard_encoding_guess")) > 0);
        importAndWait(robot, "Read 2");
        assertEquals("kunden.csv: " + note, text(robot, "#reportNotesLabel"));
        assertTrue(Files.size(Snapshots.write(stage.getScene().getRoot(), "Data_report_encoding_guess")) > 0);
    }

    @Test
    void aTypeOverrideShowsTheRowsItWillRejectAndAContradictionIsRefused(FxRobot robot) throws Exception {
        // lines: header 1, O1 2, O2 3, O3 4; quantity 2.5 on line 3 is not a whole number
        Path csv = dir.resolve("orders-int.csv");
        Files.writeString(csv, """
                order_id,customer_id,sku,quantity,amount,order_date
                O1,00017,P-1,1,12.50,2024-01-05
                O2,00017,P-2,2.5,8.00,2024-01-07
                O3,00042,P-1,2,25.00,2024-01-08
                """, StandardCharsets.UTF_8);
        choose(robot, csv, 3);
        TableView<?> mapping = robot.lookup("#mappingTable").queryAs(TableView.class);
        ColumnMappingRow quantity = (ColumnMappingRow) mapping.getItems().get(3);
        assertEquals("quantity", quantity.getColumn());
        assertEquals("decimal", quantity.typeProperty().get(), "guessed from 1, 2.5, 2");
        robot.interact(() -> quantity.typeProperty().set("integer"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, "#validationLabel").equals("1 of the 3 checked rows would be rejected"));
        TableView<?> fail = robot.lookup("#wouldFailTable").queryAs(TableView.class);
        assertEquals(List.of(new DataService.RejectedRow("orders-int.csv", 3, "quantity", "'2.5' in column quantity"
                + " is not a whole number (the column's type is integer)")), List.copyOf(fail.getItems()));
        assertTrue(Files.size(Snapshots.write(stage.getScene().getRoot(), "Data_wizard_type_override")) > 0);

        ColumnMappingRow amount = (ColumnMappingRow) mapping.getItems().get(4);
        robot.interact(() -> amount.typeProperty().set("text"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors().isEmpty());
        assertEquals("orders-int.csv: column 'amount' is the amount, which must be a number; the type 'text' cannot"
                + " be used for it. Choose decimal, decimal-comma or integer, or give the column another role",
                dialogs.errors().get(0).error().getMessage());
    }

    @Test
    void aLanguageSwitchRedrawsTheDateQuestionAndKeepsTheAnswer(FxRobot robot) throws Exception {
        // day-first dates that all fit month-first too: the wizard asks
        Path csv = dir.resolve("ambiguous.csv");
        Files.writeString(csv, """
                order_id,customer_id,sku,quantity,order_date
                O1,00017,P-1,1,03/04/2024
                O2,00042,P-1,2,07/08/2024
                """, StandardCharsets.UTF_8);
        choose(robot, csv, 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dateAnswer0_0").tryQuery().isPresent());
        robot.clickOn("#dateAnswer0_0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#importButton").queryAs(Button.class).isDisabled());

        switchTo(robot, Locale.SIMPLIFIED_CHINESE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, "#dateQuestion0").startsWith("列 order_date："));
        assertEquals("列 order_date：所有日期既可按“日/月”也可按“月/日”读取。此文件用的是哪种顺序？", text(robot, "#dateQuestion0"));
        RadioButton dayFirst = robot.lookup("#dateAnswer0_0").queryAs(RadioButton.class);
        assertEquals("dd/MM/yyyy：03/04/2024 即 2024年4月3日；07/08/2024 即 2024年8月7日", dayFirst.getText());
        assertTrue(dayFirst.isSelected(), "the answer survives the switch");
        assertTrue(!robot.lookup("#importButton").queryAs(Button.class).isDisabled(), "still answered");
        assertTrue(Files.size(Snapshots.write(stage.getScene().getRoot(), "Data_wizard_question_zh")) > 0);

        switchTo(robot, Locale.ENGLISH);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#dateQuestion0").startsWith("Column"));
        RadioButton again = robot.lookup("#dateAnswer0_0").queryAs(RadioButton.class);
        assertEquals("dd/MM/yyyy: 03/04/2024 is April 3, 2024; 07/08/2024 is August 7, 2024", again.getText());
        assertTrue(again.isSelected());
        assertTrue(Files.size(Snapshots.write(stage.getScene().getRoot(), "Data_wizard_question_en")) > 0);
    }

    /** Interactions whose suspect note matches, read with a connection of the test's own. */
    private long suspects(String like) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + workspaceFile);
             java.sql.PreparedStatement ps = c.prepareStatement(
                     "SELECT COUNT(*) FROM interaction WHERE suspect LIKE ?")) {
            ps.setString(1, like);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void switchTo(FxRobot robot, Locale locale) {
        ComboBox<Locale> language = robot.lookup("#languageComboBox").queryAs(ComboBox.class);
        robot.interact(() -> language.getSelectionModel().select(locale));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
