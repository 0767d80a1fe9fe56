package org.tailor.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tailor.core.ingest.EncodingNote;
import org.tailor.ui.common.TestScreens;

/** The wizard's near-duplicate window, its encoding warning, and texts that follow a language switch. */
class DataWizardOptionsModelTest {
    private final TestScreens t = new TestScreens();
    private final FakeDataService service = new FakeDataService();
    private final DataViewModel vm = new DataViewModel(service, t.context);

    /** A windows-1252 guess: 3 bytes above 0x7F, 1 of them in 0x80-0x9F, two example lines. */
    private static EncodingNote cp1252Note() {
        return new EncodingNote("windows-1252", 0.8, EncodingNote.Reason.WINDOWS_1252, 3, 1, false,
                List.of(new EncodingNote.Example(2, "Café"), new EncodingNote.Example(5, "€20")));
    }

    @Test
    void theWindowIsValidatedAndSentWithEveryFile() {
        vm.addFiles(List.of(Path.of("orders.csv"), Path.of("more.csv")));
        assertEquals("60", vm.nearDuplicateSecondsProperty().get(), "the importer's default");
        assertEquals("", vm.nearDuplicateErrorProperty().get());
        vm.nearDuplicateSecondsProperty().set("a minute");
        assertEquals("Near-duplicate window must be a whole number", vm.nearDuplicateErrorProperty().get());
        assertFalse(vm.canImportProperty().get());
        vm.nearDuplicateSecondsProperty().set("-1");
        assertEquals("Near-duplicate window must be between 0 and 31,536,000", vm.nearDuplicateErrorProperty().get());
        assertFalse(vm.canImportProperty().get());
        vm.nearDuplicateSecondsProperty().set(" 120 ");
        assertEquals("", vm.nearDuplicateErrorProperty().get());
        assertTrue(vm.canImportProperty().get());
        vm.importFiles();
        List<DataService.ImportRequest> sent = service.imports.get(0);
        assertEquals(120, sent.get(0).nearDuplicateSeconds());
        assertEquals(120, sent.get(1).nearDuplicateSeconds(), "the window is not per column: every file gets it");
        assertEquals(new ImportResult.CleaningRow("Near-duplicate events flagged (same customer, item, kind and value"
                + " within 120 s)", 1), vm.result().cleaning().get(1));
    }

    @Test
    void untilTypedTheWindowIsThePresetsAndNoneIsSent() {
        service.presetWindow = 300;
        vm.addFiles(List.of(Path.of("orders.csv"), Path.of("more.csv")));
        assertEquals("300", vm.nearDuplicateSecondsProperty().get(), "the previewed file's preset window");
        vm.importFiles();
        assertNull(service.imports.get(0).get(0).nearDuplicateSeconds(), "each file keeps its own preset's window");
        assertNull(service.imports.get(0).get(1).nearDuplicateSeconds());
        assertEquals("· near-duplicate window 300 s", vm.result().windowProperty().get());
        // once typed, the marketer's window goes with every file and survives the next preview
        vm.nearDuplicateSecondsProperty().set("45");
        service.presetWindow = 600;
        vm.presetProperty().set("online-retail");
        assertEquals("45", vm.nearDuplicateSecondsProperty().get());
        vm.importFiles();
        assertEquals(45, service.imports.get(1).get(0).nearDuplicateSeconds());
        assertEquals(45, service.imports.get(1).get(1).nearDuplicateSeconds());
    }

    @Test
    void windowZeroTurnsTheRuleOffAndTheReportSaysSo() {
        vm.addFiles(List.of(Path.of("orders.csv")));
        vm.nearDuplicateSecondsProperty().set("0");
        vm.importFiles();
        assertEquals(0, service.imports.get(0).get(0).nearDuplicateSeconds());
        assertEquals("Near-duplicate check off (window 0 s)", vm.result().cleaning().get(1).rule());
        assertEquals("· near-duplicate check off", vm.result().windowProperty().get());
        t.i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("· 近似重复检查已关闭", vm.result().windowProperty().get());
        assertEquals("近似重复检查已关闭（时间窗 0 秒）", vm.result().cleaning().get(1).rule(), "the report follows the language");
    }

    @Test
    void aGuessedEncodingIsExplainedInTheWizardAndTheReportInBothLanguages() {
        service.encodingNote = cp1252Note();
        vm.addFiles(List.of(Path.of("orders.csv")));
        String en = "Encoding windows-1252 is a guess (80% sure): the file has 3 bytes above 0x7F and none of them"
                + " forms a UTF-8 character, so it is not UTF-8; 1 byte in 0x80-0x9F (curly quotes, €, dashes), which"
                + " only windows-1252 uses for characters. Check the text: line 2: 'Café'; line 5: '€20'. If"
                + " the text looks wrong, choose the encoding in the Encoding box (or --encoding on the command line).";
        assertEquals(en, vm.encodingNoteTextProperty().get());
        vm.importFiles();
        assertEquals("orders.csv: " + en, vm.result().notesProperty().get());

        t.i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertTrue(vm.encodingNoteTextProperty().get().startsWith("编码 windows-1252 是推测的（把握 80%）：文件有 3 个"
                + "大于 0x7F 的字节"), vm.encodingNoteTextProperty().get());
        assertTrue(vm.encodingNoteTextProperty().get().contains("请核对：第 2 行：“Café”；第 5 行：“€20”。"),
                vm.encodingNoteTextProperty().get());
        assertTrue(vm.result().notesProperty().get().startsWith("orders.csv：编码 windows-1252 是推测的"));
        assertEquals("检测结果：UTF-8（把握 98%），逗号（把握 90%）", vm.dialectProperty().get(),
                "the dialect line follows the language too");

        vm.encodingProperty().set("ISO-8859-1");
        assertEquals("", vm.encodingNoteTextProperty().get(), "a chosen encoding is not a guess");
    }

    @Test
    void aLanguageSwitchRerendersTheQuestionAndValidationButKeepsTheAnswer() {
        service.ambiguous = true;
        vm.addFiles(List.of(Path.of("orders.csv")));
        DateQuestionRow q = vm.dateQuestions().get(0);
        var question = q.questionText(t.i18n);
        var dayFirst = q.optionText("dd/MM/yyyy", t.i18n);
        assertEquals("Column Day: every date fits both day-first and month-first. Which order does this file use?",
                question.get());
        assertEquals("Answer the date question first (1 open); Import stays disabled until then.",
                vm.validationProperty().get());
        q.answerProperty().set("dd/MM/yyyy");
        t.i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("列 Day：所有日期既可按“日/月”也可按“月/日”读取。此文件用的是哪种顺序？", question.get());
        assertEquals("dd/MM/yyyy：03/04/2024 即 2024年4月3日", dayFirst.get());
        assertEquals("dd/MM/yyyy", q.answerProperty().get(), "the answer survives the switch");
        assertEquals("已检查的 2 行中有 1 行将被拒绝", vm.validationProperty().get());
        t.i18n.setLocale(Locale.ENGLISH);
        assertEquals("dd/MM/yyyy: 03/04/2024 is April 3, 2024", dayFirst.get());
        assertEquals("1 of the 2 checked rows would be rejected", vm.validationProperty().get());
    }
}
