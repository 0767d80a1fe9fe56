package org.tailor.ui.campaigns;

import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tailor.ui.common.Dialogs;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.TaskState;
import org.tailor.ui.common.Validation;

/** State and actions of the Campaigns screen: parameters, preview of targets and exclusions, CSV export. */
public final class CampaignsViewModel {
    private final CampaignService service;
    private final Dialogs dialogs;
    private final I18n i18n;
    private final TaskState task;
    private final TaskState choicesTask;
    private final ObservableList<String> personas = FXCollections.observableArrayList();
    private final ObservableList<String> variants = FXCollections.observableArrayList();
    private final StringProperty persona = new SimpleStringProperty();
    private final StringProperty variant = new SimpleStringProperty();
    private final IntegerProperty topN = new SimpleIntegerProperty(5);
    private final StringProperty holdoutText = new SimpleStringProperty("10");
    private final StringProperty seedText = new SimpleStringProperty("7");
    private final javafx.beans.property.BooleanProperty withReasons = new javafx.beans.property.SimpleBooleanProperty(false);
    private final StringBinding holdoutError;
    private final StringBinding seedError;
    private final StringBinding personaError;
    private final BooleanBinding valid;
    private final BooleanBinding canRun;
    private final ObservableList<CampaignService.CampaignTarget> targets = FXCollections.observableArrayList();
    private final ObservableList<CampaignService.Exclusion> excluded = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    public CampaignsViewModel(CampaignService service, ScreenContext context) {
        this.service = service;
        this.dialogs = context.dialogs();
        this.i18n = context.i18n();
        this.task = context.newTask();
        this.choicesTask = context.newQuietTask();
        holdoutError = Validation.decimalInRange(i18n, holdoutText, 0, 50, "campaigns.holdout");
        seedError = Validation.longValue(i18n, seedText, "campaigns.seed");
        personaError = javafx.beans.binding.Bindings.createStringBinding(() -> persona.get() == null
                ? i18n.get("campaigns.choosePersona") : "", persona, i18n.localeProperty());
        valid = holdoutError.isEmpty().and(seedError.isEmpty()).and(personaError.isEmpty()).and(variant.isNotNull());
        canRun = valid.and(task.runningProperty().not());
    }

    /** Called when the screen is shown: reloads personas and variants (keeping the choice when still offered). */
    public void activate() {
        String keepPersona = persona.get();
        String keepVariant = variant.get();
        variants.setAll(service.variants());
        variant.set(variants.contains(keepVariant) ? keepVariant : variants.isEmpty() ? null : variants.get(0));
        // The persona list reads the workspace: off the FX thread, queued behind any running work.
        choicesTask.run(i18n.get("task.loadChoices"), (progress, cancel) -> service.personas(), names -> {
            personas.setAll(names);
            persona.set(personas.contains(keepPersona) ? keepPersona : personas.isEmpty() ? null : personas.get(0));
        });
    }

    private CampaignService.CampaignRequest request() {
        return new CampaignService.CampaignRequest(persona.get(), topN.get(),
                Double.parseDouble(holdoutText.get().trim()), Long.parseLong(seedText.get().trim()), variant.get(),
                withReasons.get());
    }

    public void preview() {
        if (!canRun.get()) {
            return;
        }
        CampaignService.CampaignRequest req = request();
        task.run(i18n.get("campaigns.task.preview", req.persona()),
                (progress, cancel) -> service.preview(req, progress, cancel), p -> {
                    targets.setAll(p.targets());
                    excluded.setAll(p.excluded());
                    long control = p.targets().stream().filter(t -> "control".equals(t.arm())).count();
                    int left = p.excluded().stream().mapToInt(CampaignService.Exclusion::customers).sum();
                    summary.unbind();
                    summary.bind(i18n.text("campaigns.summary", p.targets().size() - control, control, left));
                });
    }

    public void export() {
        if (!canRun.get()) {
            return;
        }
        CampaignService.CampaignRequest req = request();
        Optional<java.nio.file.Path> out = dialogs.chooseSaveCsv(i18n.get("campaigns.exportTitle"),
                "campaign-" + req.persona().replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase(java.util.Locale.ROOT) + ".csv");
        out.ifPresent(path -> task.run(i18n.get("campaigns.task.export", path.getFileName()),
                (progress, cancel) -> service.export(req, path, progress, cancel),
                rows -> dialogs.notify(i18n.get("campaigns.exported", rows, path.getFileName()))));
    }

    public void cancel() {
        task.cancel();
    }

    public TaskState task() {
        return task;
    }

    public ObservableList<String> personas() {
        return personas;
    }

    public ObservableList<String> variants() {
        return variants;
    }

    public StringProperty personaProperty() {
        return persona;
    }

    public StringProperty variantProperty() {
        return variant;
    }

    public IntegerProperty topNProperty() {
        return topN;
    }

    public StringProperty holdoutTextProperty() {
        return holdoutText;
    }

    public StringProperty seedTextProperty() {
        return seedText;
    }

    /** Whether the exported file gets a reason column ("bought X and Y"). */
    public javafx.beans.property.BooleanProperty withReasonsProperty() {
        return withReasons;
    }

    public StringBinding holdoutErrorProperty() {
        return holdoutError;
    }

    public StringBinding seedErrorProperty() {
        return seedError;
    }

    public StringBinding personaErrorProperty() {
        return personaError;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public ObservableList<CampaignService.CampaignTarget> targets() {
        return targets;
    }

    public ObservableList<CampaignService.Exclusion> excluded() {
        return excluded;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}
