package org.tailor.ui.data;

import java.util.List;
import org.tailor.core.ingest.EncodingNote;
import org.tailor.ui.common.I18n;

/**
 * An {@link EncodingNote} in the UI language: which encoding was guessed, how sure, why, the example lines to check
 * and how to choose another. The engine's English sentence ({@link EncodingNote#message()}) is for the CLI and the
 * stored report; the screen builds its own from the note's parts.
 */
final class EncodingNoteText {
    private EncodingNoteText() {
    }

    /** The note as one paragraph, or "" when there is none. */
    static String describe(EncodingNote n, I18n i18n) {
        if (n == null) {
            return "";
        }
        String sample = n.sampleOnly() ? i18n.get("data.encodingNote.sample", EncodingNote.sampleKilobytes()) : "";
        String key = n.reason() == EncodingNote.Reason.GB18030 && !n.fewCharacters() ? "GB18030_MIXED"
                : n.reason().name();
        String why = i18n.get("data.encodingNote." + key, n.nonAsciiBytes(), sample, n.evidence(), n.charset());
        List<String> examples = n.examples().stream()
                .map(e -> i18n.get("data.encodingNote.example", e.line(), e.text())).toList();
        String check = examples.isEmpty() ? "" : i18n.get("data.encodingNote.examples",
                String.join(i18n.get("data.list.separator"), examples));
        return i18n.get("data.encodingNote", n.charset(), n.confidence(), why, check);
    }

    /** One line per file: "orders.csv: Encoding windows-1252 is a guess ...". */
    static String describe(List<DataService.FileEncodingNote> notes, I18n i18n) {
        return String.join("\n", notes.stream()
                .map(f -> i18n.get("data.encodingNote.file", f.file(), describe(f.note(), i18n))).toList());
    }
}
