package org.tailor.ui.recommenders;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tailor.core.evaluate.TrainingCurve;
import org.tailor.core.evaluate.Tuner;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.TaskState;

/**
 * Training curves (loss and validation NDCG per epoch) of the iterative variants, and the hyper-parameter search
 * with its table of tries; both on a validation split cut from the training rows only. The variant's parameters
 * come from the builder, and the best try can be copied back into it.
 */
public final class TrainingViewModel {
    private final RecommenderService service;
    private final I18n i18n;
    private final RecommendersViewModel lab;
    private final TaskState task;
    private final ObservableList<String> iterative = FXCollections.observableArrayList();
    private final ObservableList<String> tunable = FXCollections.observableArrayList();
    private final StringProperty variant = new SimpleStringProperty();
    private final ObservableList<TrainingCurve.Point> curve = FXCollections.observableArrayList();
    private final ObservableList<Tuner.Trial> tries = FXCollections.observableArrayList();
    private final StringProperty best = new SimpleStringProperty("");
    private final StringProperty tuneSummary = new SimpleStringProperty("");
    private final BooleanBinding canCurve;
    private final BooleanBinding canTune;
    private final BooleanBinding canUseBest;

    TrainingViewModel(RecommenderService service, ScreenContext context, RecommendersViewModel lab) {
        this.service = service;
        this.i18n = context.i18n();
        this.lab = lab;
        this.task = context.newTask();
        canTune = variant.isNotEmpty().and(task.runningProperty().not());
        canCurve = canTune.and(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> iterative.contains(variant.get()), variant, iterative));
        canUseBest = best.isNotEmpty().and(task.runningProperty().not());
    }

    void activate() {
        tunable.setAll(service.variants());
        iterative.setAll(service.variants().stream().filter(service::isIterative).toList());
        if (!iterative.isEmpty()) {
            variant.set(iterative.get(0));
        }
    }

    private String spec() {
        VariantChoice v = lab.variant(variant.get());
        return v == null ? variant.get() : v.spec();
    }

    public void showCurve() {
        if (!canCurve.get()) {
            return;
        }
        String spec = spec();
        int k = lab.kProperty().get();
        task.run(i18n.get("recommenders.task.curve", spec), (progress, cancel) ->
                service.trainingCurve(spec, k, progress, cancel), curve::setAll);
    }

    public void tune() {
        if (!canTune.get()) {
            return;
        }
        String name = variant.get();
        int k = lab.kProperty().get();
        long seed = lab.seedErrorProperty().get().isEmpty() ? Long.parseLong(lab.seedProperty().get().trim()) : 42;
        task.run(i18n.get("recommenders.task.tune", name), (progress, cancel) ->
                service.tune(name, k, seed, progress, cancel), (Tuner.Result r) -> {
                    tries.setAll(r.trials());
                    best.set(r.bestSpec());
                    tuneSummary.set(i18n.get("recommenders.tune.summary", r.validation(), r.search(), r.bestSpec()));
                });
    }

    /** Copies the best try's parameters into the builder and selects the variant there. */
    public void useBest() {
        VariantChoice v = lab.variant(best.get().split(":", 2)[0]);
        if (v != null) {
            v.apply(best.get());
            v.selectedProperty().set(true);
        }
    }

    public TaskState task() {
        return task;
    }

    public ObservableList<String> tunable() {
        return tunable;
    }

    public ObservableList<String> iterative() {
        return iterative;
    }

    public StringProperty variantProperty() {
        return variant;
    }

    public ObservableList<TrainingCurve.Point> curve() {
        return curve;
    }

    public ObservableList<Tuner.Trial> tries() {
        return tries;
    }

    public StringProperty bestProperty() {
        return best;
    }

    public StringProperty tuneSummaryProperty() {
        return tuneSummary;
    }

    public BooleanBinding canCurveProperty() {
        return canCurve;
    }

    public BooleanBinding canTuneProperty() {
        return canTune;
    }

    public BooleanBinding canUseBestProperty() {
        return canUseBest;
    }

    List<String> iterativeVariants() {
        return List.copyOf(iterative);
    }
}
