package org.tailor.ui.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** Canned importer: a 3-column preview, and a report with one rejected row; records requests. */
public final class FakeDataService implements DataService {
    public final List<List<ImportRequest>> imports = new ArrayList<>();
    public final List<Path> previews = new ArrayList<>();
    public long customers = 4;
    public long items = 7;
    public long interactions = 12;

    @Override
    public List<String> entities() {
        return List.of("customers", "items", "interactions");
    }

    @Override
    public List<String> presets() {
        return List.of("online-retail", "movielens-100k");
    }

    @Override
    public List<String> roles(String entity) {
        return "interactions".equals(entity)
                ? List.of("customer_id", "sku", "quantity", "amount", "timestamp", "order_id", "ignore")
                : List.of("customer_id", "age", "gender", "zip", "ignore");
    }

    @Override
    public List<String> types() {
        return List.of("text", "integer", "decimal", "date");
    }

    @Override
    public CsvPreview preview(Path file, int maxRows, Progress progress, Cancellation cancel) {
        previews.add(file);
        return new CsvPreview(file, "UTF-8", ",", List.of("CustomerID", "StockCode", "Quantity"),
                List.of(List.of("00017", "85123A", "6"), List.of("00018", "71053", "-2")), "interactions",
                List.of(new ColumnGuess("CustomerID", "customer_id", "text", 0.95),
                        new ColumnGuess("StockCode", "sku", "text", 0.9),
                        new ColumnGuess("Quantity", "quantity", "integer", 0.8)));
    }

    @Override
    public ImportReport importFiles(List<ImportRequest> requests, Progress progress, Cancellation cancel) {
        imports.add(requests);
        progress.report(0.5, "Half of the rows");
        cancel.check();
        interactions += 2;
        return new ImportReport(3, 2, 1, List.of(new RejectedRow("orders.csv", 4, "Quantity", "'x' is not a number")));
    }

    @Override
    public WorkspaceCounts counts() {
        return new WorkspaceCounts(customers, items, interactions);
    }

    @Override
    public void exportRejected(List<RejectedRow> rows, Path out, Progress progress, Cancellation cancel) {
        exportedTo = out;
        exportedRows = rows.size();
    }

    public Path exportedTo;
    public int exportedRows;
}
