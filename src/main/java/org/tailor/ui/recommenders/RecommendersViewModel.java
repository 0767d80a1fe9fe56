package org.tailor.ui.recommenders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.TaskState;

/** State and actions of the Recommender lab: variants, K, evaluation results, and the per-customer lists. */
public final class RecommendersViewModel {
    static final int CUSTOMER_LIMIT = 500;
    private final RecommenderService service;
    private final I18n i18n;
    private final TaskState task;
    private final TaskState customerTask;
    private final TaskState listTask;
    private final ObservableList<VariantChoice> variants = FXCollections.observableArrayList();
    private final IntegerProperty k = new SimpleIntegerProperty(10);
    private final ObservableList<RecommenderService.VariantScores> results = FXCollections.observableArrayList();
    private final ObservableList<String> metricNames = FXCollections.observableArrayList();
    private final ObservableList<String> chartMetrics = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty variantsError = new SimpleStringProperty("");
    private final ObservableList<String> customers = FXCollections.observableArrayList();
    private final StringProperty customer = new SimpleStringProperty();
    private final ObservableList<TopKRow> topK = FXCollections.observableArrayList();
    private final BooleanBinding selectionOk;
    private final BooleanBinding canRun;
    private final BooleanBinding canShowCustomer;
    private boolean loaded;

    public RecommendersViewModel(RecommenderService service, ScreenContext context) {
        this.service = service;
        this.i18n = context.i18n();
        this.task = context.newTask();
        this.customerTask = context.newTask();
        this.listTask = context.newQuietTask();
        selectionOk = Bindings.createBooleanBinding(this::selectionValid, variants);
        canRun = selectionOk.and(task.runningProperty().not());
        canShowCustomer = customer.isNotEmpty().and(customerTask.runningProperty().not());
    }

    private boolean selectionValid() {
        boolean any = false;
        for (VariantChoice v : variants) {
            if (v.selectedProperty().get()) {
                any = true;
                if (!v.errorProperty().get().isEmpty()) {
                    return false;
                }
            }
        }
        return any;
    }

    /** Called when the screen is shown: lists the variants (first one selected) and customers once. */
    public void activate() {
        if (loaded) {
            return;
        }
        loaded = true;
        List<VariantChoice> list = new ArrayList<>();
        for (String name : service.variants()) {
            VariantChoice v = new VariantChoice(name, list.isEmpty(), i18n);
            v.selectedProperty().addListener((o, a, b) -> revalidate());
            v.parametersProperty().addListener((o, a, b) -> revalidate());
            list.add(v);
        }
        variants.setAll(list);
        revalidate();
        loadCustomers("");
    }

    private void revalidate() {
        selectionOk.invalidate();
        boolean any = variants.stream().anyMatch(v -> v.selectedProperty().get());
        variantsError.set(any ? "" : i18n.get("recommenders.noneSelected"));
    }

    public void loadCustomers(String prefix) {
        listTask.run(i18n.get("recommenders.task.customers"),
                (progress, cancel) -> service.customers(prefix, CUSTOMER_LIMIT), customers::setAll);
    }

    public void runEvaluation() {
        if (!canRun.get()) {
            return;
        }
        List<String> specs = selectedSpecs();
        int cutoff = k.get();
        task.run(i18n.get("recommenders.task.evaluate", String.join(", ", specs), cutoff),
                (progress, cancel) -> service.evaluate(specs, cutoff, progress, cancel), r -> {
                    metricNames.setAll(r.rows().isEmpty() ? List.of() : List.copyOf(r.rows().get(0).metrics().keySet()));
                    chartMetrics.setAll(r.chartMetrics());
                    results.setAll(r.rows());
                    summary.set(i18n.get("recommenders.summary", r.split(), r.customersEvaluated(),
                            r.customersWithoutRelevant()));
                });
    }

    /** Shows each selected variant's top-K for the chosen customer (latest wins). */
    public void showCustomer() {
        String id = customer.get();
        if (id == null || id.isBlank() || selectedSpecs().isEmpty()) {
            return;
        }
        List<String> specs = selectedSpecs();
        int cutoff = k.get();
        customerTask.run(i18n.get("recommenders.task.customer", id),
                (progress, cancel) -> service.topK(id, specs, cutoff, progress, cancel), lists -> {
                    List<TopKRow> rows = new ArrayList<>();
                    for (RecommenderService.VariantTopK list : lists) {
                        for (RecommenderService.Recommendation r : list.items()) {
                            rows.add(new TopKRow(list.variant(), r.rank(), r.title() == null ? r.sku() : r.title(),
                                    r.score(), reason(r)));
                        }
                    }
                    topK.setAll(rows);
                });
    }

    /**
     * The plain-words reason of one recommendation: in English the engine's own sentence (the same words as in
     * campaign previews and exports), in other languages a translation chosen by the reason kind.
     */
    String reason(RecommenderService.Recommendation r) {
        if (Locale.ENGLISH.getLanguage().equals(i18n.getLocale().getLanguage()) && r.reasonText() != null) {
            return r.reasonText();
        }
        String items = String.join(", ", r.because().stream().limit(3).toList());
        return switch (r.reasonKind()) {
            case "popular" -> i18n.get("reason.popular");
            case "similar-items" -> r.because().isEmpty() ? i18n.get("reason.factors") : i18n.get("reason.similarItems", items);
            case "similar-customers" -> i18n.get("reason.similarCustomers", items);
            case "similar-content" -> r.because().isEmpty() ? i18n.get("reason.factors") : i18n.get("reason.similarContent", items);
            case "factors" -> r.because().isEmpty() ? i18n.get("reason.factors") : i18n.get("reason.factorsBecause", items);
            default -> r.reasonText() == null ? "" : r.reasonText();
        };
    }

    public List<String> selectedSpecs() {
        return variants.stream().filter(v -> v.selectedProperty().get()).map(VariantChoice::spec).toList();
    }

    public void cancel() {
        task.cancel();
        customerTask.cancel();
    }

    /** One row of the per-customer table. */
    public record TopKRow(String variant, int rank, String item, double score, String reason) {
    }

    public TaskState task() {
        return task;
    }

    public TaskState customerTask() {
        return customerTask;
    }

    public ObservableList<VariantChoice> variants() {
        return variants;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    public ObservableList<RecommenderService.VariantScores> results() {
        return results;
    }

    /** The metrics drawn in the comparison chart (those on a 0..1 scale); the table shows every metric. */
    public ObservableList<String> chartMetrics() {
        return chartMetrics;
    }

    public ObservableList<String> metricNames() {
        return metricNames;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty variantsErrorProperty() {
        return variantsError;
    }

    public ObservableList<String> customers() {
        return customers;
    }

    public StringProperty customerProperty() {
        return customer;
    }

    public ObservableList<TopKRow> topK() {
        return topK;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public BooleanBinding canShowCustomerProperty() {
        return canShowCustomer;
    }
}
