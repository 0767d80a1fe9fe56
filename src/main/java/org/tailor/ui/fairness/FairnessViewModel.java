package org.tailor.ui.fairness;

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

/** State and actions of the Fairness screen: variant, group attribute, K; exposure and NDCG by group. */
public final class FairnessViewModel {
    private final FairnessService service;
    private final I18n i18n;
    private final TaskState task;
    private final TaskState choicesTask;
    private final ObservableList<String> variants = FXCollections.observableArrayList();
    private final ObservableList<String> groupAttributes = FXCollections.observableArrayList();
    private final StringProperty variant = new SimpleStringProperty();
    private final StringProperty groupAttribute = new SimpleStringProperty();
    private final IntegerProperty k = new SimpleIntegerProperty(10);
    private final BooleanBinding canCompute;
    private final ObservableList<FairnessService.DecileExposure> exposure = FXCollections.observableArrayList();
    private final ObservableList<FairnessService.GroupQuality> groups = FXCollections.observableArrayList();
    private final StringProperty ratio = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private FairnessService.FairnessResult last;

    public FairnessViewModel(FairnessService service, ScreenContext context) {
        this.service = service;
        this.i18n = context.i18n();
        this.task = context.newTask();
        this.choicesTask = context.newQuietTask();
        canCompute = variant.isNotNull().and(groupAttribute.isNotNull()).and(task.runningProperty().not());
        i18n.localeProperty().addListener((o, a, b) -> render());
        // once a report is shown it follows the choices (latest wins: a newer request cancels the older one)
        variant.addListener((o, a, b) -> recomputeIfShown());
        groupAttribute.addListener((o, a, b) -> recomputeIfShown());
        k.addListener((o, a, b) -> recomputeIfShown());
    }

    private void recomputeIfShown() {
        if (last != null && variant.get() != null && groupAttribute.get() != null) {
            start();
        }
    }

    /** Called when the screen is shown: fills the choices once. */
    public void activate() {
        if (variants.isEmpty()) {
            variants.setAll(service.variants());
            variant.set(variants.isEmpty() ? null : variants.get(0));
            // Group attributes read the workspace: off the FX thread.
            choicesTask.run(i18n.get("task.loadChoices"), (progress, cancel) -> service.groupAttributes(), names -> {
                groupAttributes.setAll(names);
                groupAttribute.set(groupAttributes.isEmpty() ? null : groupAttributes.get(0));
            });
        }
    }

    public void compute() {
        if (canCompute.get()) {
            start();
        }
    }

    private void start() {
        String v = variant.get();
        String g = groupAttribute.get();
        int cutoff = k.get();
        task.run(i18n.get("fairness.task.compute", v, g), (progress, cancel) -> service.compute(v, g, cutoff, progress, cancel),
                r -> {
                    last = r;
                    exposure.setAll(r.exposure());
                    groups.setAll(r.groups());
                    render();
                });
    }

    private void render() {
        if (last != null) {
            ratio.set(Double.isNaN(last.minMaxRatio()) ? i18n.get("fairness.ratioNone")
                    : i18n.get("fairness.ratio", last.minMaxRatio()));
            description.set(last.description());
        }
    }

    public void cancel() {
        task.cancel();
    }

    public TaskState task() {
        return task;
    }

    public ObservableList<String> variants() {
        return variants;
    }

    public ObservableList<String> groupAttributes() {
        return groupAttributes;
    }

    public StringProperty variantProperty() {
        return variant;
    }

    public StringProperty groupAttributeProperty() {
        return groupAttribute;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    public BooleanBinding canComputeProperty() {
        return canCompute;
    }

    public ObservableList<FairnessService.DecileExposure> exposure() {
        return exposure;
    }

    public ObservableList<FairnessService.GroupQuality> groups() {
        return groups;
    }

    public StringProperty ratioProperty() {
        return ratio;
    }

    public StringProperty descriptionProperty() {
        return description;
    }
}
