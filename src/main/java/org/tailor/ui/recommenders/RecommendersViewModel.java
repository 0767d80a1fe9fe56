package org.tailor.ui.recommenders;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tailor.core.evaluate.PairedComparison.MetricComparison;
import org.tailor.ui.common.ErrorBars;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.TaskState;
import org.tailor.ui.recommenders.RecommenderService.EvaluationRequest;
import org.tailor.ui.recommenders.RecommenderService.RunRecord;
import org.tailor.ui.recommenders.RecommenderService.SplitKind;

/**
 * The Recommender lab: variant builder (parameters, split, seed, K), evaluation, the runs table (every stored run)
 * and the comparison of the selected runs; training curves and the per-customer view have their own ViewModels.
 */
public final class RecommendersViewModel {
    private final RecommenderService service;
    private final I18n i18n;
    private final TaskState task;
    private final TaskState compareTask;
    private final TaskState listTask;
    private final ObservableList<VariantChoice> variants = FXCollections.observableArrayList();
    private final IntegerProperty k = new SimpleIntegerProperty(10);
    private final ObjectProperty<SplitKind> split = new SimpleObjectProperty<>(SplitKind.PER_CUSTOMER_TEMPORAL);
    private final StringProperty seed = new SimpleStringProperty("42");
    private final StringBinding seedError;
    private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
    private final ObservableList<RunRecord> selectedRuns = FXCollections.observableArrayList();
    private final ObservableList<String> metricNames = FXCollections.observableArrayList();
    private final ObjectProperty<RunComparison.Result> comparison = new SimpleObjectProperty<>();
    private final ObservableList<MetricComparison> paired = FXCollections.observableArrayList();
    private final StringProperty pairedTitle = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty variantsError = new SimpleStringProperty("");
    private final BooleanBinding selectionOk;
    private final BooleanBinding canRun;
    private final TrainingViewModel training;
    private final CustomerViewModel customer;
    private boolean loaded;

    public RecommendersViewModel(RecommenderService service, ScreenContext context) {
        this.service = service;
        this.i18n = context.i18n();
        this.task = context.newTask();
        this.compareTask = context.newQuietTask();
        this.listTask = context.newQuietTask();
        seedError = Bindings.createStringBinding(() -> seed.get() != null && seed.get().trim().matches("-?\\d{1,18}")
                ? "" : i18n.get("recommenders.seedInvalid"), seed, i18n.localeProperty());
        selectionOk = Bindings.createBooleanBinding(this::selectionValid, variants);
        canRun = selectionOk.and(seedError.isEmpty()).and(task.runningProperty().not());
        training = new TrainingViewModel(service, context, this);
        customer = new CustomerViewModel(service, context, this::selectedSpecs, k::get);
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

    /** Called when the screen is shown: lists the variants (first one selected), the stored runs and customers. */
    public void activate() {
        if (loaded) {
            return;
        }
        loaded = true;
        List<VariantChoice> list = new ArrayList<>();
        for (String name : service.variants()) {
            VariantChoice v = new VariantChoice(name, list.isEmpty(), service.parameters(name), i18n);
            v.selectedProperty().addListener((o, a, b) -> revalidate());
            for (ParamField f : v.fields()) {
                f.valueProperty().addListener((o, a, b) -> checkWithEngine(v));
            }
            v.errorProperty().addListener((o, a, b) -> revalidate());
            list.add(v);
        }
        variants.setAll(list);
        revalidate();
        training.activate();
        customer.activate();
        listTask.run(i18n.get("recommenders.task.runs"), (progress, cancel) -> service.runs(), this::showRuns);
    }

    private void checkWithEngine(VariantChoice v) {
        v.engineErrorProperty().set(v.fieldsValid() ? service.check(v.spec()) : "");
    }

    private void revalidate() {
        selectionOk.invalidate();
        boolean any = variants.stream().anyMatch(v -> v.selectedProperty().get());
        variantsError.set(any ? "" : i18n.get("recommenders.noneSelected"));
    }

    public void runEvaluation() {
        if (!canRun.get()) {
            return;
        }
        EvaluationRequest request = new EvaluationRequest(selectedSpecs(), k.get(), split.get(),
                Long.parseLong(seed.get().trim()));
        task.run(i18n.get("recommenders.task.evaluate", String.join(", ", request.specs()), request.k()),
                (progress, cancel) -> service.evaluate(request, progress, cancel), r -> {
                    List<RunRecord> all = new ArrayList<>(r.runs());
                    runs.stream().filter(x -> r.runs().stream().noneMatch(y -> y.id() == x.id())).forEach(all::add);
                    showRuns(all);
                    summary.unbind();
                    summary.bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.get("recommenders.summary",
                            org.tailor.ui.common.EngineText.show(r.split(), i18n), r.customersEvaluated(),
                            r.customersWithoutRelevant()), i18n.localeProperty()));
                    select(r.runs());
                });
    }

    private void showRuns(List<RunRecord> list) {
        Set<String> names = new LinkedHashSet<>();
        list.forEach(r -> names.addAll(r.metrics().keySet()));
        metricNames.setAll(names);
        runs.setAll(list);
    }

    /** The runs to compare (the table's selection); the first two get the paired test. */
    public void select(List<RunRecord> chosen) {
        if (chosen.equals(selectedRuns)) {
            return;
        }
        selectedRuns.setAll(chosen);
        List<RunRecord> copy = List.copyOf(chosen);
        compareTask.run(i18n.get("recommenders.task.compare"), (progress, cancel) -> RunComparison.compute(copy),
                result -> {
                    comparison.set(result);
                    paired.setAll(result.paired() == null ? List.of() : result.paired().metrics());
                    pairedTitle.set(result.paired() == null ? i18n.get(result.pairingProblem())
                            : i18n.get("recommenders.paired.title", RunComparison.label(copy.get(0)),
                            RunComparison.label(copy.get(1)), result.paired().customers()));
                });
    }

    public List<String> selectedSpecs() {
        return variants.stream().filter(v -> v.selectedProperty().get()).map(VariantChoice::spec).toList();
    }

    /** The builder row of a variant, if listed. */
    VariantChoice variant(String name) {
        return variants.stream().filter(v -> v.getName().equals(name)).findFirst().orElse(null);
    }

    public List<ErrorBars.Series> bars() {
        return comparison.get() == null ? List.of() : comparison.get().bars();
    }

    public TaskState task() {
        return task;
    }

    public ObservableList<VariantChoice> variants() {
        return variants;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    public ObjectProperty<SplitKind> splitProperty() {
        return split;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringBinding seedErrorProperty() {
        return seedError;
    }

    public ObservableList<RunRecord> runs() {
        return runs;
    }

    public ObservableList<RunRecord> selectedRuns() {
        return selectedRuns;
    }

    /** Every metric key of the listed runs, in first-seen order (the runs table's columns). */
    public ObservableList<String> metricNames() {
        return metricNames;
    }

    public ObjectProperty<RunComparison.Result> comparisonProperty() {
        return comparison;
    }

    public ObservableList<MetricComparison> paired() {
        return paired;
    }

    public StringProperty pairedTitleProperty() {
        return pairedTitle;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty variantsErrorProperty() {
        return variantsError;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public TrainingViewModel training() {
        return training;
    }

    public CustomerViewModel customer() {
        return customer;
    }
}
