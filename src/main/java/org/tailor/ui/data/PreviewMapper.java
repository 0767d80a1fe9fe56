package org.tailor.ui.data;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tailor.core.ingest.DateFormat;
import org.tailor.core.ingest.HeaderNames;
import org.tailor.core.ingest.ImportPreview;
import org.tailor.core.ingest.NumberParser;

/** The importer's preview as the wizard shows it. */
final class PreviewMapper {
    /** How many values of an ambiguous date column the wizard shows read both ways. */
    static final int DATE_SAMPLES = 3;

    private PreviewMapper() {
    }

    static DataService.CsvPreview map(Path file, ImportPreview p) {
        List<String> header = p.columns().stream().map(ImportPreview.Column::name).toList();
        char delimiter = "tab".equals(p.delimiter()) ? '\t' : p.delimiter().charAt(0);
        List<DataService.ColumnGuess> guesses = new ArrayList<>();
        for (ImportPreview.Column c : p.columns()) {
            String type = c.type().toLowerCase(Locale.ROOT);
            if (type.equals("decimal") && NumberParser.detectDecimal(values(p, c.index() - 1), delimiter) == ',') {
                type = "decimal-comma";
            }
            guesses.add(new DataService.ColumnGuess(c.name(), c.field(), c.fieldConfidence(), type,
                    c.typeConfidence()));
        }
        List<DataService.HeaderChange> changes = new ArrayList<>();
        for (HeaderNames.Change ch : p.headerChanges()) {
            changes.add(new DataService.HeaderChange(ch.column(), ch.original(), ch.name(), ch.reason()));
        }
        List<DataService.DateQuestion> questions = new ArrayList<>();
        p.ambiguousDates().forEach((col, formats) -> questions.add(question(p, header.indexOf(col), col, formats)));
        String fileName = file.getFileName().toString();
        List<DataService.RejectedRow> fail = p.wouldFail().stream()
                .map(i -> new DataService.RejectedRow(fileName, i.line(), i.column() == null ? "" : i.column(),
                        i.message()))
                .toList();
        return new DataService.CsvPreview(file, p.encoding(), p.encodingConfidence(), String.valueOf(delimiter),
                p.delimiterConfidence(), header, p.rows(), p.entity(), guesses, changes, questions, p.rowsChecked(),
                fail, p.encodingNote(), p.nearDuplicateSeconds());
    }

    private static List<String> values(ImportPreview p, int col) {
        List<String> out = new ArrayList<>();
        for (List<String> r : p.rows()) {
            if (col >= 0 && col < r.size()) {
                out.add(r.get(col));
            }
        }
        return out;
    }

    private static DataService.DateQuestion question(ImportPreview p, int col, String name, List<String> formats) {
        Set<String> samples = new LinkedHashSet<>();
        for (String v : values(p, col)) {
            if (!v.isBlank() && samples.size() < DATE_SAMPLES) {
                samples.add(v.strip());
            }
        }
        Map<String, List<LocalDate>> readings = new LinkedHashMap<>();
        for (String f : formats) {
            DateFormat format = DateFormat.of(f);
            List<LocalDate> dates = new ArrayList<>();
            for (String s : samples) {
                Long ts = format.parse(s);
                dates.add(ts == null ? null : LocalDate.ofEpochDay(Math.floorDiv(ts, 86_400L)));
            }
            readings.put(f, dates);
        }
        return new DataService.DateQuestion(name, List.copyOf(formats), List.copyOf(samples), readings);
    }
}
