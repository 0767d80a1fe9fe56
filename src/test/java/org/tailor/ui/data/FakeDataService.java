package org.tailor.ui.data;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.common.ServiceException;

/**
 * Canned importer: a 4-column preview (the date column is ambiguous until answered), a report with one rejected
 * row and its cleaning counts; records every request.
 */
public final class FakeDataService implements DataService {
    public final List<List<ImportRequest>> imports = new ArrayList<>();
    public final List<PreviewRequest> previews = new ArrayList<>();
    public final Map<String, ImportRequest> savedPresets = new LinkedHashMap<>();
    public final List<String> erased = new ArrayList<>();
    public long customers = 4;
    public long items = 7;
    public long interactions = 12;
    public boolean ambiguous;
    /** The near-duplicate window the previewed file's preset gives (what the real importer reports). */
    public long presetWindow = 60;
    /** A column that is ambiguous once the marketer types it as a date (asked on the re-check, until answered). */
    public String ambiguousWhenTypedDate;

    @Override
    public List<String> entities() {
        return List.of("customers", "items", "interactions");
    }

    @Override
    public List<String> presets() {
        List<String> names = new ArrayList<>(List.of("online-retail", "movielens-100k"));
        names.addAll(savedPresets.keySet());
        return names;
    }

    @Override
    public List<String> roles(String entity) {
        return "interactions".equals(entity)
                ? List.of("customer_id", "sku", "quantity", "amount", "timestamp", "order_id", "ignore")
                : List.of("customer_id", "age", "gender", "zip", "ignore");
    }

    @Override
    public List<String> types() {
        return List.of("text", "integer", "decimal", "decimal-comma", "date");
    }

    @Override
    public CsvPreview preview(PreviewRequest request, Progress progress, Cancellation cancel) {
        previews.add(request);
        String encoding = request.encoding() == null ? "UTF-8" : request.encoding();
        String delimiter = request.delimiter() == null ? "," : request.delimiter();
        boolean answered = request.columns().stream().anyMatch(c -> c.dateFormat() != null);
        List<DateQuestion> questions = ambiguous && request.columns().isEmpty()
                ? new ArrayList<>(List.of(new DateQuestion("Day", List.of("dd/MM/yyyy", "MM/dd/yyyy"), List.of("03/04/2024"),
                        Map.of("dd/MM/yyyy", List.of(LocalDate.of(2024, 4, 3)),
                                "MM/dd/yyyy", List.of(LocalDate.of(2024, 3, 4))))))
                : new ArrayList<>();
        request.columns().stream()
                .filter(c -> c.column().equals(ambiguousWhenTypedDate) && "date".equals(c.type())
                        && c.dateFormat() == null)
                .forEach(c -> questions.add(new DateQuestion(c.column(), List.of("dd/MM/yyyy", "MM/dd/yyyy"),
                        List.of("01/02/2024"), Map.of("dd/MM/yyyy", List.of(LocalDate.of(2024, 2, 1)),
                                "MM/dd/yyyy", List.of(LocalDate.of(2024, 1, 2))))));
        // unanswered: both rows fail on the date; answered: only line 3's quantity "x"
        List<RejectedRow> fail = ambiguous && !answered
                ? List.of(new RejectedRow("orders.csv", 2, "Day", "no date format decided"),
                        new RejectedRow("orders.csv", 3, "Day", "no date format decided"))
                : List.of(new RejectedRow("orders.csv", 3, "Quantity", "'x' is not a number"));
        return new CsvPreview(request.file(), encoding, 0.98, delimiter, 0.9,
                List.of("CustomerID", "StockCode", "Quantity", "Day"),
                List.of(List.of("00017", "85123A", "6", "03/04/2024"), List.of("00018", "71053", "x", "05/06/2024")),
                "interactions",
                List.of(new ColumnGuess("CustomerID", "customer_id", 0.95, "text", 0.9),
                        new ColumnGuess("StockCode", "sku", 0.9, "text", 1.0),
                        new ColumnGuess("Quantity", "quantity", 0.8, "integer", 0.5),
                        new ColumnGuess("Day", "timestamp", 0.95, "date", 1.0)),
                List.of(new HeaderChange(5, "", "column_5", "blank")), questions, 2, fail,
                request.encoding() == null ? encodingNote : null, presetWindow);
    }

    @Override
    public ImportReport importFiles(List<ImportRequest> requests, Progress progress, Cancellation cancel) {
        imports.add(requests);
        progress.report(0.5, "Half of the rows");
        cancel.check();
        interactions += 2;
        return new ImportReport(3, 2, 1, List.of(new RejectedRow("orders.csv", 4, "Quantity", "'x' is not a number")),
                List.of(41L), List.of(new RuleCount("duplicates", "", 2), new RuleCount("nearDuplicates", "", 1),
                        new RuleCount("missing", "Quantity", 3)),
                encodingNote == null ? List.of() : List.of(new FileEncodingNote("orders.csv", encodingNote)),
                requests.get(0).nearDuplicateSeconds() == null ? Integer.valueOf((int) presetWindow)
                        : requests.get(0).nearDuplicateSeconds());
    }

    @Override
    public void savePreset(String name, ImportRequest request) {
        savedPresets.put(name, request);
    }

    @Override
    public WorkspaceCounts counts() {
        return new WorkspaceCounts(customers, items, interactions);
    }

    @Override
    public long exportRejected(List<Long> importIds, Path out, Progress progress, Cancellation cancel) {
        exportedTo = out;
        exportedIds = importIds;
        return 1234;
    }

    @Override
    public long eraseCustomer(String externalId) {
        if (!externalId.equals("00017")) {
            throw new ServiceException("No customer with id " + externalId, null);
        }
        erased.add(externalId);
        customers--;
        return 5;
    }

    /** The note previews and imports carry when no encoding was chosen (null: the encoding was sure). */
    public org.tailor.core.ingest.EncodingNote encodingNote;
    public Path exportedTo;
    public List<Long> exportedIds;
}
